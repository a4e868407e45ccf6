package org.parseq.core.correct;

/**
 * Deletes spikes between {@code from} and {@code to}: with d2 the index gradient of the index
 * gradient of the node's first curve, over the whole curve, a point inside the range goes when
 * {@code |d2| > cutoff · max |d2|} (the maximum over the points inside). A cutoff outside (0, 1)
 * or a range with no point deletes nothing.
 */
public record DeleteSpikes(double from, double to, double cutoff) implements PointRemoval {

    /** The cutoff the original takes for {@code 'auto'}. */
    public static final double AUTO_CUTOFF = 0.7;

    @Override
    public String kind() {
        return "spikes";
    }

    @Override
    public boolean[] removed(double[] x, double[] firstY) {
        boolean[] removed = new boolean[x.length];
        if (!(cutoff > 0 && cutoff < 1) || firstY.length < 2) {
            return removed;
        }
        double[] d2 = gradient(gradient(firstY));
        double largest = -1;
        for (int i = 0; i < x.length; i++) {
            if (Correction.inside(x[i], from, to)) {
                largest = Math.max(largest, Math.abs(d2[i]));
            }
        }
        if (largest < 0) {
            return removed;
        }
        double threshold = cutoff * largest;
        for (int i = 0; i < x.length; i++) {
            removed[i] = Correction.inside(x[i], from, to) && Math.abs(d2[i]) > threshold;
        }
        return removed;
    }

    /** The index gradient (xas-algorithms.md §0.2.2): one-sided at the ends, central inside, unit spacing. */
    static double[] gradient(double[] y) {
        int n = y.length;
        double[] g = new double[n];
        g[0] = y[1] - y[0];
        g[n - 1] = y[n - 1] - y[n - 2];
        for (int i = 1; i < n - 1; i++) {
            g[i] = (y[i + 1] - y[i - 1]) / 2;
        }
        return g;
    }
}
