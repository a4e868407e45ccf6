package org.parseq.xes.numerics;

/**
 * The first steps of "mask and get XES band": pixels above a cut-off (hot or flagged pixels,
 * e.g. 2³²−1 of a uint32 detector) become 0, then every θ row is scaled by max(I0)/I0 so that
 * the rows are comparable as if measured with the strongest incident flux.
 */
public final class ImageCorrection {

    private ImageCorrection() {
    }

    /**
     * @param raw          rows (θ points) × columns (pixels); not modified
     * @param i0           incident intensity per row
     * @param cutoffNeeded whether to apply the cut-off
     * @param cutoff       pixels strictly above it become 0
     * @throws IllegalArgumentException when the shapes disagree or I0 is not positive
     */
    public static CorrectedImage correct(double[][] raw, double[] i0, boolean cutoffNeeded, double cutoff) {
        ScanShape.requireRectangular(raw, "the image");
        double[][] image = new double[raw.length][];
        for (int r = 0; r < raw.length; r++) {
            image[r] = raw[r].clone();
        }
        return new CorrectedImage(image, correctInPlace(image, i0, cutoffNeeded, cutoff));
    }

    /**
     * The same on an image the caller owns, which it overwrites (saves a copy of a large image).
     *
     * @return the largest pixel left after the cut-off, NaN without cut-off
     */
    public static double correctInPlace(double[][] image, double[] i0, boolean cutoffNeeded, double cutoff) {
        int rows = ScanShape.requireRectangular(image, "the image");
        if (i0.length != rows) {
            throw new IllegalArgumentException("I0 has " + i0.length + " points but the image has " + rows
                    + " rows (θ points)");
        }
        double i0Max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < rows; r++) {
            if (!(i0[r] > 0) || !Double.isFinite(i0[r])) {
                throw new IllegalArgumentException("I0 is " + i0[r] + " at θ point " + r
                        + "; the normalisation needs positive values");
            }
            i0Max = Math.max(i0Max, i0[r]);
        }
        double maxBelow = Double.NEGATIVE_INFINITY;
        if (cutoffNeeded) {
            for (double[] row : image) {
                for (int c = 0; c < row.length; c++) {
                    if (row[c] > cutoff) {
                        row[c] = 0;
                    }
                    if (row[c] > maxBelow) {
                        maxBelow = row[c];
                    }
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            double scale = i0Max / i0[r];
            if (scale != 1) {
                double[] row = image[r];
                for (int c = 0; c < row.length; c++) {
                    row[c] *= scale;
                }
            }
        }
        return cutoffNeeded ? maxBelow : Double.NaN;
    }
}
