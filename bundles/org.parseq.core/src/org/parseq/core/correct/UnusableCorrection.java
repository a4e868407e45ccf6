package org.parseq.core.correct;

/**
 * A correction whose settings cannot be read. It stays in the item's list, so that the item's
 * data at the node fail with the reason instead of silently losing the correction.
 */
public record UnusableCorrection(String kind, String reason) implements ValueCorrection {

    @Override
    public double[] corrected(double[] x, double[] y) {
        throw new IllegalArgumentException(reason);
    }
}
