package org.parseq.xas.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parseq.xas.numerics.ArrayMath;
import org.parseq.xas.numerics.ButterworthDenoiser;
import org.parseq.xas.numerics.CubicSpline;
import org.parseq.xas.numerics.LsqBSpline;
import org.parseq.xas.numerics.PowerLawFit;
import org.parseq.xas.numerics.SmoothingSpline;
import org.parseq.xas.numerics.Windows;

/** The numerical building blocks of xas-algorithms.md §0.2 and the windows of §4.2. */
class BuildingBlocksTest {

    @Test
    void seqUsesTheRoundedStep() {
        double[] k = ArrayMath.seq(2.0, 17.16 + 0.0125, 0.025);
        assertEquals((int) Math.ceil((17.16 + 0.0125 - 2.0) / 0.025), k.length);
        double delta = (2.0 + 0.025) - 2.0;
        for (int i = 0; i < k.length; i++) {
            assertEquals(2.0 + i * delta, k[i], 0.0);
        }
        assertEquals(0, ArrayMath.seq(3, 1, 0.5).length);
        assertThrows(IllegalArgumentException.class, () -> ArrayMath.seq(0, 1, 0));
    }

    @Test
    void interpolationContinuesEndValues() {
        double[] x = {1, 2, 4};
        double[] y = {10, 20, 0};
        assertEquals(10, ArrayMath.interp(0, x, y, 3), 0);
        assertEquals(0, ArrayMath.interp(9, x, y, 3), 0);
        assertEquals(15, ArrayMath.interp(1.5, x, y, 3), 1e-15);
        assertEquals(10, ArrayMath.interp(3, x, y, 3), 1e-15);
    }

    @Test
    void movingAverageLeavesTheEnds() {
        double[] y = {1, 2, 3, 10, 5, 6, 7};
        ArrayMath.movingAverage(y, 0, y.length, 1, new double[y.length + 1]);
        assertArrayEquals(new double[] {1, 2, 5, 6, 7, 6, 7}, y, 1e-15);
    }

    @Test
    void indexGradientHasUnitSpacing() {
        double[] out = new double[4];
        ArrayMath.indexGradient(new double[] {0, 1, 4, 9}, 4, out);
        assertArrayEquals(new double[] {1, 2, 4, 5}, out, 0);
    }

    @Test
    void notAKnotSplineReproducesCubics() {
        int n = 9;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 0.1 * i * i;
            y[i] = cubic(x[i]);
        }
        CubicSpline s = CubicSpline.notAKnot(x, y, 0, n);
        for (double q = -1; q < 20; q += 0.37) {
            assertEquals(cubic(q), s.value(q), 1e-9 * Math.max(1, Math.abs(cubic(q))));
        }
        // ∫ from 0.5 to 7.5 of 2 − x + 0.5x² − 0.1x³
        double exact = prim(7.5) - prim(0.5);
        assertEquals(exact, s.integral(0.5, 7.5), 1e-10);
        double root = s.firstSolutionAbove(x[0], cubic(3.3));
        assertEquals(cubic(3.3), s.value(root), 1e-10);
    }

    private static double cubic(double x) {
        return 2 - x + 0.5 * x * x - 0.1 * x * x * x;
    }

    private static double prim(double x) {
        return 2 * x - x * x / 2 + x * x * x / 6 - 0.025 * x * x * x * x;
    }

    @Test
    void powerLawFitRecoversTheLaw() {
        int n = 50;
        double[] e = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = 8000 + 10 * i;
            y[i] = 3e11 / (e[i] * e[i] * e[i]) + 0.25;
        }
        PowerLawFit f = PowerLawFit.fit(e, y, 0, n, new int[] {-3, 0});
        assertEquals(3e11 / Math.pow(8500, 3) + 0.25, f.value(8500), 1e-12);
        // An empty range fails as in the original; one point for two exponents is the original's
        // minimum-norm SVD solution through that point (§0.2-7), not an error.
        assertThrows(IllegalArgumentException.class, () -> PowerLawFit.fit(e, y, 0, 0, new int[] {-3, 0}));
        assertEquals(y[0], PowerLawFit.fit(e, y, 0, 1, new int[] {-3, 0}).value(e[0]), 1e-12);
    }

    /** Values from scipy 1.17 make_smoothing_spline on the same data (independent implementation). */
    @Test
    void smoothingSplineMatchesScipy() {
        int n = 50;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.7 + 0.01 * i * i;
            y[i] = Math.sin(x[i] / 3) + 0.1 * Math.cos(7.1 * i);
            w[i] = 1;
        }
        double[] s = SmoothingSpline.smooth(x, y, w, n, 2.0);
        assertEquals(0.12666659009028994, s[0], 1e-12);
        assertEquals(0.97019457639271367, s[25], 1e-12);
        assertEquals(0.47811126707407359, s[49], 1e-12);
        double[] gcv = SmoothingSpline.smooth(x, y, w, n, 0);
        assertEquals(0.10000136567813445, gcv[0], 1e-5);
        assertEquals(0.99803435554135356, gcv[25], 1e-5);
        assertThrows(IllegalArgumentException.class, () -> SmoothingSpline.smooth(x, y, w, n, -1));
    }

    @Test
    void lsqSplineFitsACubicExactly() {
        int n = 40;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -2 + 0.3 * i;
            y[i] = cubic(x[i]);
            w[i] = 1 + i % 3;
        }
        double[] t = {x[0], x[0], x[0], x[0], 0, 3, 6, x[n - 1], x[n - 1], x[n - 1], x[n - 1]};
        LsqBSpline s = LsqBSpline.fit(x, y, w, n, t);
        for (int i = 0; i < n; i++) {
            assertEquals(y[i], s.value(x[i]), 1e-10);
        }
    }

    /** Values from scipy 1.17 sosfiltfilt(butter(N, 0.2, output='sos'), x). */
    @Test
    void butterworthMatchesScipySosfiltfilt() {
        int n = 300;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(0.05 * i) + 0.3 * Math.cos(1.3 * i) + 0.001 * i * i / n;
        }
        double[] y7 = ButterworthDenoiser.filtfilt(x, 7, 0.2);
        assertEquals(0.30138942533365637, y7[0], 1e-12);
        assertEquals(0.60692907679899255, y7[50], 1e-12);
        assertEquals(1.1812657524144647, y7[299], 1e-12);
        double[] y4 = ButterworthDenoiser.filtfilt(x, 4, 0.2);
        assertEquals(0.2187428960687143, y4[1], 1e-12);
        assertEquals(1.1268368881655615, y4[298], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ButterworthDenoiser.filtfilt(x, 7, 1.2));
    }

    @Test
    void windowsFollowTheOriginal() {
        double[] k = ArrayMath.seq(0, 10.0001, 0.5);
        double[] box = Windows.window("box", k, k.length, 2, 8, 1.5, 0.05);
        assertEquals(0, box[3], 0);
        assertEquals(1, box[4], 0);
        assertEquals(1, box[16], 0);
        assertEquals(0, box[17], 0);
        double[] cos = Windows.window("cosine-tapered", k, k.length, 2, 8, 2, 0.1);
        assertEquals(0.1, cos[0], 1e-15);
        assertEquals(0.1, cos[4], 1e-15);
        assertEquals(0.5 * (1 - Math.cos(Math.PI * 0.5)) * 0.9 + 0.1, cos[6], 1e-15);
        assertEquals(1, cos[10], 1e-15);
        assertEquals(0.1, cos[20], 1e-15);
        double[] lin = Windows.window("linear-tapered", k, k.length, 2, 8, 2, 0.0);
        assertEquals(0.5, lin[6], 1e-15);
        double[] gau = Windows.window("Gaussian-tapered", k, k.length, 2, 8, 2, 0.05);
        assertEquals(0.05, gau[4], 1e-12);
        assertEquals(1, gau[8], 1e-15);
        double[] none = Windows.window("none", k, k.length, 2, 8, 2, 0.05);
        assertEquals(1, none[0], 0);
        assertThrows(IllegalArgumentException.class, () -> Windows.window("hann", k, k.length, 2, 8, 1, 0));
    }
}
