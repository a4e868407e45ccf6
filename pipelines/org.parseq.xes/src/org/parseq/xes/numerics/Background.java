package org.parseq.xes.numerics;

/**
 * Background removal of an XES spectrum, in two steps: the straight line through its first and
 * last points (by index) is subtracted; then, if {@code relativeHeight} > 0, the points lying
 * within relativeHeight·(max − min) above the minimum are taken as background, a straight line
 * is fitted to them against energy (least squares) and subtracted too.
 */
public final class Background {

    private Background() {
    }

    /**
     * @param energy         abscissa of the spectrum
     * @param xes            the spectrum; not modified
     * @param relativeHeight fraction of the peak height that defines background points; 0 for none
     * @return the spectrum minus its background
     */
    public static double[] subtract(double[] energy, double[] xes, double relativeHeight) {
        int n = xes.length;
        if (energy.length != n) {
            throw new IllegalArgumentException("the energy axis has " + energy.length + " points but XES " + n);
        }
        if (n < 2) {
            throw new IllegalArgumentException("background subtraction needs at least 2 points, not " + n);
        }
        double slope = (xes[n - 1] - xes[0]) / (n - 1);
        double intercept = xes[n - 1] - slope * (n - 1);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = xes[i] - (i * slope + intercept);
        }
        if (relativeHeight > 0) {
            subtractBaseline(energy, out, relativeHeight);
        }
        return out;
    }

    private static void subtractBaseline(double[] energy, double[] xes, double relativeHeight) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : xes) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        double threshold = (max - min) * relativeHeight;
        int count = 0;
        for (double value : xes) {
            count += value - min < threshold ? 1 : 0;
        }
        double[] e = new double[count];
        double[] y = new double[count];
        int k = 0;
        for (int i = 0; i < xes.length; i++) {
            if (xes[i] - min < threshold) {
                e[k] = energy[i];
                y[k++] = xes[i];
            }
        }
        if (count < 2) {
            throw new IllegalArgumentException("only " + count + " point(s) lie within " + relativeHeight
                    + " of the peak height above the minimum; the background line needs 2 (raise"
                    + " relativeBackgroundHeight)");
        }
        double[] line = PolynomialFit.fit(e, y, 1);
        for (int i = 0; i < xes.length; i++) {
            xes[i] -= PolynomialFit.evaluate(line, energy[i]);
        }
    }
}
