package org.parseq.xes.numerics;

/**
 * XES↓ with fractional pixels: the band crosses pixel columns at a slant, so a pixel is partly
 * inside it. The image is sheared so that the band becomes vertical (each row shifted along
 * the pixels by (θ_row − θ_mid)/slope), resampled to as many θ rows as it has pixels, sheared
 * back, masked on that dense θ grid and summed per column; the column sums are then scaled to
 * the counts of the whole-pixel band, so that only their distribution changes.
 * <p>
 * Written by hand because it is a few lines of bilinear resampling with the original's exact
 * edge rules (edge values repeated when shearing, mirrored rows when resampling), which no
 * library here reproduces. Unlike the original we do not smooth first when a scan has more θ
 * points than pixels (it would apply a Gaussian anti-aliasing filter there).
 */
public final class FractionalBand {

    private FractionalBand() {
    }

    /**
     * @param image      rows (θ points) × pixels, at least 2 rows with different first and last θ
     * @param theta      θ of each row
     * @param band       the band
     * @param bandCounts the counts of the whole-pixel band, to which the result is scaled
     * @return XES↓ per pixel column, before the cut to complete columns
     */
    public static double[] columnSums(double[][] image, double[] theta, BandLine band, double bandCounts) {
        ScanShape.requireThetaPerRow(image, theta);
        int rows = image.length;
        int n = image[0].length;
        double thetaFirst = theta[0];
        double thetaLast = theta[rows - 1];
        double thetaMid = (thetaFirst + thetaLast) * 0.5;
        double[][] sheared = new double[rows][];
        double rowStep = (thetaLast - thetaFirst) / (rows - 1);
        double rowOffset = thetaLast - rowStep * (rows - 1);
        for (int r = 0; r < rows; r++) {
            double shift = (rowStep * r + rowOffset - thetaMid) / band.slope();
            sheared[r] = shiftedRow(image[r], shift);
        }

        double zoom = (double) rows / n;
        double denseStep = (thetaLast - thetaFirst) / (n - 1);
        double denseOffset = thetaLast - denseStep * (n - 1);
        double half = band.width() / 2;
        double[] centres = new double[n];
        for (int c = 0; c < n; c++) {
            centres[c] = band.slope() * c + band.offset();
        }
        double[] sums = new double[n];
        double[] dense = new double[n];
        for (int row = 0; row < n; row++) {
            resampledRow(sheared, mirrored((row + 0.5) * zoom - 0.5, rows), dense);
            double shiftBack = -((denseStep * row + denseOffset - thetaMid) / band.slope());
            double[] back = shiftedRow(dense, shiftBack);
            double denseTheta = row == n - 1 ? thetaLast : row * denseStep + thetaFirst;
            for (int c = 0; c < n; c++) {
                if (!(denseTheta > centres[c] + half) && !(denseTheta < centres[c] - half)) {
                    sums[c] += back[c];
                }
            }
        }
        double total = 0;
        for (double sum : sums) {
            total += sum;
        }
        if (total > 0) {
            double scale = bandCounts / total;
            for (int c = 0; c < n; c++) {
                sums[c] *= scale;
            }
        }
        return sums;
    }

    /** out[c] = row at c + shift, linearly interpolated, the edge values repeated beyond the row. */
    private static double[] shiftedRow(double[] row, double shift) {
        int n = row.length;
        double[] out = new double[n];
        for (int c = 0; c < n; c++) {
            double x = c + shift;
            if (x <= 0) {
                out[c] = row[0];
            } else if (x >= n - 1) {
                out[c] = row[n - 1];
            } else {
                int left = (int) x;
                double t = x - left;
                out[c] = row[left] * (1 - t) + row[left + 1] * t;
            }
        }
        return out;
    }

    /** A row coordinate reflected about the first and last row centres. */
    private static double mirrored(double x, int rows) {
        if (rows == 1) {
            return 0;
        }
        double y = x < 0 ? -x : x;
        return y > rows - 1 ? 2.0 * (rows - 1) - y : y;
    }

    private static void resampledRow(double[][] image, double rowCoordinate, double[] out) {
        int top = (int) Math.floor(rowCoordinate);
        double t = rowCoordinate - top;
        double[] a = image[top];
        double[] b = image[Math.min(top + 1, image.length - 1)];
        for (int c = 0; c < out.length; c++) {
            out[c] = a[c] * (1 - t) + b[c] * t;
        }
    }
}
