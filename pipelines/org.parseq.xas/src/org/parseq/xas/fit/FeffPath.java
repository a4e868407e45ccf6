package org.parseq.xas.fit;

import org.parseq.xas.numerics.CubicSpline;

/**
 * One FEFF scattering path (xas-algorithms.md §9.2): the amplitude
 * {@code A(k) = |feff|·reduction·exp(−2·reff/λ)} and phase {@code φ(k) = 2δ_c + φ_feff} of a
 * {@code feffNNNN.dat} table, as not-a-knot cubic splines in k continued beyond the table.
 * Immutable, shared between fits.
 *
 * @param source the file it was read from, for messages
 * @param reff   half path length (Å)
 */
public record FeffPath(String source, double reff, double[] k, CubicSpline amplitude, CubicSpline phase) {

    /** Builds the splines from the table's columns. */
    public static FeffPath of(String source, double reff, double[] k, double[] realTwoPhc, double[] magFeff,
            double[] phaseFeff, double[] reductionFactor, double[] lambda) {
        int n = k.length;
        double[] a = new double[n];
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = magFeff[i] * reductionFactor[i] * Math.exp(-2 * reff / lambda[i]);
            phi[i] = realTwoPhc[i] + phaseFeff[i];
        }
        return new FeffPath(source, reff, k.clone(), CubicSpline.notAKnot(k, a, 0, n),
                CubicSpline.notAKnot(k, phi, 0, n));
    }
}
