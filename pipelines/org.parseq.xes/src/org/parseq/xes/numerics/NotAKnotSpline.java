package org.parseq.xes.numerics;

import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * The cubic spline through points with not-a-knot ends (the third derivative continuous at the
 * second and the second-to-last point), which is what numpy/scipy's default interpolating
 * spline is. Written by hand because Hipparchus offers natural and Akima splines only, whose
 * ends differ; its Brent solver finds the roots.
 * <p>
 * The second derivatives M solve a tridiagonal system after the not-a-knot conditions have
 * eliminated the end values M₀ and M_{n−1}.
 */
public final class NotAKnotSpline {

    private final double[] x;
    private final double[] y;
    private final double[] m;

    /**
     * @param x strictly increasing, at least 4 points
     * @param y values at x
     * @throws IllegalArgumentException otherwise
     */
    public NotAKnotSpline(double[] x, double[] y) {
        int n = x.length;
        if (n < 4 || y.length != n) {
            throw new IllegalArgumentException("a not-a-knot spline needs at least 4 points and as many values, not "
                    + n + " and " + y.length);
        }
        for (int i = 1; i < n; i++) {
            if (!(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("spline abscissae must increase strictly; x[" + (i - 1) + "] = "
                        + x[i - 1] + ", x[" + i + "] = " + x[i]);
            }
        }
        this.x = x.clone();
        this.y = y.clone();
        this.m = secondDerivatives(this.x, this.y);
    }

    private static double[] secondDerivatives(double[] x, double[] y) {
        int n = x.length;
        double[] h = new double[n - 1];
        double[] d = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            h[i] = x[i + 1] - x[i];
            d[i] = (y[i + 1] - y[i]) / h[i];
        }
        int unknowns = n - 2;
        double[] lower = new double[unknowns];
        double[] diagonal = new double[unknowns];
        double[] upper = new double[unknowns];
        double[] rhs = new double[unknowns];
        for (int k = 0; k < unknowns; k++) {
            int i = k + 1;
            lower[k] = h[i - 1];
            diagonal[k] = 2 * (h[i - 1] + h[i]);
            upper[k] = h[i];
            rhs[k] = 6 * (d[i] - d[i - 1]);
        }
        // Not-a-knot: M0 = ((h0 + h1) M1 − h0 M2) / h1, and its mirror image at the end.
        double h0 = h[0];
        double h1 = h[1];
        diagonal[0] += h0 * (h0 + h1) / h1;
        upper[0] -= h0 * h0 / h1;
        double ha = h[n - 2];
        double hb = h[n - 3];
        diagonal[unknowns - 1] += ha * (ha + hb) / hb;
        lower[unknowns - 1] -= ha * ha / hb;

        for (int k = 1; k < unknowns; k++) {
            double factor = lower[k] / diagonal[k - 1];
            diagonal[k] -= factor * upper[k - 1];
            rhs[k] -= factor * rhs[k - 1];
        }
        double[] m = new double[n];
        m[unknowns] = rhs[unknowns - 1] / diagonal[unknowns - 1];
        for (int k = unknowns - 2; k >= 0; k--) {
            m[k + 1] = (rhs[k] - upper[k] * m[k + 2]) / diagonal[k];
        }
        m[0] = ((h0 + h1) * m[1] - h0 * m[2]) / h1;
        m[n - 1] = ((ha + hb) * m[n - 2] - ha * m[n - 3]) / hb;
        return m;
    }

    /** Value at a point of [x₀, x_last]. */
    public double value(double at) {
        int i = interval(at);
        return piece(i).value(at - x[i]);
    }

    /** The smallest root within [x₀, x_last], or NaN if there is none. */
    public double firstRoot() {
        for (int i = 0; i < x.length - 1; i++) {
            double root = piece(i).extremeRoot(x[i + 1] - x[i], true);
            if (!Double.isNaN(root)) {
                return x[i] + root;
            }
        }
        return Double.NaN;
    }

    /** The largest root within [x₀, x_last], or NaN if there is none. */
    public double lastRoot() {
        for (int i = x.length - 2; i >= 0; i--) {
            double root = piece(i).extremeRoot(x[i + 1] - x[i], false);
            if (!Double.isNaN(root)) {
                return x[i] + root;
            }
        }
        return Double.NaN;
    }

    private int interval(double at) {
        int i = java.util.Arrays.binarySearch(x, at);
        i = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(i, x.length - 2));
    }

    private Cubic piece(int i) {
        double h = x[i + 1] - x[i];
        double slope = (y[i + 1] - y[i]) / h;
        return new Cubic(y[i], slope - h * (2 * m[i] + m[i + 1]) / 6, m[i] / 2, (m[i + 1] - m[i]) / (6 * h));
    }

    /** c0 + c1 t + c2 t² + c3 t³ on one interval, t from its start. */
    private record Cubic(double c0, double c1, double c2, double c3) {

        double value(double t) {
            return ((c3 * t + c2) * t + c1) * t + c0;
        }

        /** The smallest (or largest) root in [0, h], NaN if none: searched between the turning points. */
        double extremeRoot(double h, boolean smallest) {
            double[] cuts = monotonicPieces(h);
            int pieces = cuts.length - 1;
            for (int p = 0; p < pieces; p++) {
                int k = smallest ? p : pieces - 1 - p;
                double a = cuts[k];
                double b = cuts[k + 1];
                double fa = value(a);
                double fb = value(b);
                double first = smallest ? a : b;
                if (value(first) == 0) {
                    return first;
                }
                if (fa < 0 != fb < 0 && fa != 0 && fb != 0) {
                    return new BrentSolver(1e-15 * Math.max(1, h), 1e-15).solve(200, this::value, a, b);
                }
                double second = smallest ? b : a;
                if (value(second) == 0) {
                    return second;
                }
            }
            return Double.NaN;
        }

        /** 0, the turning points inside (0, h) in order, h. */
        private double[] monotonicPieces(double h) {
            double qa = 3 * c3;
            double qb = 2 * c2;
            double qc = c1;
            double[] turning = new double[2];
            int found = 0;
            if (qa == 0) {
                if (qb != 0) {
                    turning[found++] = -qc / qb;
                }
            } else {
                double discriminant = qb * qb - 4 * qa * qc;
                if (discriminant > 0) {
                    double root = Math.sqrt(discriminant);
                    double q = -0.5 * (qb + Math.copySign(root, qb));
                    turning[found++] = q / qa;
                    if (q != 0) {
                        turning[found++] = qc / q;
                    }
                }
            }
            double[] cuts = new double[found + 2];
            int k = 0;
            cuts[k++] = 0;
            java.util.Arrays.sort(turning, 0, found);
            for (int i = 0; i < found; i++) {
                if (turning[i] > 0 && turning[i] < h) {
                    cuts[k++] = turning[i];
                }
            }
            cuts[k++] = h;
            return java.util.Arrays.copyOf(cuts, k);
        }
    }
}
