package org.parseq.core.fit;

/** Bound handling of the trust-region reflective method: scaling, feasibility, steps to the bounds. */
final class BoundSteps {

    private BoundSteps() {
    }

    /**
     * Coleman–Li scaling: v = distance to the bound the negative gradient points to (1 when
     * that bound is infinite or the gradient is 0), dv its derivative sign.
     */
    static void colemanLiScaling(double[] x, double[] g, double[] lb, double[] ub, double[] v, double[] dv) {
        for (int i = 0; i < x.length; i++) {
            v[i] = 1;
            dv[i] = 0;
            if (g[i] < 0 && ub[i] < Double.POSITIVE_INFINITY) {
                v[i] = ub[i] - x[i];
                dv[i] = -1;
            }
            if (g[i] > 0 && lb[i] > Double.NEGATIVE_INFINITY) {
                v[i] = x[i] - lb[i];
                dv[i] = 1;
            }
        }
    }

    /**
     * Moves points on or within {@code rstep·max(1,|bound|)} of a bound inside: to the next
     * representable number when rstep is 0, else by that distance; to the middle when the
     * bounds are too tight.
     */
    static double[] strictlyFeasible(double[] x, double[] lb, double[] ub, double rstep) {
        double[] out = x.clone();
        for (int i = 0; i < x.length; i++) {
            int active = active(x[i], lb[i], ub[i], rstep);
            if (active < 0) {
                out[i] = rstep == 0 ? Math.nextAfter(lb[i], ub[i]) : lb[i] + rstep * Math.max(1, Math.abs(lb[i]));
            } else if (active > 0) {
                out[i] = rstep == 0 ? Math.nextAfter(ub[i], lb[i]) : ub[i] - rstep * Math.max(1, Math.abs(ub[i]));
            }
            if (out[i] < lb[i] || out[i] > ub[i]) {
                out[i] = 0.5 * (lb[i] + ub[i]);
            }
        }
        return out;
    }

    private static int active(double x, double lb, double ub, double rtol) {
        if (rtol == 0) {
            if (x <= lb) {
                return -1;
            }
            return x >= ub ? 1 : 0;
        }
        double lowerDist = x - lb;
        double upperDist = ub - x;
        double lowerThreshold = rtol * Math.max(1, Math.abs(lb));
        double upperThreshold = rtol * Math.max(1, Math.abs(ub));
        int a = 0;
        if (lb > Double.NEGATIVE_INFINITY && lowerDist <= Math.min(upperDist, lowerThreshold)) {
            a = -1;
        }
        if (ub < Double.POSITIVE_INFINITY && upperDist <= Math.min(lowerDist, upperThreshold)) {
            a = 1;
        }
        return a;
    }

    static boolean inBounds(double[] x, double[] lb, double[] ub) {
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= lb[i] && x[i] <= ub[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The largest t with x + t·s inside the bounds, and which components hit their bound
     * there (the sign of s for those, 0 for the others).
     */
    static double stepToBound(double[] x, double[] s, double[] lb, double[] ub, int[] hits) {
        double[] steps = new double[x.length];
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            steps[i] = Double.POSITIVE_INFINITY;
            if (s[i] != 0) {
                steps[i] = Math.max((lb[i] - x[i]) / s[i], (ub[i] - x[i]) / s[i]);
            }
            min = Math.min(min, steps[i]);
        }
        if (hits != null) {
            for (int i = 0; i < x.length; i++) {
                hits[i] = steps[i] == min ? (int) Math.signum(s[i]) : 0;
            }
        }
        return min;
    }
}
