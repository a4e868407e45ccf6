package org.parseq.demo.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.pipeline.Image2D;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.demo.DemoPipelineProvider;
import org.parseq.io.hdf5.Hdf5Container;
import org.parseq.io.source.FileSourceResolver;

/** A real 2D detector image enters the demo pipeline with a generated θ axis and flows downstream. */
class DetectorImageTest {

    private static final String IMAGE = "instrument/eiger_xes/proj";

    private final PipelineDefinition demo = new DemoPipelineProvider().createPipeline();
    private final FileSourceResolver resolver = new FileSourceResolver(demo);

    static Path scan() {
        String shared = System.getProperty("parseq.shared");
        assertTrue(shared != null, "-Dparseq.shared must name the shared folder");
        Path file = Path.of(shared, "data", "xes-scan", "scan-1025_eiger_xes.h5");
        assertTrue(Files.isRegularFile(file), file + " is missing");
        return file;
    }

    private static String format(int thetaPoints) {
        return """
                {"node": "detector",
                 "columns": {"theta": "linspace(-0.25, 0.25, %d)", "image": "%s"}}
                """.formatted(thetaPoints, IMAGE);
    }

    private ResultStore run(String format) {
        ItemSpec item = ItemSpec.loaded("scan", "scan-1025", DemoPipelineProvider.DETECTOR,
                resolver.resolve(scan().toString(), "/entry", format), Map.of("bandFirstPixel", 400, "bandLastPixel", 600));
        ResultStore store = new ResultStore();
        try (PipelineRunner runner = new PipelineRunner(demo, store, 1)) {
            runner.run(List.of(item), ProgressMonitor.NONE);
        }
        return store;
    }

    @Test
    void theDetectorImageEntersWithItsGeneratedThetaAxis() throws Exception {
        ResultStore store = run(format(151));
        NodeResult detector = store.result("scan", DemoPipelineProvider.DETECTOR).orElseThrow();
        assertTrue(detector.isGood(), detector.message());
        Image2D image = detector.image("image").orElseThrow();
        assertEquals(151, image.rows());
        assertEquals(1030, image.columns());
        double[] direct;
        try (Hdf5Container container = Hdf5Container.open(scan())) {
            direct = container.readDoubles("/entry/" + IMAGE);
        }
        assertArrayEquals(direct, image.values());
        double total = 0;
        for (double value : direct) {
            total += value;
        }
        assertTrue(total > 0, "the detector recorded counts");

        double[] theta = detector.array("theta").orElseThrow();
        assertEquals(151, theta.length);
        assertEquals(-0.25, theta[0]);
        assertEquals(0.25, theta[150]);
        assertEquals(-0.25 + 75 * (0.5 / 150), theta[75], 1e-15);

        NodeResult profile = store.result("scan", DemoPipelineProvider.PROFILE).orElseThrow();
        assertTrue(profile.isGood(), profile.message());
        double[] band = profile.array("band").orElseThrow();
        for (int row = 0; row < 151; row += 30) {
            double expected = 0;
            for (int column = 400; column <= 600; column++) {
                expected += direct[row * 1030 + column];
            }
            assertEquals(expected, band[row]);
        }
    }

    @Test
    void anAxisOfTheWrongLengthIsNamedWithBothShapes() {
        NodeResult detector = run(format(150)).result("scan", DemoPipelineProvider.DETECTOR).orElseThrow();
        assertFalse(detector.isGood());
        assertEquals(NodeStatus.SOURCE_NOT_FOUND, detector.status());
        String message = detector.message();
        assertTrue(message.contains("scan-1025_eiger_xes.h5"), message);
        assertTrue(message.contains(IMAGE), message);
        assertTrue(message.contains("151 x 1030"), message);
        assertTrue(message.contains("theta has 150 values"), message);
    }

    @Test
    void aOneDimensionalDatasetForAnImageIsRefusedWithItsShape() {
        String format = """
                {"node": "detector",
                 "columns": {"theta": "linspace(-0.25, 0.25, 151)", "image": "instrument/eiger_xes/proj"},
                 "slices": {"image": "0, :"}}
                """;
        NodeResult detector = run(format).result("scan", DemoPipelineProvider.DETECTOR).orElseThrow();
        assertFalse(detector.isGood());
        assertTrue(detector.message().contains("has shape 1030; array image is a 2D image"), detector.message());
    }
}
