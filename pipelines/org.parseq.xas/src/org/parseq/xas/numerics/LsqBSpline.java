package org.parseq.xas.numerics;

/**
 * Weighted least-squares cubic B-spline with given knots (§3.10, method 0), solved like
 * FITPACK's LSQ spline: rows are rotated into a banded triangular matrix by Givens rotations
 * and the coefficients are found by back substitution; the weights multiply the residuals
 * (minimises Σ (w_j (y_j − s(x_j)))²).
 * <p>
 * Written by hand: Hipparchus has no B-spline least squares, and a banded Givens solve is
 * O(n) and stable even with the 1e−6-wide last interval of the original's knot vector.
 */
public final class LsqBSpline {

    private static final int K = 3;

    private final double[] t;
    private final double[] coef;

    private LsqBSpline(double[] t, double[] coef) {
        this.t = t;
        this.coef = coef;
    }

    /**
     * Fits with the full knot vector t (boundary knots repeated 4 times); data x must lie in
     * [t[3], t[t.length − 4]].
     */
    public static LsqBSpline fit(double[] x, double[] y, double[] w, int n, double[] t) {
        int nt = t.length;
        int ncoef = nt - K - 1;
        if (ncoef < K + 1) {
            throw new IllegalArgumentException("too few knots for a cubic spline");
        }
        for (int i = 1; i < nt; i++) {
            if (t[i] < t[i - 1]) {
                throw new IllegalArgumentException("spline knots are not ascending at " + i);
            }
        }
        double[][] band = new double[ncoef][K + 1];
        double[] z = new double[ncoef];
        double[] h = new double[K + 1];
        double[] work = new double[K + 1];
        for (int j = 0; j < n; j++) {
            double xj = x[j];
            if (xj < t[K] || xj > t[nt - K - 1]) {
                throw new IllegalArgumentException("data point " + xj + " lies outside the spline knots");
            }
            int l = interval(t, xj);
            basis(t, l, xj, h, work);
            double wj = w[j];
            double rhs = y[j] * wj;
            for (int i = 0; i <= K; i++) {
                h[i] *= wj;
            }
            int j0 = l - K;
            for (int i = 0; i <= K; i++) {
                double piv = h[i];
                if (piv == 0) {
                    continue;
                }
                int row = j0 + i;
                double ww = band[row][0];
                double dd;
                double store = Math.abs(ww);
                if (store >= Math.abs(piv)) {
                    dd = store * Math.sqrt(1 + (piv / ww) * (piv / ww));
                } else {
                    dd = Math.abs(piv) * Math.sqrt(1 + (ww / piv) * (ww / piv));
                }
                double cos = ww / dd;
                double sin = piv / dd;
                band[row][0] = dd;
                double zr = z[row];
                z[row] = cos * zr + sin * rhs;
                rhs = cos * rhs - sin * zr;
                for (int k = i + 1; k <= K; k++) {
                    double a = h[k];
                    double b = band[row][k - i];
                    band[row][k - i] = cos * b + sin * a;
                    h[k] = cos * a - sin * b;
                }
            }
        }
        double[] c = new double[ncoef];
        for (int row = ncoef - 1; row >= 0; row--) {
            if (band[row][0] == 0) {
                throw new ArithmeticException("LSQ spline: no data constrain coefficient " + row
                        + " (Schoenberg-Whitney condition violated)");
            }
            double s = z[row];
            for (int k = 1; k <= K && row + k < ncoef; k++) {
                s -= band[row][k] * c[row + k];
            }
            c[row] = s / band[row][0];
        }
        return new LsqBSpline(t.clone(), c);
    }

    private int interval(double xq) {
        return interval(t, xq);
    }

    /** l with t[l] ≤ x < t[l+1], clamped to the valid pieces (end pieces continued). */
    private static int interval(double[] t, double xq) {
        int lo = K;
        int hi = t.length - K - 2;
        if (xq < t[lo + 1]) {
            return lo;
        }
        if (xq >= t[hi]) {
            return hi;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] <= xq) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The 4 non-zero cubic B-splines at x for interval l (de Boor–Cox, as FITPACK's fpbspl). */
    private static void basis(double[] t, int l, double x, double[] h, double[] hh) {
        h[0] = 1;
        for (int j = 1; j <= K; j++) {
            System.arraycopy(h, 0, hh, 0, j);
            h[0] = 0;
            for (int i = 1; i <= j; i++) {
                int li = l + i;
                int lj = li - j;
                double f = hh[i - 1] / (t[li] - t[lj]);
                h[i - 1] = h[i - 1] + f * (t[li] - x);
                h[i] = f * (x - t[lj]);
            }
        }
    }

    public double value(double xq) {
        double[] h = new double[K + 1];
        double[] hh = new double[K + 1];
        return value(xq, h, hh);
    }

    /** Value at x with caller-provided work arrays of length 4 (no allocation). */
    public double value(double xq, double[] h, double[] hh) {
        int l = interval(xq);
        basis(t, l, xq, h, hh);
        double s = 0;
        for (int i = 0; i <= K; i++) {
            s += coef[l - K + i] * h[i];
        }
        return s;
    }
}
