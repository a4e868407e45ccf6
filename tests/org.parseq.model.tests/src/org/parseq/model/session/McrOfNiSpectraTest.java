package org.parseq.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parseq.core.combine.ConcentrationBound;
import org.parseq.core.combine.McrResult;
import org.parseq.core.engine.RunReport;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.CombineSettings;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.TreeElement;
import org.parseq.xas.pipeline.XasPipelineProvider;

/**
 * The original's constrained MCR-ALS (reference/parseq-combos/mcr/N2_C2lt0.1_maxIt1500): the 63
 * Ni K spectra of MES-Ni, loaded into the XAS pipeline at µd and combined there through the
 * session into two components, the second with C₂ &lt; 0.1, at most 1500 iterations. The
 * settings stored in the tree must reach the algorithm unchanged: the same number of
 * iterations, S, C and the combined items within 1e-6 relative RMS.
 */
class McrOfNiSpectraTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void theConstrainedTwoComponentDecompositionIsTheOriginals() {
        PipelineDefinition xas = new XasPipelineProvider().createPipeline();
        Path file = ReferenceTables.shared().resolve("data/parseq-tests/MCR-ALS/MES-Ni.txt.gz");
        Path reference = ReferenceTables.shared().resolve("reference/parseq-combos/mcr/N2_C2lt0.1_maxIt1500");
        try (Session session = new Session(xas, new FileSourceResolver(xas), 2)) {
            int columns = ReferenceTables.read(file).columns().length;
            List<DataItem> spectra = new ArrayList<>();
            for (int i = 1; i < columns; i++) {
                spectra.add(session.load("r" + i, "µd", file.toString(), null,
                        "{\"node\":\"mu\",\"columns\":{\"e\":\"0\",\"mu\":\"" + i + "\"},\"skipRows\":1}"));
            }
            List<TreeElement> added = session.combine("mcr", "µd", spectra, CombineSettings.mcr("mu",
                    List.of(CombineSettings.Component.auto(),
                            CombineSettings.Component.auto().bounded(ConcentrationBound.AT_MOST, 0.1)))
                    .withMaxIterations(1500));
            RunReport report = session.run();
            assertTrue(report.failures().isEmpty(), report.failures().toString());

            List<TreeElement> items = ((DataGroup) added.get(0)).getChildren();
            McrResult result = session.mcrResult((DataItem) items.get(0));
            assertEquals(632, result.iterations(), "the original stopped by its rule after 632 iterations");
            ReferenceTables s = ReferenceTables.read(reference.resolve("S.txt.gz"));
            ReferenceTables c = ReferenceTables.read(reference.resolve("C.txt.gz"));
            ReferenceTables combined = ReferenceTables.read(reference.resolve("combined_items_muraw.txt.gz"));
            double worstS = 0;
            double worstC = 0;
            double worstItem = 0;
            for (int k = 1; k <= 2; k++) {
                worstS = Math.max(worstS, within(result.spectrum(k), s.columns()[k], "S" + k));
                worstC = Math.max(worstC, within(result.concentrations(k), c.columns()[k], "C" + k));
                worstItem = Math.max(worstItem, within(session.array((DataItem) items.get(k - 1), "µd", "mu"),
                        combined.columns()[k], "item S" + k));
            }
            System.out.printf("MCR-ALS through the session against the original: relative RMS S %.2e, C %.2e,"
                    + " items %.2e%n", worstS, worstC, worstItem);
        }
    }

    private static double within(double[] actual, double[] expected, String what) {
        double deviation = ReferenceTables.relativeRms(actual, expected);
        assertTrue(deviation < TOLERANCE, what + ": " + deviation);
        return deviation;
    }
}
