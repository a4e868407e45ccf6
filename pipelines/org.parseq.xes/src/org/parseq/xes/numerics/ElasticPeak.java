package org.parseq.xes.numerics;

/**
 * The θ of an elastic peak: a parabola fitted to the points around the maximum, its vertex.
 * The window is the maximum ± halfWidth points, cut at the start and, as in the original,
 * always one point short of the end (numpy's {@code slice(i−pw, min(i+pw+1, n−1))}).
 */
public final class ElasticPeak {

    private ElasticPeak() {
    }

    /**
     * @param theta     abscissa
     * @param xes       the spectrum
     * @param halfWidth points on each side of the maximum
     * @throws IllegalArgumentException when the window holds fewer than 3 points or the
     *                                  parabola opens upwards (no maximum)
     */
    public static double vertex(double[] theta, double[] xes, int halfWidth) {
        if (theta.length != xes.length) {
            throw new IllegalArgumentException("θ has " + theta.length + " points but XES " + xes.length);
        }
        if (xes.length == 0) {
            throw new IllegalArgumentException("the spectrum is empty");
        }
        int peak = 0;
        for (int i = 1; i < xes.length; i++) {
            if (xes[i] > xes[peak]) {
                peak = i;
            }
        }
        int from = Math.max(peak - halfWidth, 0);
        int to = Math.min(peak + halfWidth + 1, theta.length - 1);
        if (to - from < 3) {
            throw new IllegalArgumentException("the peak at point " + peak + " of " + xes.length
                    + " leaves " + Math.max(to - from, 0) + " points for the parabola (half width " + halfWidth
                    + "); it needs 3");
        }
        double[] x = java.util.Arrays.copyOfRange(theta, from, to);
        double[] y = java.util.Arrays.copyOfRange(xes, from, to);
        PolynomialFit.Centred parabola = PolynomialFit.fitCentred(x, y, 2);
        double a = parabola.coefficients()[0];
        double b = parabola.coefficients()[1];
        if (!(a < 0)) {
            throw new IllegalArgumentException("the parabola through points " + from + ".." + (to - 1)
                    + " around the maximum has no maximum (curvature " + a + ")");
        }
        return parabola.centre() - b / (2 * a);
    }
}
