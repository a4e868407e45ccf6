package org.parseq.ui.plot;

import java.text.Format;

/**
 * The axes of a plot as the screen shows them: ranges, the values where ticks are labelled and
 * the format of the labels, so that an export has the same ticks and labels.
 *
 * @param right the right y axis, or null when no curve uses one
 */
public record PlotAxes(Axis x, Axis y, Axis right) {

    /**
     * @param ticks  values of the labelled ticks, within [lower, upper]
     * @param format how tick labels are written
     */
    public record Axis(double lower, double upper, double[] ticks, Format format) {
        String label(double value) {
            return format.format(value);
        }
    }
}
