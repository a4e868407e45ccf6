package org.parseq.xes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.Image2D;

/**
 * The real Eiger scans read from HDF5 with the io bundle (through the stand-in master file and
 * its external links, as the original's project opens them): the elastic scans calibrate as
 * from the reference's text tables, and the Mo Kβ1,3 emission scan, whose results the tests do
 * not have, comes out as physics says it must, with the project's and with default parameters.
 */
class EmissionScanTest {

    /** Mo Kβ1 19608 eV and Kβ3 19590 eV (X-ray data booklet): the unresolved Kβ1,3 line lies between. */
    private static final double KBETA3 = 19590;
    private static final double KBETA1 = 19608;

    private static PipelineRun runAll(boolean projectParameters) throws Exception {
        PipelineRun run = new PipelineRun();
        Map<String, Object> project = run.byName(ReferenceItem.all().get(0).transformParams());
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("20230908s/entry1025", "entry1025");
        entries.put("elastic_19630", "entry1030");
        entries.put("elastic_19570", "entry1034");
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            run.add(entry.getKey(), ScanImages.standIn(entry.getKey(), entry.getValue()),
                    projectParameters ? project : Map.of());
        }
        return run.run(1);
    }

    @Test
    void theScansReadFromHdf5AreTheReferenceImages() throws Exception {
        ScanImages.Arrays elastic = ScanImages.standIn("elastic_19570", "entry1034");
        ReferenceItem reference = ReferenceItem.all().get(1);
        assertEquals(151, elastic.image().rows());
        assertEquals(1030, elastic.image().columns());
        assertEquals(4294967295.0, java.util.Arrays.stream(elastic.image().values()).max().orElseThrow(),
                "the flagged uint32 pixel reads as 2³²−1");
        double[][] raw = reference.rawImage();
        for (int r = 0; r < raw.length; r++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(raw[r], ScanImages.rows(elastic.image())[r]);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(reference.theta(), elastic.theta());
    }

    @Test
    void withTheProjectTheEmissionLineIsMoKbeta13() throws Exception {
        PipelineRun run = runAll(true);
        assertEquals(List.of(), run.report.failures());
        for (String elastic : List.of("elastic_19630", "elastic_19570")) {
            double slope = run.spectra(elastic).scalar("calibrationPoly.slope").orElseThrow();
            assertTrue(Math.abs(slope / ReferenceItem.CALIBRATION[0] - 1) < 1e-8, elastic + " slope " + slope);
        }
        NodeResult emission = run.spectra("20230908s/entry1025");
        for (String[] names : new String[][] {{"energy", "xes", "fwhm"}, {"energy_bottom", "xes_bottom", "fwhm_bottom"}}) {
            double[] energy = emission.array(names[0]).orElseThrow();
            double[] xes = emission.array(names[1]).orElseThrow();
            double peak = energy[argmax(xes)];
            double fwhm = emission.scalar(names[2]).orElseThrow();
            System.out.printf("Mo Kβ1,3 %s: peak at %.1f eV, FWHM %.2f eV%n", names[1], peak, fwhm);
            assertTrue(peak > KBETA3 - 5 && peak < KBETA1 + 5, names[1] + " peaks at " + peak + " eV");
            // wider than the analyser's own resolution (the elastic lines' widths), narrower than the scan
            double elasticWidth = run.spectra("elastic_19630").scalar(names[2]).orElseThrow();
            assertTrue(fwhm > elasticWidth && fwhm < 40, names[2] + " = " + fwhm + " eV, elastic " + elasticWidth);
        }
    }

    @Test
    void withDefaultParametersEverySpectrumIsSound() throws Exception {
        PipelineRun run = runAll(false);
        assertEquals(List.of(), run.report.failures());
        for (String alias : List.of("20230908s/entry1025", "elastic_19630", "elastic_19570")) {
            NodeResult scan = run.scan(alias);
            Image2D image = scan.image("xes2D").orElseThrow();
            double max = java.util.Arrays.stream(image.values()).max().orElseThrow();
            assertEquals(max, scan.scalar("cutoffMaxBelow").orElseThrow(), alias);
            assertTrue(max <= 2000, alias + ": the default cut-off leaves " + max);
            NodeResult spectra = run.spectra(alias);
            double[] theta = spectra.array("energy").orElseThrow();
            double[] xes = spectra.array("xes").orElseThrow();
            assertEquals(151, xes.length, alias);
            assertTrue(java.util.Arrays.stream(xes).allMatch(Double::isFinite), alias);
            int peak = argmax(xes);
            assertTrue(peak > 0 && peak < xes.length - 1, alias + ": XES← peaks inside the scan, at " + peak);
            double fwhm = spectra.scalar("fwhm").orElseThrow();
            System.out.printf("defaults %s: XES← peak at θ = %.4f°, FWHM %.4f°; XES↓ %d points, FWHM %.4f°%n", alias,
                    theta[peak], fwhm, spectra.array("xes_bottom").orElseThrow().length,
                    spectra.scalar("fwhm_bottom").orElseThrow());
            assertTrue(fwhm > 0 && fwhm < theta[theta.length - 1] - theta[0], alias + " FWHM " + fwhm);
        }
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
