package org.parseq.xes.numerics;

/**
 * Full width at half maximum as the original measures it: the distance between the outermost
 * crossings of half the maximum by the not-a-knot cubic spline through the points (so it is
 * hardly quantised by the point spacing); when the spline cannot be made (fewer than 4 points,
 * abscissae not strictly monotonic) or never crosses, the distance between the first and the
 * last point at or above half maximum.
 */
public final class Fwhm {

    private Fwhm() {
    }

    /** @return the width in units of x; 0 for an empty spectrum */
    public static double of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " points but y " + y.length);
        }
        if (x.length == 0) {
            return 0;
        }
        double[] xs = x;
        double[] ys = y;
        if (x[0] > x[x.length - 1]) {
            xs = reversed(x);
            ys = reversed(y);
        }
        double half = max(ys) * 0.5;
        double[] shifted = new double[ys.length];
        for (int i = 0; i < ys.length; i++) {
            shifted[i] = ys[i] - half;
        }
        if (xs.length >= 4 && strictlyIncreasing(xs)) {
            NotAKnotSpline spline = new NotAKnotSpline(xs, shifted);
            double first = spline.firstRoot();
            if (!Double.isNaN(first)) {
                return spline.lastRoot() - first;
            }
        }
        return pointWidth(xs, ys, half);
    }

    private static double pointWidth(double[] x, double[] y, double half) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < y.length; i++) {
            if (y[i] >= half) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? 0 : Math.abs(x[first] - x[last]);
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    private static boolean strictlyIncreasing(double[] x) {
        for (int i = 1; i < x.length; i++) {
            if (!(x[i] > x[i - 1])) {
                return false;
            }
        }
        return true;
    }

    private static double[] reversed(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[values.length - 1 - i];
        }
        return out;
    }
}
