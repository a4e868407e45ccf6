package org.parseq.core.combine;

/**
 * The closed x interval a combination looks at, e.g. the XANES region for PCA. Infinite ends
 * leave that side open.
 */
public record XRange(double min, double max) {

    /** Every point. */
    public static final XRange ALL = new XRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public XRange {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("x range [" + min + ", " + max + "] is not an interval");
        }
    }

    /**
     * Indices of the points inside, in order.
     *
     * @throws IllegalArgumentException if no point lies inside
     */
    public int[] indicesIn(double[] x) {
        int count = 0;
        for (double value : x) {
            if (contains(value)) {
                count++;
            }
        }
        if (count == 0) {
            String span = x.length == 0 ? "no points" : "points from " + x[0] + " to " + x[x.length - 1];
            throw new IllegalArgumentException("the x range [" + min + ", " + max + "] holds no point; x has " + span);
        }
        int[] indices = new int[count];
        int next = 0;
        for (int i = 0; i < x.length; i++) {
            if (contains(x[i])) {
                indices[next++] = i;
            }
        }
        return indices;
    }

    public boolean contains(double x) {
        return x >= min && x <= max;
    }
}
