package org.parseq.xes.numerics;

/**
 * A scan image after the cut-off and the I0 normalisation.
 *
 * @param image      rows (θ points) × columns (pixels), a new array
 * @param maxBelow   the largest pixel left after the cut-off (the original's {@code cutoffMaxBelow});
 *                   NaN when no cut-off was asked for
 */
public record CorrectedImage(double[][] image, double maxBelow) {
}
