package org.parseq.model.pspj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataSource;

/** Loads a project item's data through the io readers with the translated format. */
final class LoadedArrays {

    private LoadedArrays() {
    }

    static Map<String, double[]> load(PipelineDefinition pipeline, DataItem item) throws Exception {
        DataSource source = item.getSource();
        assertNotNull(source.getFormat(), item.getAlias() + " has a format");
        return new FileSourceResolver(pipeline).resolve(source.getLocation(), source.getContainerPath(),
                source.getFormat()).load();
    }

    /**
     * Asserts equal lengths and values within a relative tolerance of the largest magnitude;
     * returns the worst relative deviation, for the report.
     */
    static double assertClose(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double scale = 0;
        for (double value : expected) {
            scale = Math.max(scale, Math.abs(value));
        }
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]) / (scale == 0 ? 1 : scale));
        }
        assertTrue(worst <= tolerance, what + ": worst relative deviation " + worst + " > " + tolerance);
        return worst;
    }
}
