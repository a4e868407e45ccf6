package org.parseq.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final int M = 200;

    private static double[] grid() {
        double[] x = new double[M];
        for (int i = 0; i < M; i++) {
            x[i] = i * 0.05;
        }
        return x;
    }

    /** A deterministic stand-in for noise. */
    private static double wiggle(int i) {
        return 0.01 * Math.sin(7.3 * i) + 0.004 * Math.cos(2.1 * i * i);
    }

    @ParameterizedTest(name = "bounded = {0}")
    @ValueSource(booleans = {false, true})
    void aStraightLineGivesTheClosedFormValuesAndErrors(boolean bounded) {
        double[] x = grid();
        double[] y = new double[M];
        for (int i = 0; i < M; i++) {
            y[i] = 0.7 - 0.3 * x[i] + wiggle(i);
        }
        Residuals f = p -> {
            double[] r = new double[M];
            for (int i = 0; i < M; i++) {
                r[i] = p[0] + p[1] * x[i] - y[i];
            }
            return r;
        };
        double lim = bounded ? 10 : INF;
        LeastSquares.Outcome o = LeastSquares.minimize(f, new double[] {2, 2}, new double[] {-lim, -lim},
                new double[] {lim, lim}, SolverOptions.ORIGINAL);
        assertTrue(o.converged(), o.message());
        double sx = 0;
        double sxx = 0;
        double sy = 0;
        double sxy = 0;
        for (int i = 0; i < M; i++) {
            sx += x[i];
            sxx += x[i] * x[i];
            sy += y[i];
            sxy += x[i] * y[i];
        }
        double det = M * sxx - sx * sx;
        double b = (M * sxy - sx * sy) / det;
        double a = (sy - b * sx) / M;
        double rss = 0;
        for (int i = 0; i < M; i++) {
            double d = y[i] - a - b * x[i];
            rss += d * d;
        }
        double s2 = rss / (M - 2);
        assertEquals(a, o.values()[0], 1e-7);
        assertEquals(b, o.values()[1], 1e-7);
        assertEquals(Math.sqrt(sxx / det * s2), o.errors()[0], 1e-6 * o.errors()[0]);
        assertEquals(Math.sqrt(M / det * s2), o.errors()[1], 1e-6 * o.errors()[1]);
        assertEquals(-sx / det * s2, o.covariance()[0][1], 1e-6 * Math.abs(o.covariance()[0][1]));
    }

    @ParameterizedTest(name = "bounded = {0}")
    @ValueSource(booleans = {false, true})
    void anExponentialDecayIsFoundFromAFarStart(boolean bounded) {
        double[] x = grid();
        Residuals f = p -> {
            double[] r = new double[M];
            for (int i = 0; i < M; i++) {
                r[i] = p[0] * Math.exp(-x[i] / p[1]) + p[2] - (3.0 * Math.exp(-x[i] / 1.7) + 0.25);
            }
            return r;
        };
        double[] lo = bounded ? new double[] {0, 0.01, -5} : new double[] {-INF, -INF, -INF};
        double[] hi = bounded ? new double[] {100, 100, 5} : new double[] {INF, INF, INF};
        LeastSquares.Outcome o = LeastSquares.minimize(f, new double[] {1, 5, 0}, lo, hi, SolverOptions.ORIGINAL);
        assertTrue(o.converged(), o.message());
        assertEquals(3.0, o.values()[0], 1e-7);
        assertEquals(1.7, o.values()[1], 1e-7);
        assertEquals(0.25, o.values()[2], 1e-7);
    }

    @Test
    void aBoundStopsTheParameter() {
        double[] x = grid();
        Residuals f = p -> {
            double[] r = new double[M];
            for (int i = 0; i < M; i++) {
                r[i] = p[0] * x[i] + p[1] - (2 * x[i] + 1);
            }
            return r;
        };
        LeastSquares.Outcome o = LeastSquares.minimize(f, new double[] {0.5, 0}, new double[] {0, -INF},
                new double[] {1.5, INF}, SolverOptions.ORIGINAL);
        assertTrue(o.converged(), o.message());
        assertEquals(1.5, o.values()[0], 1e-9, "held at its upper bound");
        assertTrue(o.values()[0] <= 1.5);
        double meanX = 0;
        for (double v : x) {
            meanX += v / M;
        }
        assertEquals(1 + 0.5 * meanX, o.values()[1], 1e-7, "the free parameter is optimal given the bound");
    }

    @Test
    void aParameterTheDataDoNotDetermineGetsErrorZero() {
        double[] x = grid();
        Residuals f = p -> {
            double[] r = new double[M];
            for (int i = 0; i < M; i++) {
                r[i] = p[0] + 0 * p[1] - Math.sin(x[i]);
            }
            return r;
        };
        LeastSquares.Outcome o = LeastSquares.minimize(f, new double[] {0, 1}, new double[] {-1, 0},
                new double[] {1, 2}, SolverOptions.ORIGINAL);
        assertEquals(0.0, o.errors()[1], 0);
        assertTrue(o.errors()[0] > 0);
    }

    @Test
    void runningOutOfEvaluationsIsNotConvergence() {
        double[] x = grid();
        Residuals f = p -> {
            double[] r = new double[M];
            for (int i = 0; i < M; i++) {
                r[i] = p[0] * Math.exp(-x[i] / p[1]) - 3.0 * Math.exp(-x[i] / 1.7);
            }
            return r;
        };
        for (double limit : new double[] {10, INF}) {
            LeastSquares.Outcome o = LeastSquares.minimize(f, new double[] {1, 5}, new double[] {-limit, limit == INF ? -INF : 0.5},
                    new double[] {limit, limit}, new SolverOptions(1e-8, 1e-8, 1e-8, 2));
            assertFalse(o.converged(), "limit " + limit);
            assertTrue(o.message().contains("maximum number of function evaluations"), o.message());
        }
    }

    @Test
    void nothingToVaryIsAnError() {
        FitException ex = assertThrows(FitException.class, () -> LeastSquares.minimize(p -> new double[] {1},
                new double[0], new double[0], new double[0], SolverOptions.ORIGINAL));
        assertTrue(ex.getMessage().contains("no parameter is varied"), ex.getMessage());
    }
}
