package org.parseq.xas.numerics;

/**
 * Real roots of low-degree polynomials on an interval, as needed piece by piece by
 * {@link CubicSpline}. Written by hand: Hipparchus' LaguerreSolver finds complex roots of a
 * whole polynomial and allocates per call; here only bracketed real roots are wanted, to
 * full double precision, millions of times without allocation.
 */
final class PolyRoots {

    private PolyRoots() {
    }

    /** Real roots of q2 t² + q1 t + q0 (any degree ≤ 2), stored ascending; returns their count. */
    static int quadratic(double q2, double q1, double q0, double[] out) {
        if (q2 == 0) {
            if (q1 == 0) {
                return 0;
            }
            out[0] = -q0 / q1;
            return 1;
        }
        double disc = q1 * q1 - 4 * q2 * q0;
        if (disc < 0) {
            return 0;
        }
        double sq = Math.sqrt(disc);
        double qq = -0.5 * (q1 + Math.copySign(sq, q1));
        double r1 = qq / q2;
        double r2 = qq != 0 ? q0 / qq : r1;
        out[0] = Math.min(r1, r2);
        out[1] = Math.max(r1, r2);
        return disc == 0 ? 1 : 2;
    }

    /**
     * Roots of p(t) = c0 + c1 t + c2 t² + c3 t³ in [lo, hi] (ends may be infinite), found by
     * bisection on the monotonic stretches between critical points. Returns their count.
     */
    static int cubicInInterval(double c0, double c1, double c2, double c3, double lo, double hi, double[] out) {
        if (c3 == 0 && c2 == 0 && c1 == 0) {
            return 0;
        }
        double bound = rootBound(c0, c1, c2, c3);
        double left = Math.max(lo, -bound);
        double right = Math.min(hi, bound);
        if (!(left <= right)) {
            return 0;
        }
        double[] crit = new double[2];
        int nc = quadratic(3 * c3, 2 * c2, c1, crit);
        double[] breaks = new double[4];
        int nb = 0;
        breaks[nb++] = left;
        for (int i = 0; i < nc; i++) {
            if (crit[i] > left && crit[i] < right) {
                breaks[nb++] = crit[i];
            }
        }
        breaks[nb++] = right;
        int count = 0;
        double pu = eval(c0, c1, c2, c3, breaks[0]);
        if (pu == 0) {
            out[count++] = breaks[0];
        }
        for (int k = 0; k < nb - 1; k++) {
            double u = breaks[k];
            double v = breaks[k + 1];
            double pv = eval(c0, c1, c2, c3, v);
            if (pv == 0) {
                out[count++] = v;
            } else if (pu != 0 && (pu < 0) != (pv < 0)) {
                out[count++] = bisect(c0, c1, c2, c3, u, v, pu);
            }
            pu = pv;
        }
        return count;
    }

    /** Cauchy bound on the moduli of the roots (for the leading non-zero coefficient). */
    private static double rootBound(double c0, double c1, double c2, double c3) {
        double lead;
        double m;
        if (c3 != 0) {
            lead = Math.abs(c3);
            m = Math.max(Math.abs(c0), Math.max(Math.abs(c1), Math.abs(c2)));
        } else if (c2 != 0) {
            lead = Math.abs(c2);
            m = Math.max(Math.abs(c0), Math.abs(c1));
        } else {
            lead = Math.abs(c1);
            m = Math.abs(c0);
        }
        return 1 + m / lead;
    }

    private static double eval(double c0, double c1, double c2, double c3, double t) {
        return c0 + t * (c1 + t * (c2 + t * c3));
    }

    private static double bisect(double c0, double c1, double c2, double c3, double u, double v, double pu) {
        boolean negAtU = pu < 0;
        for (int it = 0; it < 2000; it++) {
            double mid = 0.5 * (u + v);
            if (mid <= u || mid >= v) {
                break;
            }
            double pm = eval(c0, c1, c2, c3, mid);
            if (pm == 0) {
                return mid;
            }
            if ((pm < 0) == negAtU) {
                u = mid;
            } else {
                v = mid;
            }
        }
        return 0.5 * (u + v);
    }
}
