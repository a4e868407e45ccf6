package org.parseq.xas.numerics;

/** "find E0" (§3.1): the absorption edge position from the derivative of µ (or of eref). */
public final class EdgeFinder {

    private static final double[] DEFAULT_WHERE = {0.02, 0.7};

    private EdgeFinder() {
    }

    /**
     * Derivative dy/de used for the E0 search, smoothed and with zeroed ends as the original
     * does; written into {@code der} (length ≥ n).
     */
    public static void derivative(double[] e, double[] y, int n, boolean smooth, int smoothN, double[] der) {
        double[] ge = new double[n + 1];
        ArrayMath.indexGradient(e, n, ge);
        ArrayMath.indexGradient(y, n, der);
        for (int i = 0; i < n; i++) {
            der[i] = ge[i] > 0 ? der[i] / ge[i] : 0;
        }
        if (smooth && smoothN > 0) {
            ArrayMath.movingAverage(der, 0, n, smoothN, ge);
            for (int i = 0; i < Math.min(smoothN + 1, n); i++) {
                der[i] = 0;
            }
            for (int i = Math.max(0, n - smoothN); i < n; i++) {
                der[i] = 0;
            }
        }
    }

    /**
     * E0 from a precomputed derivative {@code der} over energies e (sorted increasing).
     *
     * @param where  search window as fractions of [e_0, e_last]; null or unusable → defaults
     * @param method 0 derivative maximum, 1 spline-derivative maximum, 2 centre of mass
     */
    public static double findE0(double[] e, double[] der, int n, double[] where, int method) {
        if (n < 4) {
            throw new IllegalArgumentException("E0 search needs at least 4 points, got " + n);
        }
        double[] w = usableWhere(where) ? where : DEFAULT_WHERE;
        double span = e[n - 1] - e[0];
        double lo = e[0] + w[0] * span;
        double hi = e[0] + w[1] * span;
        int first = 0;
        while (first < n && !(e[first] >= lo)) {
            first++;
        }
        int end = first;
        while (end < n && e[end] <= hi) {
            end++;
        }
        int m = end - first;
        if (m < 1) {
            throw new IllegalArgumentException("the E0 search window " + lo + ".." + hi + " eV holds no data");
        }
        int iMax = first;
        for (int i = first + 1; i < end; i++) {
            if (der[i] > der[iMax]) {
                iMax = i;
            }
        }
        double e0 = e[iMax];
        if (method == 0) {
            return e0;
        }
        if (method != 1 && method != 2) {
            throw new IllegalArgumentException("unknown e0Method " + method);
        }
        if (m < 2) {
            throw new IllegalArgumentException("the E0 search window " + lo + ".." + hi + " eV holds " + m
                    + " point, too few for this method");
        }
        for (int i = first + 1; i < end; i++) {
            if (!(e[i] > e[i - 1])) {
                throw new IllegalArgumentException("energy is not strictly increasing in the E0 window");
            }
        }
        CubicSpline s = CubicSpline.notAKnot(e, der, first, m);
        double[] peak = s.maxAtDerivativeRoots();
        if (method == 1) {
            if (Double.isNaN(peak[0])) {
                throw new IllegalArgumentException("the derivative spline has no extremum");
            }
            return peak[0];
        }
        if (Double.isNaN(peak[1])) {
            return e0;
        }
        double half = peak[1] / 2;
        double x1 = s.lastSolutionBelow(e0, half);
        double x2 = s.firstSolutionAbove(e0, half);
        if (Double.isNaN(x1) || Double.isNaN(x2)) {
            return e0;
        }
        double[] moment = new double[end];
        for (int i = first; i < end; i++) {
            moment[i] = der[i] * e[i];
        }
        CubicSpline t = CubicSpline.notAKnot(e, moment, first, m);
        double centre = t.integral(x1, x2) / s.integral(x1, x2);
        return x1 < centre && centre < x2 ? centre : e0;
    }

    private static boolean usableWhere(double[] where) {
        return where != null && where.length == 2 && Double.isFinite(where[0]) && Double.isFinite(where[1])
                && where[0] < where[1];
    }
}
