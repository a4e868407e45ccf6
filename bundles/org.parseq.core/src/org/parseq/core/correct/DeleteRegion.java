package org.parseq.core.correct;

/** Deletes the points with {@code from < x < to}. */
public record DeleteRegion(double from, double to) implements PointRemoval {

    @Override
    public String kind() {
        return "delete";
    }

    @Override
    public boolean[] removed(double[] x, double[] firstY) {
        boolean[] removed = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            removed[i] = Correction.inside(x[i], from, to);
        }
        return removed;
    }
}
