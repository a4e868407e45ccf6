package org.parseq.core.combine;

/**
 * How long MCR-ALS iterates and how its error bands are sampled.
 *
 * @param maxIterations at most this many alternations
 * @param tolerance     stop when {@code ‖D − SCᵀ‖_F/m} changes by less than this between two iterations
 * @param bandSamples   random rotations for the error bands
 * @param seed          seed of those rotations, so that a run can be repeated. The original drew
 *                      them from numpy's generator, so its bands are matched only statistically
 */
public record McrSettings(int maxIterations, double tolerance, int bandSamples, long seed) {

    /** The original's values: 1000 iterations, 1e-16, 1000 samples; seed 0. */
    public static final McrSettings DEFAULT = new McrSettings(1000, 1e-16, 1000, 0);

    public McrSettings {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("MCR-ALS needs at least one iteration, not " + maxIterations);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("MCR-ALS tolerance must be ≥ 0, not " + tolerance);
        }
        if (bandSamples < 1) {
            throw new IllegalArgumentException("MCR-ALS error bands need at least one sample, not " + bandSamples);
        }
    }

    public McrSettings withMaxIterations(int iterations) {
        return new McrSettings(iterations, tolerance, bandSamples, seed);
    }

    public McrSettings withSeed(long newSeed) {
        return new McrSettings(maxIterations, tolerance, bandSamples, newSeed);
    }
}
