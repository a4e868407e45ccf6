package org.parseq.ui.plot;

/**
 * One line of a plot.
 *
 * @param itemId     the data item it belongs to (clicking it selects the item)
 * @param label      legend text
 * @param colour     {@code #rrggbb}, the item's
 * @param x          abscissa
 * @param y          ordinate, as long as x
 * @param rightAxis  whether it is drawn against the right y axis
 * @param dash       the line style of its array: 0 solid, then dashed, dotted, ... so that the
 *                   arrays of one item (µd, pre-edge, post-edge) differ though they share a colour
 */
public record Curve(String itemId, String label, String colour, double[] x, double[] y, boolean rightAxis,
        int dash) {

    /** A solid curve. */
    public Curve(String itemId, String label, String colour, double[] x, double[] y, boolean rightAxis) {
        this(itemId, label, colour, x, y, rightAxis, 0);
    }
}
