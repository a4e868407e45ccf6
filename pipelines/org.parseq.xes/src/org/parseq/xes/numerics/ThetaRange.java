package org.parseq.xes.numerics;

/**
 * The θ interval a user keeps: points with min ≤ θ ≤ max. A range that misses the data
 * (does not reach into [θ₀, θ_last]) leaves the spectrum whole, as in the original.
 */
public final class ThetaRange {

    private ThetaRange() {
    }

    public static Spectrum cut(Spectrum spectrum, double min, double max) {
        double[] theta = spectrum.x();
        if (theta.length == 0 || !(theta[theta.length - 1] > min && theta[0] < max)) {
            return spectrum;
        }
        int kept = 0;
        for (double t : theta) {
            kept += t >= min && t <= max ? 1 : 0;
        }
        double[] x = new double[kept];
        double[] y = new double[kept];
        int k = 0;
        for (int i = 0; i < theta.length; i++) {
            if (theta[i] >= min && theta[i] <= max) {
                x[k] = theta[i];
                y[k++] = spectrum.y()[i];
            }
        }
        return new Spectrum(x, y);
    }
}
