package org.parseq.xas.numerics;

/**
 * C² cubic interpolating spline with "not-a-knot" end conditions (§0.2-6), as a piecewise
 * polynomial {@code a + b t + c t² + d t³}, {@code t = x - x_i}. Evaluation outside the knots
 * continues the end polynomials.
 * <p>
 * Written by hand because the E0 search needs operations no library spline offers together
 * (all real roots of the derivative including those on the continued end pieces, all
 * solutions of s(x) = c, exact definite integrals); Hipparchus' SplineInterpolator is natural,
 * not not-a-knot.
 */
public final class CubicSpline {

    private final double[] x;
    private final double[] a;
    private final double[] b;
    private final double[] c;
    private final double[] d;
    private final int pieces;

    private CubicSpline(double[] x, double[] a, double[] b, double[] c, double[] d) {
        this.x = x;
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.pieces = x.length - 1;
    }

    /** Builds the not-a-knot spline through (x[from..from+n), y[from..from+n)); x strictly increasing. */
    public static CubicSpline notAKnot(double[] xs, double[] ys, int from, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a cubic spline needs at least 2 points, got " + n);
        }
        double[] x = new double[n];
        System.arraycopy(xs, from, x, 0, n);
        ArrayMath.requireIncreasing(x, n, "spline abscissa");
        double[] a = new double[n - 1];
        double[] b = new double[n - 1];
        double[] c = new double[n - 1];
        double[] d = new double[n - 1];
        double[] slope = new double[n - 1];
        double[] h = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            h[i] = x[i + 1] - x[i];
            slope[i] = (ys[from + i + 1] - ys[from + i]) / h[i];
        }
        double[] s = new double[n];
        if (n == 2) {
            s[0] = slope[0];
            s[1] = slope[0];
        } else if (n == 3) {
            // not-a-knot with 3 points: the single parabola through them
            double c2 = (slope[1] - slope[0]) / (x[2] - x[0]);
            s[0] = slope[0] - c2 * h[0];
            s[1] = slope[0] + c2 * h[0];
            s[2] = s[1] + 2 * c2 * h[1];
        } else {
            solveSlopes(x, h, slope, n, s);
        }
        for (int i = 0; i < n - 1; i++) {
            double t = (s[i] + s[i + 1] - 2 * slope[i]) / h[i];
            a[i] = ys[from + i];
            b[i] = s[i];
            c[i] = (slope[i] - s[i]) / h[i] - t;
            d[i] = t / h[i];
        }
        return new CubicSpline(x, a, b, c, d);
    }

    /**
     * Tridiagonal system for the knot slopes, not-a-knot rows at both ends, solved by Gaussian
     * elimination with partial pivoting in the order of LAPACK's dgtsv, which the original's
     * spline uses: without the row interchanges the slopes differ in the last bits, and E0's
     * last bit decides whether the last point is de-weighted in the µ0 fit (§12.1).
     */
    private static void solveSlopes(double[] x, double[] h, double[] slope, int n, double[] s) {
        double[] sub = new double[n - 1];
        double[] diag = new double[n];
        double[] sup = new double[n - 1];
        double[] rhs = s;
        double d0 = x[2] - x[0];
        diag[0] = h[1];
        sup[0] = d0;
        rhs[0] = ((h[0] + 2 * d0) * h[1] * slope[0] + h[0] * h[0] * slope[1]) / d0;
        for (int i = 1; i < n - 1; i++) {
            sub[i - 1] = h[i];
            diag[i] = 2 * (h[i - 1] + h[i]);
            sup[i] = h[i - 1];
            rhs[i] = 3 * (h[i] * slope[i - 1] + h[i - 1] * slope[i]);
        }
        double dn = x[n - 1] - x[n - 3];
        sub[n - 2] = dn;
        diag[n - 1] = h[n - 3];
        rhs[n - 1] = (h[n - 2] * h[n - 2] * slope[n - 3] + (2 * dn + h[n - 2]) * h[n - 3] * slope[n - 2]) / dn;
        double[] fill = new double[n];
        for (int i = 0; i < n - 1; i++) {
            if (Math.abs(diag[i]) >= Math.abs(sub[i])) {
                if (diag[i] == 0) {
                    throw new ArithmeticException("singular spline system at knot " + i);
                }
                double f = sub[i] / diag[i];
                diag[i + 1] -= f * sup[i];
                rhs[i + 1] -= f * rhs[i];
            } else {
                double f = diag[i] / sub[i];
                diag[i] = sub[i];
                double t = diag[i + 1];
                diag[i + 1] = sup[i] - f * t;
                if (i < n - 2) {
                    fill[i] = sup[i + 1];
                    sup[i + 1] = -f * fill[i];
                }
                sup[i] = t;
                t = rhs[i];
                rhs[i] = rhs[i + 1];
                rhs[i + 1] = t - f * rhs[i + 1];
            }
        }
        if (diag[n - 1] == 0) {
            throw new ArithmeticException("singular spline system at knot " + (n - 1));
        }
        rhs[n - 1] /= diag[n - 1];
        rhs[n - 2] = (rhs[n - 2] - sup[n - 2] * rhs[n - 1]) / diag[n - 2];
        for (int i = n - 3; i >= 0; i--) {
            rhs[i] = (rhs[i] - sup[i] * rhs[i + 1] - fill[i] * rhs[i + 2]) / diag[i];
        }
    }

    public int knotCount() {
        return pieces + 1;
    }

    public double knot(int i) {
        return x[i];
    }

    /** Index of the piece used for x: the interval [x_i, x_{i+1}), end pieces continued. */
    public int pieceOf(double q) {
        if (q < x[1]) {
            return 0;
        }
        if (q >= x[pieces - 1]) {
            return pieces - 1;
        }
        return ArrayMath.upperIndex(x, pieces + 1, q) - 1;
    }

    public double value(double q) {
        int i = pieceOf(q);
        return pieceValue(i, q - x[i]);
    }

    double pieceValue(int i, double t) {
        return a[i] + t * (b[i] + t * (c[i] + t * d[i]));
    }

    /**
     * ∫ of piece i from 0 to t, term by term in ascending powers with the factors 1/(k+1)
     * multiplied, in the original's (scipy's) order: E0 = ∫x·µ'/∫µ' takes its last bit from here.
     */
    private double pieceAntiderivative(int i, double t) {
        double z = t;
        double sum = a[i] * z;
        z *= t;
        sum = sum + b[i] * z * 0.5;
        z *= t;
        sum = sum + c[i] * z * (1.0 / 3);
        z *= t;
        return sum + d[i] * z * 0.25;
    }

    /** Exact ∫ from lo to hi (lo ≤ hi) of the piecewise cubic, end pieces continued. */
    public double integral(double lo, double hi) {
        int i0 = pieceOf(lo);
        int i1 = pieceOf(hi);
        if (i0 == i1) {
            return pieceAntiderivative(i0, hi - x[i0]) - pieceAntiderivative(i0, lo - x[i0]);
        }
        double sum = pieceAntiderivative(i0, x[i0 + 1] - x[i0]) - pieceAntiderivative(i0, lo - x[i0]);
        for (int i = i0 + 1; i < i1; i++) {
            sum += pieceAntiderivative(i, x[i + 1] - x[i]) - pieceAntiderivative(i, 0);
        }
        sum += pieceAntiderivative(i1, hi - x[i1]) - pieceAntiderivative(i1, 0);
        return sum;
    }

    /**
     * Position and value {x, s(x)} of the largest spline value at the real roots of its
     * derivative, roots on the continued end pieces included; NaNs if there is no real root.
     */
    public double[] maxAtDerivativeRoots() {
        double best = Double.NaN;
        double where = Double.NaN;
        double[] roots = new double[2];
        for (int i = 0; i < pieces; i++) {
            int nr = PolyRoots.quadratic(3 * d[i], 2 * c[i], b[i], roots);
            double hi = x[i + 1] - x[i];
            for (int r = 0; r < nr; r++) {
                double t = roots[r];
                boolean inside = (t >= 0 || i == 0) && (t <= hi || i == pieces - 1);
                if (inside) {
                    double v = pieceValue(i, t);
                    if (Double.isNaN(best) || v > best) {
                        best = v;
                        where = t + x[i];
                    }
                }
            }
        }
        return new double[] {where, best};
    }

    /**
     * Largest solution of s(x) = level below {@code from} (searching pieces downwards, the first
     * piece continued to -∞); NaN if none.
     */
    public double lastSolutionBelow(double from, double level) {
        double[] roots = new double[3];
        for (int i = pieceOf(from); i >= 0; i--) {
            double lo = i == 0 ? Double.NEGATIVE_INFINITY : 0;
            double hi = Math.min(x[i + 1], from) - x[i];
            if (i == pieces - 1 && from > x[pieces]) {
                hi = from - x[i];
            }
            int nr = PolyRoots.cubicInInterval(a[i] - level, b[i], c[i], d[i], lo, hi, roots);
            double best = Double.NaN;
            for (int r = 0; r < nr; r++) {
                double xr = roots[r] + x[i];
                if (xr < from && (Double.isNaN(best) || xr > best)) {
                    best = xr;
                }
            }
            if (!Double.isNaN(best)) {
                return best;
            }
        }
        return Double.NaN;
    }

    /**
     * Smallest solution of s(x) = level above {@code from} (searching pieces upwards, the last
     * piece continued to +∞); NaN if none.
     */
    public double firstSolutionAbove(double from, double level) {
        double[] roots = new double[3];
        for (int i = pieceOf(from); i < pieces; i++) {
            double lo = Math.max(x[i], from) - x[i];
            double hi = i == pieces - 1 ? Double.POSITIVE_INFINITY : x[i + 1] - x[i];
            int nr = PolyRoots.cubicInInterval(a[i] - level, b[i], c[i], d[i], lo, hi, roots);
            double best = Double.NaN;
            for (int r = 0; r < nr; r++) {
                double xr = roots[r] + x[i];
                if (xr > from && (Double.isNaN(best) || xr < best)) {
                    best = xr;
                }
            }
            if (!Double.isNaN(best)) {
                return best;
            }
        }
        return Double.NaN;
    }
}
