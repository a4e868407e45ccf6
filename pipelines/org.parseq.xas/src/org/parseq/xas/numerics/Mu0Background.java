package org.parseq.xas.numerics;

/** The atomic background µ0 = prior + spline (§3.10). */
final class Mu0Background {

    /** µ0 and, for the knot spline, the display knots (null otherwise). */
    record Result(double[] mu0, double[] knotsX, double[] knotsY) {
    }

    private static final double BELOW_EDGE_WEIGHT = 100;
    private static final double BEYOND_KMAX_WEIGHT = 1e-10;
    private static final double KNOT_SHIFT = 1e-6;

    private Mu0Background() {
    }

    static Result compute(double[] e, double[] mu, double[] prior, double[] pre, double e0, double kmax,
            double[] kgrid, MakeChiParams p) {
        int n = e.length;
        double c = ArrayMath.C;
        double eEnd = e0 + kmax * kmax / c;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = mu[i] - prior[i];
        }
        if (p.mu0method == 1) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = e[i] < e0 ? BELOW_EDGE_WEIGHT : 1;
                if (e[i] > eEnd) {
                    w[i] = BEYOND_KMAX_WEIGHT;
                }
            }
            double[] s = SmoothingSpline.smooth(e, y, w, n, p.mu0smoothingFactor);
            for (int i = 0; i < n; i++) {
                s[i] += prior[i];
            }
            return new Result(s, null, null);
        }
        if (p.mu0method != 0) {
            throw new IllegalArgumentException("unknown mu0method " + p.mu0method);
        }
        double[] ke = new double[n];
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double de = e[i] - e0;
            ke[i] = Math.signum(de) * Math.sqrt(Math.abs(de) * c);
            x[i] = ke[i] + KNOT_SHIFT;
            w[i] = e[i] < e0 ? BELOW_EDGE_WEIGHT : e[i] > e0 ? PowerLawFit.intPower(ke[i], p.mu0kpow) : 1;
            if (e[i] > eEnd) {
                w[i] = BEYOND_KMAX_WEIGHT;
            }
        }
        int nK = Math.max(p.mu0knots, 3);
        double[] inner = ArrayMath.linspace(0, kmax, nK);
        double[] t = new double[nK + 8];
        for (int i = 0; i < 4; i++) {
            t[i] = x[0];
            t[nK + 4 + i] = x[n - 1];
        }
        System.arraycopy(inner, 0, t, 4, nK);
        LsqBSpline spline = LsqBSpline.fit(x, y, w, n, t);
        double[] knotY = new double[nK];
        double[] knotX = new double[nK];
        for (int i = 0; i < nK; i++) {
            knotY[i] = spline.value(inner[i]);
            knotX[i] = e0 + inner[i] * inner[i] / c;
        }
        double[] mu0 = new double[n];
        if (p.ftMinimize) {
            KnotFtMinimizer.minimise(e, mu, prior, pre, e0, knotX, knotY, kgrid, p);
            CubicSpline q = CubicSpline.notAKnot(knotX, knotY, 0, nK);
            for (int i = 0; i < n; i++) {
                mu0[i] = e[i] > e0 ? q.value(e[i]) + prior[i] : prior[i];
            }
        } else {
            double[] h = new double[4];
            double[] hh = new double[4];
            for (int i = 0; i < n; i++) {
                mu0[i] = spline.value(ke[i], h, hh) + prior[i];
            }
        }
        double[] displayY = new double[nK];
        for (int i = 0; i < nK; i++) {
            displayY[i] = knotY[i] + ArrayMath.interp(inner[i], x, prior, n);
        }
        return new Result(mu0, knotX, displayY);
    }
}
