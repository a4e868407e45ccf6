package org.parseq.core.combine;

/**
 * Piecewise-linear interpolation that continues the end segments' straight lines outside the
 * table (xas-algorithms.md §0.2 item 5). Written here because Hipparchus' linear interpolator
 * refuses points outside its knots, and the original extrapolates references that way.
 */
final class LinearExtrapolation {

    private LinearExtrapolation() {
    }

    /**
     * @param xs increasing abscissas, at least two
     * @throws IllegalArgumentException if the table is too short, not increasing or not finite
     */
    static double[] at(double[] xs, double[] ys, double[] at, String what) {
        if (xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException(what + " cannot be interpolated: it needs x and y of one length and at"
                    + " least two points, not " + xs.length + " and " + ys.length);
        }
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i]) || i > 0 && !(xs[i] > xs[i - 1])) {
                throw new IllegalArgumentException(what + " cannot be interpolated: its x must increase and its values"
                        + " be finite, which fails at point " + i);
            }
        }
        double[] result = new double[at.length];
        int segment = 0;
        for (int i = 0; i < at.length; i++) {
            double target = at[i];
            while (segment < xs.length - 2 && target > xs[segment + 1]) {
                segment++;
            }
            while (segment > 0 && target < xs[segment]) {
                segment--;
            }
            double slope = (ys[segment + 1] - ys[segment]) / (xs[segment + 1] - xs[segment]);
            result[i] = ys[segment] + slope * (target - xs[segment]);
        }
        return result;
    }
}
