package org.parseq.xes.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parseq.xes.numerics.Background;
import org.parseq.xes.numerics.BandLine;
import org.parseq.xes.numerics.BandProjection;
import org.parseq.xes.numerics.BandSpectra;
import org.parseq.xes.numerics.ElasticPeak;
import org.parseq.xes.numerics.FractionalBand;
import org.parseq.xes.numerics.Fwhm;
import org.parseq.xes.numerics.NotAKnotSpline;
import org.parseq.xes.numerics.PolynomialFit;
import org.parseq.xes.numerics.Spectrum;
import org.parseq.xes.numerics.ThetaRange;
import org.parseq.xes.numerics.ThetaRebinning;

/** What each numeric step must do on data whose answer is known from the mathematics. */
class NumericsBehaviourTest {

    @Test
    void theSplineReproducesACubicAndFindsItsRoots() {
        // (x − 1)(x − 2.5)(x − 4) on uneven points: a not-a-knot spline is exact for cubics
        double[] x = {0, 0.3, 1.1, 1.7, 2.2, 3.0, 3.4, 4.6, 5};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (x[i] - 1) * (x[i] - 2.5) * (x[i] - 4);
        }
        NotAKnotSpline spline = new NotAKnotSpline(x, y);
        for (double at = 0; at <= 5; at += 0.137) {
            assertEquals((at - 1) * (at - 2.5) * (at - 4), spline.value(at), 1e-12, "at " + at);
        }
        assertEquals(1, spline.firstRoot(), 1e-12);
        assertEquals(4, spline.lastRoot(), 1e-12);
    }

    @Test
    void theWidthOfAGaussianIsItsFwhm() {
        double sigma = 3.2;
        int n = 301;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 19550 + 0.35 * i;
            y[i] = 1000 * Math.exp(-0.5 * Math.pow((x[i] - 19601.3) / sigma, 2));
        }
        // half of the highest sample, not of the true peak, as the original takes it
        double highest = java.util.Arrays.stream(y).max().orElseThrow();
        double expected = 2 * sigma * Math.sqrt(2 * Math.log(1000 / (highest / 2)));
        assertEquals(expected, Fwhm.of(x, y), 1e-4);
        assertEquals(Fwhm.of(x, y), Fwhm.of(reversed(x), reversed(y)), 1e-9, "a falling energy axis");
        // too few points for a spline: the distance between the outermost points above half maximum
        // never crossing half maximum: likewise
        assertEquals(3.0, Fwhm.of(new double[] {0, 1, 2, 3}, new double[] {5, 5, 5, 5}), 0);
        assertEquals(1.0, Fwhm.of(new double[] {0, 1, 2}, new double[] {1, 3, 2}), 0);
        assertEquals(0, Fwhm.of(new double[0], new double[0]));
    }

    @Test
    void theElasticPeakIsTheVertexOfTheParabola() {
        double[] theta = new double[40];
        double[] xes = new double[40];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = -0.2 + 0.01 * i;
            xes[i] = 500 - 3e5 * Math.pow(theta[i] - 0.0123, 2);
        }
        assertEquals(0.0123, ElasticPeak.vertex(theta, xes, 3), 1e-12);
        // a maximum on the last point leaves the window one point short of the end, as the original
        double[] rising = {1, 2, 3, 4, 5};
        assertThrows(IllegalArgumentException.class, () -> ElasticPeak.vertex(new double[] {0, 1, 2, 3, 4}, rising, 1));
    }

    @Test
    void polynomialFitsAreExactOnPolynomialsFarFromZero() {
        double[] x = {19560, 19571, 19583, 19590, 19604, 19620};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = -2e-3 * x[i] * x[i] + 78.1 * x[i] - 4.2e5;
        }
        double[] fit = PolynomialFit.fit(x, y, 2);
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], PolynomialFit.evaluate(fit, x[i]), 1e-9 * Math.abs(y[i]));
        }
        assertThrows(IllegalArgumentException.class, () -> PolynomialFit.fit(new double[] {1, 1, 1},
                new double[] {1, 2, 3}, 2));
    }

    @Test
    void rebinningAveragesThetaAndXesPerBin() {
        double[] theta = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] xes = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        // binN = 4: d = 9/4, edges −1.125, 2.625, 6.375, 10.125
        Spectrum rebinned = ThetaRebinning.rebin(theta, xes, 4);
        assertArrayEquals(new double[] {1, 4.5, 8}, rebinned.x(), 1e-15);
        assertArrayEquals(new double[] {20, 55, 90}, rebinned.y(), 1e-15);
        Spectrum falling = ThetaRebinning.rebin(reversed(theta), reversed(xes), 4);
        assertArrayEquals(rebinned.x(), falling.x(), 1e-15);
        assertArrayEquals(rebinned.y(), falling.y(), 1e-15);
    }

    @Test
    void theThetaRangeIsInclusiveAndIgnoredWhenItMissesTheData() {
        Spectrum spectrum = new Spectrum(new double[] {-0.2, -0.1, 0, 0.1, 0.2}, new double[] {1, 2, 3, 4, 5});
        Spectrum cut = ThetaRange.cut(spectrum, -0.1, 0.1);
        assertArrayEquals(new double[] {2, 3, 4}, cut.y());
        assertArrayEquals(spectrum.y(), ThetaRange.cut(spectrum, 1, 2).y());
    }

    @Test
    void backgroundSubtractionIgnoresAnyStraightBaselineAndKeepsThePeak() {
        int n = 200;
        double[] e = new double[n];
        double[] peak = new double[n];
        double[] measured = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = 19500 + 0.8 * i;
            peak[i] = 800 * Math.exp(-0.5 * Math.pow((e[i] - 19580) / 4, 2)) + 3 * Math.sin(i * 0.7);
            measured[i] = peak[i] + 40 + 0.3 * i;
        }
        double[] fromPeak = Background.subtract(e, peak, 0.1);
        double[] fromMeasured = Background.subtract(e, measured, 0.1);
        assertArrayEquals(fromPeak, fromMeasured, 1e-9, "a straight baseline (in index) is removed whole");
        double[] endsOnly = Background.subtract(e, measured, 0);
        assertEquals(0, endsOnly[0], 1e-12);
        assertEquals(0, endsOnly[n - 1], 1e-12);
        double height = java.util.Arrays.stream(fromMeasured).max().orElseThrow();
        assertEquals(java.util.Arrays.stream(peak).max().orElseThrow(), height, 0.01 * height, "the peak survives");
    }

    @Test
    void theBandKeepsOnlyItsPixelsAndCompleteColumns() {
        double[] theta = {-0.2, -0.1, 0, 0.1, 0.2};
        double[][] image = new double[5][10];
        for (double[] row : image) {
            java.util.Arrays.fill(row, 1);
        }
        // θc = 0.05·pixel − 0.2, 0.12 wide: complete where θc − 0.06 > −0.2 and θc + 0.06 < 0.2, pixels 2..6
        BandLine band = BandLine.through(0, -0.2, 8, 0.2, 0.12);
        BandSpectra spectra = BandProjection.band(image, theta, band, false);
        assertArrayEquals(new double[] {-0.1, -0.05, 0, 0.05, 0.1}, spectra.thetaBottom(), 1e-15);
        assertArrayEquals(new double[] {1, 2, 1, 2, 1}, spectra.xesBottom(), "rows within ±0.06 of each centre");
        assertArrayEquals(new double[] {2, 3, 3, 3, 3}, spectra.xes(), "pixels within ±0.06 of each row's θ");
        assertThrows(IllegalArgumentException.class,
                () -> BandProjection.band(image, theta, BandLine.through(0, 3, 8, 3.4, 0.1), false));
        assertThrows(IllegalArgumentException.class, () -> BandLine.through(5, -0.1, 5, 0.1, 0.1));
    }

    @Test
    void bandSumsEqualThoseOfTheMaskedImageForAnySlope() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        double[] theta = new double[37];
        for (int r = 0; r < theta.length; r++) {
            theta[r] = -0.3 + 0.6 * r / (theta.length - 1);
        }
        double[][] image = new double[theta.length][250];
        for (double[] row : image) {
            for (int c = 0; c < row.length; c++) {
                row[c] = random.nextInt(100);
            }
        }
        for (double slope : new double[] {2.4e-3, -1.7e-3, 5e-2, 1e-7}) {
            BandLine band = new BandLine(slope, -slope * 125 + 0.01, 0.05 + random.nextDouble() * 0.1);
            double[] xes = new double[theta.length];
            double[] columns = new double[250];
            for (int r = 0; r < theta.length; r++) {
                for (int c = 0; c < 250; c++) {
                    if (band.contains(c, theta[r])) {
                        xes[r] += image[r][c];
                        columns[c] += image[r][c];
                    }
                }
            }
            BandSpectra spectra = BandProjection.band(image, theta, band, false);
            assertArrayEquals(xes, spectra.xes(), "slope " + slope);
            int k = 0;
            for (int c = 0; c < 250; c++) {
                double centre = band.centre(c);
                if (centre - band.width() / 2 > theta[0] && centre + band.width() / 2 < theta[theta.length - 1]) {
                    assertEquals(columns[c], spectra.xesBottom()[k++], "slope " + slope + ", pixel " + c);
                }
            }
            assertEquals(k, spectra.xesBottom().length);
        }
    }

    @Test
    void fractionalPixelsKeepTheCountsAndFollowALineAlongTheBand() {
        int rows = 121;
        int pixels = 400;
        double[] theta = new double[rows];
        for (int r = 0; r < rows; r++) {
            theta[r] = -0.3 + 0.6 * r / (rows - 1);
        }
        BandLine band = BandLine.through(50, -0.2, 350, 0.2, 0.06);
        // an elastic line along the band, its brightness rising slowly along it
        double[][] image = new double[rows][pixels];
        double bandCounts = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < pixels; c++) {
                double offCentre = theta[r] - band.centre(c);
                image[r][c] = (100 + 0.2 * c) * Math.exp(-0.5 * Math.pow(offCentre / 0.008, 2));
                bandCounts += band.contains(c, theta[r]) ? image[r][c] : 0;
            }
        }
        double[] sums = FractionalBand.columnSums(image, theta, band, bandCounts);
        assertEquals(bandCounts, java.util.Arrays.stream(sums).sum(), 1e-9 * bandCounts, "counts are kept");
        BandSpectra whole = BandProjection.band(image, theta, band, false);
        BandSpectra fractional = BandProjection.band(image, theta, band, true);
        assertArrayEquals(whole.thetaBottom(), fractional.thetaBottom());
        for (int i = 0; i < whole.xesBottom().length; i++) {
            assertEquals(whole.xesBottom()[i], fractional.xesBottom()[i], 0.01 * whole.xesBottom()[i], "column " + i);
        }
    }

    private static double[] reversed(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[values.length - 1 - i];
        }
        return out;
    }
}
