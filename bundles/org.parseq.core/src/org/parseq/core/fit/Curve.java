package org.parseq.core.fit;

/** An x/y array pair (a reference spectrum, a data set); x strictly increasing. */
public record Curve(double[] x, double[] y) {

    /**
     * Checks lengths, finiteness and increasing x.
     *
     * @param what names the curve in messages, e.g. "reference 'cu2o'"
     */
    public Curve checked(String what) {
        if (x == null || y == null) {
            throw new FitException(what + " has no data");
        }
        if (x.length != y.length) {
            throw new FitException(what + ": x has " + x.length + " points, y " + y.length);
        }
        if (x.length < 2) {
            throw new FitException(what + " needs at least 2 points");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new FitException(what + ": point " + i + " is not finite (" + x[i] + ", " + y[i] + ")");
            }
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new FitException(what + ": x is not increasing at point " + i);
            }
        }
        return this;
    }

    /** Linear interpolation at q; outside the table the end segments' lines are continued. */
    public double interpolateExtrapolate(double q, double shift) {
        int n = x.length;
        int hi;
        if (q <= x[0] + shift) {
            hi = 1;
        } else if (q >= x[n - 1] + shift) {
            hi = n - 1;
        } else {
            int lo = 0;
            hi = n - 1;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (x[mid] + shift <= q) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
        }
        double x0 = x[hi - 1] + shift;
        double x1 = x[hi] + shift;
        double slope = (y[hi] - y[hi - 1]) / (x1 - x0);
        return slope * (q - x0) + y[hi - 1];
    }
}
