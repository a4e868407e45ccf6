package org.parseq.core.correct;

/**
 * Scales the points with {@code from < x < to} about the straight line through the first and
 * last of them, so that their highest point (before scaling, measured from the lowest) moves
 * to {@code scale}: {@code y ← (y − line)·(scale − min y)/(max y − min y) + line}. A range with
 * no point or a flat range is left alone.
 */
public record ScaleRegion(double from, double to, double scale) implements ValueCorrection {

    @Override
    public String kind() {
        return "scale";
    }

    @Override
    public double[] corrected(double[] x, double[] y) {
        int first = -1;
        int last = -1;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (Correction.inside(x[i], from, to)) {
                first = first < 0 ? i : first;
                last = i;
                min = Math.min(min, y[i]);
                max = Math.max(max, y[i]);
            }
        }
        if (first < 0 || max - min == 0) {
            return y;
        }
        double factor = (scale - min) / (max - min);
        double slope = (y[last] - y[first]) / (x[last] - x[first]);
        double[] result = y.clone();
        for (int i = first; i <= last; i++) {
            if (Correction.inside(x[i], from, to)) {
                double line = slope * (x[i] - x[first]) + y[first];
                result[i] = (y[i] - line) * factor + line;
            }
        }
        return result;
    }
}
