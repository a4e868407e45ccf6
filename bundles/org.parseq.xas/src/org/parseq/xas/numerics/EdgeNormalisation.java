package org.parseq.xas.numerics;

/** Pre-edge line (§3.4), post-edge line and edge step (§3.7). */
final class EdgeNormalisation {

    private static final double[] DEFAULT_PRE = {0.03, 0.53};
    private static final double[] DEFAULT_POST = {40, 400};

    private EdgeNormalisation() {
    }

    /** Pre-edge curve on all points; fitted between fractions of [e_0, E0]. */
    static double[] preEdge(double[] e, double[] mu, double e0, double[] where, int[] exps) {
        int n = e.length;
        double[] w = where != null && where.length == 2 ? where : DEFAULT_PRE;
        int[] range = fractionRange(e, e0, w);
        if (range[1] <= range[0]) {
            range = fractionRange(e, e0, DEFAULT_PRE);
        }
        PowerLawFit fit = PowerLawFit.fit(e, mu, range[0], range[1], exps);
        double[] pre = new double[n];
        for (int i = 0; i < n; i++) {
            pre[i] = fit.value(e[i]);
        }
        return pre;
    }

    private static int[] fractionRange(double[] e, double e0, double[] w) {
        double lo = e[0] + w[0] * (e0 - e[0]);
        double hi = e[0] + w[1] * (e0 - e[0]);
        return indexRange(e, lo, hi);
    }

    /** Contiguous [first, end) of sorted e within [lo, hi]. */
    static int[] indexRange(double[] e, double lo, double hi) {
        int n = e.length;
        int first = 0;
        while (first < n && !(e[first] >= lo)) {
            first++;
        }
        int end = first;
        while (end < n && e[end] <= hi) {
            end++;
        }
        return new int[] {first, end};
    }

    /** Post-edge law g fitted to µ − pre_edge between E0 + d1 and E0 + d2. */
    static PowerLawFit postEdgeLaw(double[] e, double[] mu, double[] pre, double e0, double[] where, int[] exps) {
        int n = e.length;
        double[] w = where != null && where.length == 2 ? where : DEFAULT_POST;
        int[] range = indexRange(e, e0 + w[0], e0 + w[1]);
        if (range[1] <= range[0]) {
            range = indexRange(e, e0 + DEFAULT_POST[0], e0 + DEFAULT_POST[1]);
            if (range[1] <= range[0]) {
                range = indexRange(e, e[Math.max(n - 5, 0)], e0 + DEFAULT_POST[1]);
            }
        }
        double[] y = new double[n];
        for (int i = range[0]; i < range[1]; i++) {
            y[i] = mu[i] - pre[i];
        }
        return PowerLawFit.fit(e, y, range[0], range[1], exps);
    }
}
