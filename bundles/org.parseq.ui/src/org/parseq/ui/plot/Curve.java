package org.parseq.ui.plot;

/**
 * One line of a plot.
 *
 * @param itemId     the data item it belongs to (clicking it selects the item)
 * @param label      legend text
 * @param colour     {@code #rrggbb}
 * @param x          abscissa
 * @param y          ordinate, as long as x
 * @param rightAxis  whether it is drawn against the right y axis
 */
public record Curve(String itemId, String label, String colour, double[] x, double[] y, boolean rightAxis) {
}
