package org.parseq.xas.numerics;

/** The step-like helper curve that µ0 is built around (§3.8). */
final class Mu0Prior {

    private Mu0Prior() {
    }

    static double[] build(double[] e, double[] mu, double[] pre, double[] post, double e0, MakeChiParams p) {
        int n = e.length;
        double[] prior = mu.clone();
        int i0 = 0;
        while (i0 < n && !(e[i0] > e0)) {
            i0++;
        }
        int ic;
        if (!p.mu0PriorIncludeWhiteLine) {
            if (i0 - 2 < 0 || i0 + 2 >= n) {
                throw new IllegalArgumentException(String.format("µ0 prior: E0 = %.3f eV is within 2 points of the "
                        + "data end; E0 is searched in e0Where = %s of the energy range (e0Method %d): check that "
                        + "range, it may belong to another edge", e0, java.util.Arrays.toString(p.e0Where),
                        p.e0Method));
            }
            double ea = e[i0 - 2];
            double ma = mu[i0 - 2];
            double dmu = mu[i0 + 2] - ma;
            double de = e[i0 + 2] - ea;
            ic = -1;
            for (int i = 0; i < n; i++) {
                if (ma + (e[i] - ea) * dmu / de > post[i]) {
                    ic = i;
                    break;
                }
            }
            if (ic < 0) {
                // The original fails here too (§3.8). It happens when E0 is not on the edge, e.g.
                // found by method 1/2 on the continued end piece of the derivative spline (§3.1).
                throw new IllegalArgumentException(String.format("µ0 prior: the straight line through µ at %.3f and "
                        + "%.3f eV (2 points either side of E0 = %.3f eV, slope %.4g per eV) never rises above the "
                        + "post-edge line, so E0 is not on the rising edge of this spectrum; check the data around "
                        + "the edge, or set e0Method 0 (the derivative maximum; now %d) or mu0PriorIncludeWhiteLine",
                        ea, e[i0 + 2], e0, dmu / de, p.e0Method));
            }
            for (int i = i0; i < ic; i++) {
                prior[i] = ma + (e[i] - ea) * dmu / de;
            }
        } else {
            int w1 = i0;
            while (w1 < n && !(mu[w1] > post[w1])) {
                w1++;
            }
            ic = w1;
            while (ic < n && !(mu[ic] < post[ic])) {
                ic++;
            }
            if (ic >= n) {
                throw new IllegalArgumentException(String.format("µ0 prior: µ above E0 = %.3f eV never %s the post-edge "
                        + "line, so mu0PriorIncludeWhiteLine finds no white line in this spectrum; switch it off, or "
                        + "check E0 (e0Method %d)", e0, w1 >= n ? "rises above" : "falls back below", p.e0Method));
            }
        }
        for (int i = ic; i < n; i++) {
            prior[i] = post[i];
        }
        double s = p.mu0PriorVScale;
        if (s != 1) {
            for (int i = 0; i < n; i++) {
                prior[i] = (prior[i] - pre[i]) * s + pre[i];
            }
        }
        int m = p.mu0PriorSmoothN;
        if (m > 0) {
            int len = Math.min(ic + 2 * m, n);
            ArrayMath.movingAverage(prior, 0, len, m, new double[len + 1]);
        }
        return prior;
    }
}
