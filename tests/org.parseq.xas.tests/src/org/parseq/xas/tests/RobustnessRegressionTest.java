package org.parseq.xas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.xas.numerics.ChiResult;
import org.parseq.xas.numerics.ChiTransform;
import org.parseq.xas.numerics.EdgeFinder;
import org.parseq.xas.numerics.MakeChiParams;
import org.parseq.xas.numerics.PowerLawFit;
import org.parseq.xas.pipeline.XasPipelineProvider;

/** Regression tests for failures found on data the reference tests do not see. */
class RobustnessRegressionTest {

    /**
     * Copy 2346 of the pipeline benchmark (Cu foil 23068 with 1e-4 relative Gaussian noise on
     * the four current channels, seeded by the copy number, exactly as the benchmark writes it).
     * E0 method 2 takes the maximum of the derivative spline at its extrema, including those of
     * the end pieces continued beyond the E0 window (§3.1, §0.2-6); here the first piece's
     * continuation has a maximum far below the data, and the centre of mass lands at 8538 eV,
     * below the first energy. The original behaves the same and then fails on an empty
     * pre-edge range; we must fail too, with a message naming E0, the data range and e0Method.
     */
    @Test
    void e0BelowTheDataFailsWithAMessageThatSaysWhy() throws IOException {
        double[][] eMu = noisyCopy(2346);
        double[] e = eMu[0];
        double[] mu = eMu[1];
        MakeChiParams p = new MakeChiParams();
        double[] der = new double[e.length];
        EdgeFinder.derivative(e, mu, e.length, p.e0Smooth, p.e0SmoothN, der);
        double e0 = EdgeFinder.findE0(e, der, e.length, p.e0Where, 2);
        assertTrue(e0 < e[0], "E0 " + e0 + " from the continued spline lies below the data, as in the original");

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> ChiTransform.makeChi(e, mu, null, p));
        String message = failure.getMessage();
        assertTrue(message.contains("pre-edge range"), message);
        assertTrue(message.contains(String.format("E0 = %.3f eV", e0)), message);
        assertTrue(message.contains("below the first energy 8779.000 eV"), message);
        assertTrue(message.contains("e0Method 0"), message);

        // The parameter the message proposes does compute this spectrum, with E0 on the Cu edge.
        p.e0Method = 0;
        ChiResult r = ChiTransform.makeChi(e, mu, null, p);
        assertTrue(r.e0() > 8975 && r.e0() < 8985, "E0 " + r.e0());
        assertTrue(r.edgeStep() > 0);
    }

    /**
     * Copy 4367: here method 2 puts E0 at 9439.6 eV, inside the data but 460 eV above the
     * edge (again through the continued end piece). The µ0 prior's edge line through µ at E0 ± 2
     * points then never rises above the post-edge line, and the original fails (§3.8); the
     * message must name E0 and say that it is not on the edge.
     */
    @Test
    void e0AboveTheEdgeFailsAtTheMu0PriorWithAMessageThatSaysWhy() throws IOException {
        double[][] eMu = noisyCopy(4367);
        MakeChiParams p = new MakeChiParams();
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> ChiTransform.makeChi(eMu[0], eMu[1], null, p));
        String message = failure.getMessage();
        assertTrue(message.contains("µ0 prior") && message.contains("E0 = 9439.59"), message);
        assertTrue(message.contains("not on the rising edge") && message.contains("e0Method 0"), message);
        p.e0Method = 0;
        assertTrue(Math.abs(ChiTransform.makeChi(eMu[0], eMu[1], null, p).e0() - 8978.5) < 1);
    }

    /** Other noisy copies (the benchmark's first ones) compute with the default method. */
    @Test
    void typicalNoisyCopiesCompute() throws IOException {
        for (int copy = 0; copy < 5; copy++) {
            double[][] eMu = noisyCopy(copy);
            ChiResult r = ChiTransform.makeChi(eMu[0], eMu[1], null, new MakeChiParams());
            assertTrue(Math.abs(r.e0() - 8978.7) < 1, "copy " + copy + ": E0 " + r.e0());
        }
    }

    /**
     * A power law with more exponents than points is underdetermined; the original's SVD solve
     * returns the minimum-norm solution instead of failing (§0.2-7), so a one-point pre-edge
     * range must not abort make chi. The fitted law passes through the point.
     */
    @Test
    void powerLawWithFewerPointsThanExponentsIsMinimumNorm() {
        double[] e = {9000};
        double[] y = {0.7};
        PowerLawFit fit = PowerLawFit.fit(e, y, 0, 1, new int[] {-3, 0});
        assertEquals(0.7, fit.value(9000), 1e-12);
        // Minimum norm of the scaled coefficients: the scaled columns (1 and 9000^3, each of
        // unit norm) are equal, so both scaled coefficients are equal.
        double c0 = fit.value(1e30); // E^0 term dominates far away: c_0
        double expected = 0.7 / 2;
        assertEquals(expected, c0, 1e-9);
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> PowerLawFit.fit(e, y, 0, 0, new int[] {-3, 0}));
        assertTrue(empty.getMessage().contains("no data point"), empty.getMessage());
    }

    /** The original's GUI writes corrFormula 'thin (general)' (Fe2O3 project); it must load. */
    @Test
    void selfAbsorptionFormulaOfTheOriginalsProjectsLoads() {
        PipelineDefinition pipeline = new XasPipelineProvider().createPipeline();
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        RealDatasets.byName(pipeline, "selfAbsorptionCorrectionDict", Map.of("corrFormula", "thin (general)"), out);
        assertEquals("thin (general)", out.get("selfAbsorptionCorrectionDict.corrFormula"));
    }

    /** The benchmark's noisy copy: energy and µ = ln(I0/It) with I0 = Col3+Col4, It = Col5+Col6 in µA. */
    static double[][] noisyCopy(int copy) throws IOException {
        List<String> lines = Files.readAllLines(
                RealDatasets.dataDir().resolve("foils/Cu-foil_EXAFS_23068.dat"), StandardCharsets.UTF_8);
        SplittableRandom random = new SplittableRandom(copy);
        List<double[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.strip().split("\\s+");
            double[] row = new double[7];
            for (int c = 0; c < 7; c++) {
                row[c] = Double.parseDouble(f[c]);
            }
            for (int c = 3; c <= 6; c++) {
                // as the benchmark: the noisy value goes through its decimal text
                row[c] = Double.parseDouble(Double.toString(row[c] * (1 + 1e-4 * random.nextGaussian())));
            }
            rows.add(row);
        }
        int n = rows.size();
        double[] e = new double[n];
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(i);
            e[i] = r[1];
            double i0 = (r[3] + r[4]) * 1e6;
            double it = (r[5] + r[6]) * 1e6;
            mu[i] = Math.log((i0 <= 0 ? 1 : i0) / (it <= 0 ? 1 : it));
        }
        return new double[][] {e, mu};
    }
}
