package org.parseq.core.correct;

import java.util.Arrays;

/**
 * Finds suspect points of a measured curve (monochromator glitches, detector dropouts): a point
 * that lies farther from the median of its five-point neighbourhood, taken after removing the
 * neighbourhood's median step (so that a slope does not count), than {@code threshold} times the
 * local noise, the noise being 1.4826 × the median of |y_j − (y_j−1 + y_j+1)/2| over the 21
 * points around it. Medians ignore up to two bad points, so glitches one or two points wide stand
 * out while the points beside them and a steep edge do not; the local noise keeps curved
 * stretches (a white line) from counting as glitches. The first and
 * last two points, which have no centred neighbourhood, are never suspect. Written here because
 * it is a few lines and the libraries at hand offer no outlier test of this kind.
 */
public final class GlitchFinder {

    /** Local noise levels beyond which a point is suspect, by default. */
    public static final double DEFAULT_THRESHOLD = 10;

    private static final int NOISE_HALF_WINDOW = 10;

    private GlitchFinder() {
    }

    /** One flag per point, true where the point is suspect; curves shorter than five points have none. */
    public static boolean[] suspects(double[] y, double threshold) {
        int n = y.length;
        boolean[] suspect = new boolean[n];
        if (n < 5) {
            return suspect;
        }
        double[] roughness = new double[n];
        for (int i = 1; i < n - 1; i++) {
            roughness[i] = Math.abs(y[i] - (y[i - 1] + y[i + 1]) / 2);
        }
        roughness[0] = roughness[1];
        roughness[n - 1] = roughness[n - 2];
        double[] steps = new double[4];
        double[] five = new double[5];
        for (int i = 2; i < n - 2; i++) {
            for (int j = 0; j < 4; j++) {
                steps[j] = y[i - 1 + j] - y[i - 2 + j];
            }
            Arrays.sort(steps);
            double slope = (steps[1] + steps[2]) / 2;
            for (int j = 0; j < 5; j++) {
                five[j] = y[i - 2 + j] - slope * (j - 2);
            }
            Arrays.sort(five);
            double[] around = Arrays.copyOfRange(roughness, Math.max(0, i - NOISE_HALF_WINDOW),
                    Math.min(n, i + NOISE_HALF_WINDOW + 1));
            Arrays.sort(around);
            double noise = 1.4826 * around[around.length / 2];
            suspect[i] = noise > 0 && Math.abs(y[i] - five[2]) > threshold * noise;
        }
        return suspect;
    }
}
