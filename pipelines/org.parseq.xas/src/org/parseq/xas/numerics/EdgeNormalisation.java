package org.parseq.xas.numerics;

/** Pre-edge line (§3.4), post-edge line and edge step (§3.7). */
final class EdgeNormalisation {

    private static final double[] DEFAULT_PRE = {0.03, 0.53};
    private static final double[] DEFAULT_POST = {40, 400};

    private EdgeNormalisation() {
    }

    /**
     * Pre-edge curve on all points; fitted between fractions of [e_0, E0].
     *
     * @param e0Method only for the message when the range is empty
     */
    static double[] preEdge(double[] e, double[] mu, double e0, double[] where, int[] exps, int e0Method) {
        int n = e.length;
        double[] w = where != null && where.length == 2 ? where : DEFAULT_PRE;
        int[] range = fractionRange(e, e0, w);
        if (range[1] <= range[0]) {
            range = fractionRange(e, e0, DEFAULT_PRE);
        }
        if (range[1] <= range[0]) {
            // The original fails here too (a fit on no points, §3.4); say why, which is nearly
            // always an E0 at or below the first energy rather than a bad preedgeWhere.
            double lo = e[0] + w[0] * (e0 - e[0]);
            double hi = e[0] + w[1] * (e0 - e[0]);
            String cause = !(e0 > e[0])
                    ? String.format("E0 = %.3f eV found by e0Method %d lies %s the first energy %.3f eV, so the E0 "
                            + "search failed on this spectrum (e0Method 1 and 2 take the extrema of the derivative "
                            + "spline continued beyond the E0 window; check the data around the edge, or set "
                            + "e0Method 0, the derivative maximum, which stays inside the data)",
                            e0, e0Method, e0 == e[0] ? "at" : "below", e[0])
                    : String.format("E0 = %.3f eV is only %.3g eV above the first energy %.3f eV: measure a longer "
                            + "pre-edge or widen preedgeWhere", e0, e0 - e[0], e[0]);
            throw new IllegalArgumentException(String.format("the pre-edge range %.3f..%.3f eV (preedgeWhere %s of "
                    + "[first energy, E0], and the default [0.03, 0.53]) holds no data point: %s", Math.min(lo, hi),
                    Math.max(lo, hi), java.util.Arrays.toString(w), cause));
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
        if (range[1] <= range[0]) {
            // Only possible with E0 more than 400 eV beyond the last energy; the original fails too.
            throw new IllegalArgumentException(String.format("the post-edge range holds no data point: E0 = %.3f eV "
                    + "lies more than %.0f eV above the last energy %.3f eV, so the E0 search failed on this spectrum "
                    + "(check the data around the edge, e0Method or e0Where)", e0, DEFAULT_POST[1], e[n - 1]));
        }
        double[] y = new double[n];
        for (int i = range[0]; i < range[1]; i++) {
            y[i] = mu[i] - pre[i];
        }
        return PowerLawFit.fit(e, y, range[0], range[1], exps);
    }
}
