package org.parseq.xes.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.Image2D;
import org.parseq.xes.numerics.PolynomialFit;

/**
 * Both elastic scans through the pipeline with the core's runner and the project's parameters,
 * as a user's session runs them: every item's found values, arrays and widths against the
 * original's, and the calibration the same for every item.
 */
class PipelineReferenceTest {

    private static final List<ReferenceItem> ITEMS = ReferenceItem.all();
    private static PipelineRun run;

    @BeforeAll
    static void runBoth() {
        run = new PipelineRun();
        for (ReferenceItem item : ITEMS) {
            run.add(item.alias, ScanImages.reference(item), run.byName(item.transformParams()));
        }
        run.run(1);
        assertEquals(List.of(), run.report.failures());
    }

    @Test
    void foundValuesOfTheScanNodeAreExact() {
        for (ReferenceItem item : ITEMS) {
            NodeResult scan = run.scan(item.alias);
            assertEquals(((Number) item.transformParams().get("cutoffMaxBelow")).doubleValue(),
                    scan.scalar("cutoffMaxBelow").orElseThrow(), item.alias);
            double[] bandLine = item.numbers("bandLine");
            assertEquals(bandLine[0], scan.scalar("bandLine.slope").orElseThrow(), item.alias);
            assertEquals(bandLine[1], scan.scalar("bandLine.offset").orElseThrow(), item.alias);
            assertEquals(bandLine[2], scan.scalar("bandLine.width").orElseThrow(), item.alias);
            Image2D image = scan.image("xes2D").orElseThrow();
            double[][] expected = item.correctedImage();
            for (int r = 0; r < expected.length; r++) {
                assertArrayEquals(expected[r], ScanImages.rows(image)[r], item.alias + " corrected row " + r);
            }
        }
    }

    @Test
    void everyItemGetsTheReadmeCalibration() {
        for (ReferenceItem item : ITEMS) {
            NodeResult spectra = run.spectra(item.alias);
            double slope = spectra.scalar("calibrationPoly.slope").orElseThrow();
            double intercept = spectra.scalar("calibrationPoly.intercept").orElseThrow();
            assertTrue(Math.abs(slope / ReferenceItem.CALIBRATION[0] - 1) < 1e-8, item.alias + " slope " + slope);
            assertTrue(Math.abs(intercept / ReferenceItem.CALIBRATION[1] - 1) < 1e-8,
                    item.alias + " intercept " + intercept);
        }
    }

    @Test
    void energyGridsAreThePolynomialOfTheThetaGrids() {
        for (ReferenceItem item : ITEMS) {
            NodeResult spectra = run.spectra(item.alias);
            double[][] left = item.left();
            double[][] bottom = item.bottom();
            double[] theta = spectra.array("thetaCut").orElseThrow();
            double[] thetaBottom = spectra.array("theta_bottomCut").orElseThrow();
            assertArrayEquals(left[0], theta, 1e-15);
            assertArrayEquals(bottom[0], thetaBottom, 1e-14);
            assertTrue(Metrics.maxRel(spectra.array("energy").orElseThrow(), poly(theta)) < 1e-9, item.alias);
            assertTrue(Metrics.maxRel(spectra.array("energy_bottom").orElseThrow(), poly(thetaBottom)) < 1e-9,
                    item.alias);
        }
    }

    @Test
    void spectraAndWidthsMatchTheOriginal() {
        for (ReferenceItem item : ITEMS) {
            NodeResult spectra = run.spectra(item.alias);
            double leftError = Metrics.relRms(spectra.array("xes").orElseThrow(), item.left()[2]);
            double bottomError = Metrics.relRms(spectra.array("xes_bottom").orElseThrow(), item.bottom()[2]);
            double slopeRatio = spectra.scalar("calibrationPoly.slope").orElseThrow() / item.originalCalibration()[0];
            double fwhmError = Math.abs(spectra.scalar("fwhm").orElseThrow() - item.scalar("fwhm") * slopeRatio);
            double fwhmBottomError = Math.abs(spectra.scalar("fwhm_bottom").orElseThrow()
                    - item.scalar("fwhm_bottom") * slopeRatio);
            System.out.printf("pipeline %s: XES← rel RMS %.2e, XES↓ %.2e, |ΔFWHM←| %.2e eV, |ΔFWHM↓| %.2e eV%n",
                    item.alias, leftError, bottomError, fwhmError, fwhmBottomError);
            assertTrue(leftError < 1e-6, item.alias + " XES← rel RMS " + leftError);
            assertTrue(bottomError < 1e-6, item.alias + " XES↓ rel RMS " + bottomError);
            assertTrue(fwhmError < 1e-3, item.alias + " FWHM← off by " + fwhmError);
            assertTrue(fwhmBottomError < 1e-3, item.alias + " FWHM↓ off by " + fwhmBottomError);
        }
    }

    @Test
    void theReferencesGetTheirDcmRockingCurves() {
        double[] widths = {3.69719, 3.68623};
        for (ReferenceItem item : ITEMS) {
            NodeResult spectra = run.spectra(item.alias);
            for (int i = 0; i < widths.length; i++) {
                assertEquals(widths[i], spectra.scalar("calibrationData.FWHM." + i).orElseThrow(), 1e-3,
                        item.alias + " reference " + i);
            }
            double[] rc = spectra.array("rc").orElseThrow();
            double rcMax = java.util.Arrays.stream(rc).max().orElseThrow();
            double xesMax = java.util.Arrays.stream(run.scan(item.alias).array("xes_bottom").orElseThrow()).max()
                    .orElseThrow();
            assertEquals(xesMax, rcMax, 1e-9 * xesMax, item.alias + ": the curve is scaled to the elastic line");
            assertEquals(rc.length, spectra.array("rce").orElseThrow().length);
        }
    }

    @Test
    void parallelRunsAreBitIdentical() {
        PipelineRun parallel = new PipelineRun();
        for (ReferenceItem item : ITEMS) {
            parallel.add(item.alias, ScanImages.reference(item), parallel.byName(item.transformParams()));
        }
        parallel.run(2);
        for (ReferenceItem item : ITEMS) {
            for (String array : List.of("energy", "xes", "energy_bottom", "xes_bottom")) {
                assertArrayEquals(run.spectra(item.alias).array(array).orElseThrow(),
                        parallel.spectra(item.alias).array(array).orElseThrow(), item.alias + " " + array);
            }
            assertEquals(run.spectra(item.alias).scalars(), parallel.spectra(item.alias).scalars());
        }
    }

    private static double[] poly(double[] theta) {
        double[] energy = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            energy[i] = PolynomialFit.evaluate(ReferenceItem.CALIBRATION, theta[i]);
        }
        return energy;
    }

    @Test
    void theProjectParametersAreReadByName() {
        Map<String, Object> parameters = run.byName(ITEMS.get(0).transformParams());
        assertEquals("elastic_19630; elastic_19570", parameters.get("calibrationData.base"));
        assertEquals(List.of(442.819, -0.105), parameters.get("bandROI.begin"));
        assertEquals(7, parameters.get("calibrationHalfPeakWidthSteps"));
        assertEquals(Boolean.TRUE, parameters.get("bandUse"));
    }
}
