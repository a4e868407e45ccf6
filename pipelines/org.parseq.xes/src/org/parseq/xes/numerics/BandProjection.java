package org.parseq.xes.numerics;

/**
 * XES← and XES↓ of a scan image. With a band, pixels outside it are set to 0 before summing,
 * which keeps the elastic or emission line and drops scattered background; XES↓ then keeps
 * only the pixel columns whose band lies wholly inside the scanned θ range, as a column cut
 * short by the scan end would show a false dip.
 */
public final class BandProjection {

    private BandProjection() {
    }

    /** Row and column sums of the whole image; XES↓'s θ is the pixel index mapped onto [θ₀, θ_last]. */
    public static BandSpectra plain(double[][] image, double[] theta) {
        ScanShape.requireThetaPerRow(image, theta);
        int rows = image.length;
        int columns = image[0].length;
        double[] xes = new double[rows];
        double[] xesBottom = new double[columns];
        for (int r = 0; r < rows; r++) {
            double[] row = image[r];
            double sum = 0;
            for (int c = 0; c < columns; c++) {
                sum += row[c];
                xesBottom[c] += row[c];
            }
            xes[r] = sum;
        }
        double[] thetaBottom = new double[columns];
        double span = theta[rows - 1] - theta[0];
        for (int c = 0; c < columns; c++) {
            thetaBottom[c] = (double) c / (columns - 1) * span + theta[0];
        }
        return new BandSpectra(xes, thetaBottom, xesBottom);
    }

    /**
     * The spectra of the band: XES← sums the band's pixels of each row; XES↓ sums them per pixel
     * column, either whole pixels or (fractionalPixels) on a dense θ grid made by
     * {@link FractionalBand}.
     *
     * @throws IllegalArgumentException when no pixel column has its band inside the θ range
     */
    public static BandSpectra band(double[][] image, double[] theta, BandLine band, boolean fractionalPixels) {
        ScanShape.requireThetaPerRow(image, theta);
        int rows = image.length;
        int columns = image[0].length;
        double[] centres = new double[columns];
        for (int c = 0; c < columns; c++) {
            centres[c] = band.slope() * c + band.offset();
        }
        double half = band.width() / 2;
        double[] xes = new double[rows];
        double[] columnSums = new double[columns];
        double total = 0;
        for (int r = 0; r < rows; r++) {
            double[] row = image[r];
            double t = theta[r];
            double sum = 0;
            int[] window = candidateColumns(band, t, columns);
            for (int c = window[0]; c <= window[1]; c++) {
                double centre = centres[c];
                if (!(t > centre + half) && !(t < centre - half)) {
                    sum += row[c];
                    columnSums[c] += row[c];
                }
            }
            xes[r] = sum;
            total += sum;
        }
        boolean denseGrid = fractionalPixels && rows > 1 && theta[rows - 1] != theta[0];
        double[] xesBottom = denseGrid ? FractionalBand.columnSums(image, theta, band, total) : columnSums;
        return keepCompleteColumns(xes, centres, xesBottom, band, theta[0], theta[rows - 1]);
    }

    /**
     * The columns where the band may hold θ, with two pixels to spare: the band's centre is
     * monotonic in the pixel, so the pixels of a row that lie in it are one run, and the exact
     * test needs to run only near it (this makes the sums about ten times faster).
     */
    private static int[] candidateColumns(BandLine band, double theta, int columns) {
        if (band.slope() == 0) {
            return new int[] {0, columns - 1};
        }
        double a = (theta - band.width() / 2 - band.offset()) / band.slope();
        double b = (theta + band.width() / 2 - band.offset()) / band.slope();
        double low = Math.floor(Math.min(a, b)) - 2;
        double high = Math.ceil(Math.max(a, b)) + 2;
        if (!(low <= columns - 1) || !(high >= 0)) {
            return new int[] {0, -1};
        }
        return new int[] {(int) Math.max(0, low), (int) Math.min(columns - 1, high)};
    }

    private static BandSpectra keepCompleteColumns(double[] xes, double[] centres, double[] xesBottom, BandLine band,
            double thetaFirst, double thetaLast) {
        double half = band.width() / 2;
        int kept = 0;
        boolean[] complete = new boolean[centres.length];
        for (int c = 0; c < centres.length; c++) {
            complete[c] = centres[c] - half > thetaFirst && centres[c] + half < thetaLast;
            kept += complete[c] ? 1 : 0;
        }
        if (kept == 0) {
            throw new IllegalArgumentException("the band θ = " + band.slope() + "·pixel + " + band.offset()
                    + " (width " + band.width() + "°) lies wholly inside the scanned θ range [" + thetaFirst + ", "
                    + thetaLast + "] at no pixel of the " + centres.length + "-pixel image");
        }
        double[] thetaBottom = new double[kept];
        double[] bottom = new double[kept];
        int k = 0;
        for (int c = 0; c < centres.length; c++) {
            if (complete[c]) {
                thetaBottom[k] = centres[c];
                bottom[k++] = xesBottom[c];
            }
        }
        return new BandSpectra(xes, thetaBottom, bottom);
    }
}
