package org.parseq.ui.plot;

/**
 * One axis of an image view: what the rows or columns mean and the values at the first and last
 * of them (their indices where the node names no axis array). No SWT here.
 *
 * @param label label with unit, e.g. {@code θ (deg)}, or {@code pixel}
 * @param first value at the first row or column
 * @param last  value at the last row or column
 */
public record ImageAxis(String label, double first, double last) {

    /** The value at a fractional index between 0 and count - 1. */
    public double at(double index, int count) {
        return count < 2 ? first : first + (last - first) * index / (count - 1);
    }

    /** An axis of plain indices. */
    public static ImageAxis indices(String label, int count) {
        return new ImageAxis(label, 0, count - 1);
    }
}
