package org.parseq.core.combine;

import java.util.List;
import java.util.SplittableRandom;

import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * How far S and C can turn within MCR-ALS' rotational ambiguity (xas-algorithms.md §10,
 * MCR-ALS step 3): random N×N matrices T with column sums 1 give the equally good factors
 * {@code S T} and {@code C T⁻ᵀ}; after the constraints, their deviations from S and C below
 * and above give the lower and upper bands. The rotations come from a seeded generator, so a
 * run repeats exactly; the original used numpy's generator, whose numbers differ.
 *
 * @param spectraLower        S minus the RMS of negative deviations, [point][component − 1]
 * @param spectraUpper        S plus the RMS of positive deviations
 * @param concentrationsLower C minus the RMS of negative deviations, [item][component − 1]
 * @param concentrationsUpper C plus the RMS of positive deviations
 */
public record McrErrorBands(double[][] spectraLower, double[][] spectraUpper, double[][] concentrationsLower,
        double[][] concentrationsUpper) {

    public static McrErrorBands of(McrResult result, List<McrComponent> components, McrSettings settings) {
        if (components.size() != result.components()) {
            throw new IllegalArgumentException("MCR-ALS error bands: " + components.size()
                    + " component settings for a decomposition into " + result.components());
        }
        double[][] s = result.spectraMatrix().getData();
        double[][] c = result.concentrationMatrix().getData();
        Deviations spectra = new Deviations(s);
        Deviations concentrations = new Deviations(c);
        SplittableRandom random = new SplittableRandom(settings.seed());
        int n = result.components();
        int samples = 0;
        while (samples < settings.bandSamples()) {
            RealMatrix rotation = randomColumnStochastic(random, n);
            LUDecomposition lu = new LUDecomposition(rotation);
            if (!lu.getSolver().isNonSingular()) {
                // A singular draw has probability zero in exact arithmetic; draw again.
                continue;
            }
            samples++;
            double[][] rotatedC = result.concentrationMatrix()
                    .multiplyTransposed(lu.getSolver().getInverse()).getData();
            int[] order = McrConstraints.constrainConcentrations(rotatedC, components);
            double[][] rotatedS = result.spectraMatrix().multiply(rotation).getData();
            McrConstraints.permuteColumns(rotatedS, order);
            McrConstraints.constrainSpectra(rotatedS, components);
            spectra.add(rotatedS);
            concentrations.add(rotatedC);
        }
        return new McrErrorBands(spectra.lower(settings.bandSamples()), spectra.upper(settings.bandSamples()),
                concentrations.lower(settings.bandSamples()), concentrations.upper(settings.bandSamples()));
    }

    private static RealMatrix randomColumnStochastic(SplittableRandom random, int n) {
        double[][] t = new double[n][n];
        for (double[] row : t) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextDouble();
            }
        }
        for (int j = 0; j < n; j++) {
            double sum = 0;
            for (double[] row : t) {
                sum += row[j];
            }
            for (double[] row : t) {
                row[j] /= sum;
            }
        }
        return MatrixUtils.createRealMatrix(t);
    }

    /** Sums of squared deviations from a centre, below and above it separately. */
    private static final class Deviations {
        private final double[][] centre;
        private final double[][] below;
        private final double[][] above;

        Deviations(double[][] centre) {
            this.centre = centre;
            this.below = new double[centre.length][centre[0].length];
            this.above = new double[centre.length][centre[0].length];
        }

        void add(double[][] sample) {
            for (int i = 0; i < centre.length; i++) {
                for (int j = 0; j < centre[i].length; j++) {
                    double deviation = sample[i][j] - centre[i][j];
                    if (deviation < 0) {
                        below[i][j] += deviation * deviation;
                    } else {
                        above[i][j] += deviation * deviation;
                    }
                }
            }
        }

        double[][] lower(int samples) {
            return band(below, samples, -1);
        }

        double[][] upper(int samples) {
            return band(above, samples, 1);
        }

        private double[][] band(double[][] squares, int samples, int side) {
            double[][] band = new double[centre.length][centre[0].length];
            for (int i = 0; i < centre.length; i++) {
                for (int j = 0; j < centre[i].length; j++) {
                    band[i][j] = centre[i][j] + side * Math.sqrt(squares[i][j] / samples);
                }
            }
            return band;
        }
    }
}
