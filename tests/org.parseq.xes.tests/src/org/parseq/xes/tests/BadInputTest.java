package org.parseq.xes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.pipeline.Image2D;

/**
 * Bad input fails the item it belongs to with a message that names the item and what is wrong;
 * items with good data still compute at the node where their failure cannot reach them.
 */
class BadInputTest {

    private static final ReferenceItem ELASTIC = ReferenceItem.all().get(0);

    private static Map<String, Object> project() {
        return new PipelineRun().byName(ELASTIC.transformParams());
    }

    private static Map<String, Object> projectWithoutCalibration() {
        Map<String, Object> parameters = new HashMap<>(project());
        parameters.put("calibrationFind", false);
        return parameters;
    }

    private static void assertFailedNaming(NodeResult result, String... words) {
        assertEquals(NodeStatus.BAD, result.status(), result.message());
        for (String word : words) {
            assertTrue(result.message().contains(word), "'" + word + "' missing from: " + result.message());
        }
    }

    @Test
    void anImageWhoseRowsAreNotTheThetaPointsFailsItsItem() {
        ScanImages.Arrays good = ScanImages.reference(ELASTIC);
        double[] shortTheta = Arrays.copyOf(good.theta(), 150);
        double[] shortI0 = Arrays.copyOf(good.i0(), 150);
        PipelineRun run = new PipelineRun()
                .add("short scan", new ScanImages.Arrays("short scan", shortTheta, shortI0, good.image()),
                        projectWithoutCalibration())
                .add("good scan", good, projectWithoutCalibration()).run(1);
        assertFailedNaming(run.scan("short scan"), "short scan", "151 rows", "150 points");
        assertEquals(NodeStatus.GOOD, run.scan("good scan").status());
    }

    @Test
    void aMissingImageFailsItsItem() {
        ScanImages.Arrays good = ScanImages.reference(ELASTIC);
        org.parseq.core.engine.ItemSource withoutImage = new org.parseq.core.engine.ItemSource() {
            @Override
            public Object identity() {
                return "no image";
            }

            @Override
            public Map<String, double[]> load() {
                return Map.of("theta", good.theta(), "i0", good.i0());
            }
        };
        PipelineRun run = new PipelineRun().add("no image", withoutImage, Map.of()).run(1);
        assertFailedNaming(run.scan("no image"), "no image", "xes2D");
    }

    @Test
    void aBandOutsideTheImageFailsItsItem() {
        Map<String, Object> parameters = projectWithoutCalibration();
        parameters.put("bandROI.begin", List.of(442.819, 5.0));
        parameters.put("bandROI.end", List.of(609.658, 5.2));
        PipelineRun run = new PipelineRun().add("off band", ScanImages.reference(ELASTIC), parameters).run(1);
        assertFailedNaming(run.scan("off band"), "off band", "band", "θ range");
    }

    @Test
    void zeroIncidentIntensityFailsItsItem() {
        ScanImages.Arrays good = ScanImages.reference(ELASTIC);
        double[] i0 = good.i0().clone();
        i0[17] = 0;
        PipelineRun run = new PipelineRun()
                .add("dark", new ScanImages.Arrays("dark", good.theta(), i0, good.image()), Map.of()).run(1);
        assertFailedNaming(run.scan("dark"), "dark", "I0", "θ point 17");
    }

    @Test
    void aCalibrationReferenceThatIsNotLoadedIsNamed() {
        Map<String, Object> parameters = project();
        parameters.put("calibrationData.base", "elastic_19630; elastic_missing");
        PipelineRun run = new PipelineRun().add("elastic_19630", ScanImages.reference(ELASTIC), parameters).run(1);
        assertEquals(NodeStatus.GOOD, run.scan("elastic_19630").status());
        assertFailedNaming(run.spectra("elastic_19630"), "elastic_19630", "elastic_missing", "not loaded");
    }

    @Test
    void calibrationEnergiesMustMatchTheReferences() {
        Map<String, Object> parameters = project();
        parameters.put("calibrationData.energy", List.of(19630.0));
        PipelineRun run = new PipelineRun().add("elastic_19630", ScanImages.reference(ELASTIC), parameters).run(1);
        assertFailedNaming(run.spectra("elastic_19630"), "elastic_19630", "2 references", "1 energies");
    }

    @Test
    void aBadSliceIsNamed() {
        Map<String, Object> parameters = project();
        parameters.put("calibrationData.slice", ":; ten:20");
        PipelineRun run = new PipelineRun().add("elastic_19630", ScanImages.reference(ELASTIC), parameters).run(1);
        assertFailedNaming(run.spectra("elastic_19630"), "elastic_19630", "'ten'");
    }

    @Test
    void anImageWithTheWrongPixelCountStillComputesWithoutBand() {
        // a detector of another width is not an error: only the band must fit it
        ScanImages.Arrays good = ScanImages.reference(ELASTIC);
        double[][] rows = ScanImages.rows(good.image());
        for (int r = 0; r < rows.length; r++) {
            rows[r] = Arrays.copyOf(rows[r], 300);
        }
        Image2D narrow = ScanImages.image(rows);
        PipelineRun run = new PipelineRun()
                .add("narrow", new ScanImages.Arrays("narrow", good.theta(), good.i0(), narrow), Map.of()).run(1);
        assertEquals(NodeStatus.GOOD, run.spectra("narrow").status(), run.spectra("narrow").message());
        assertEquals(99, run.spectra("narrow").array("xes_bottom").orElseThrow().length);
    }

    /** Both elastic scans with the original's parameters, calibrating each other. */
    private static PipelineRun bothReferences() {
        PipelineRun run = new PipelineRun();
        for (ReferenceItem item : ReferenceItem.all()) {
            run.add(item.alias, ScanImages.reference(item), run.byName(item.transformParams()));
        }
        return run;
    }

    private static void assertCalibrated(PipelineRun run, String... aliases) {
        for (String alias : aliases) {
            NodeResult spectra = run.spectra(alias);
            assertEquals(NodeStatus.GOOD, spectra.status(), alias + ": " + spectra.message());
            assertEquals(ReferenceItem.CALIBRATION[0], spectra.scalars().get("calibrationPoly.slope"),
                    Math.abs(ReferenceItem.CALIBRATION[0]) * 1e-8, alias);
        }
    }

    @Test
    void anItemWhoseReferenceIsNotLoadedFailsAloneAndTheOthersCalibrate() {
        Map<String, Object> parameters = project();
        parameters.put("calibrationData.base", "elastic_19630; elastic_missing");
        PipelineRun run = bothReferences();
        run.add("emission", ScanImages.reference(ELASTIC), parameters).run(2);
        assertEquals(NodeStatus.GOOD, run.scan("emission").status());
        assertFailedNaming(run.spectra("emission"), "emission", "calibration reference 'elastic_missing'",
                "not loaded");
        assertTrue(run.spectra("emission").arrays().isEmpty(), "a failed item keeps no arrays");
        assertCalibrated(run, "elastic_19630", "elastic_19570");
    }

    @Test
    void anItemWhoseReferenceFailedFailsAloneAndTheOthersCalibrate() {
        ScanImages.Arrays good = ScanImages.reference(ELASTIC);
        Map<String, Object> parameters = project();
        parameters.put("calibrationData.base", "elastic_19630; short scan");
        PipelineRun run = bothReferences()
                .add("short scan", new ScanImages.Arrays("short scan", Arrays.copyOf(good.theta(), 150),
                        Arrays.copyOf(good.i0(), 150), good.image()), projectWithoutCalibration())
                .add("emission", good, parameters).run(2);
        assertFailedNaming(run.scan("short scan"), "short scan", "151 rows", "150 points");
        assertFailedNaming(run.spectra("short scan"), "no good data at node 'theta_scan'");
        assertFailedNaming(run.spectra("emission"), "emission", "calibration reference 'short scan'",
                "no good data");
        assertCalibrated(run, "elastic_19630", "elastic_19570");
    }

    @Test
    void badScansAmongCalibratedItemsFailAloneAtBothNodes() {
        ScanImages.Arrays good = ScanImages.reference(ELASTIC);
        org.parseq.core.engine.ItemSource withoutImage = new org.parseq.core.engine.ItemSource() {
            @Override
            public Object identity() {
                return "no image";
            }

            @Override
            public Map<String, double[]> load() {
                return Map.of("theta", good.theta(), "i0", good.i0());
            }
        };
        Map<String, Object> offBand = project();
        offBand.put("bandROI.begin", List.of(442.819, 5.0));
        offBand.put("bandROI.end", List.of(609.658, 5.2));
        PipelineRun run = bothReferences().add("no image", withoutImage, project())
                .add("off band", good, offBand).run(2);
        assertFailedNaming(run.scan("no image"), "no image", "xes2D");
        assertFailedNaming(run.scan("off band"), "off band", "band", "θ range");
        assertFailedNaming(run.spectra("no image"), "no good data");
        assertFailedNaming(run.spectra("off band"), "no good data");
        assertCalibrated(run, "elastic_19630", "elastic_19570");
    }
}
