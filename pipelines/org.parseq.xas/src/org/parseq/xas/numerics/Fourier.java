package org.parseq.xas.numerics;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Real FFT of fixed length 4096 with numpy's rfft/irfft conventions (§0.2-9), on JTransforms.
 * The plan is shared: JTransforms writes its fields only in the constructor, so realForward
 * and realInverse on one instance are safe from several threads.
 */
public final class Fourier {

    /** FFT length used by the original for FT, BFT and the µ0 knot optimisation. */
    public static final int NFFT = 4096;

    private static final DoubleFFT_1D PLAN = new DoubleFFT_1D(NFFT);

    private Fourier() {
    }

    /**
     * X_m = Σ x_j e^{−2πi mj/N} for m = 0..mCount−1 (≤ N/2+1); input zero-padded or truncated to N.
     */
    public static void rfft(double[] x, int n, int mCount, double[] re, double[] im) {
        double[] a = new double[NFFT];
        System.arraycopy(x, 0, a, 0, Math.min(n, NFFT));
        PLAN.realForward(a);
        for (int m = 0; m < mCount; m++) {
            if (m == 0) {
                re[0] = a[0];
                im[0] = 0;
            } else if (m == NFFT / 2) {
                re[m] = a[1];
                im[m] = 0;
            } else {
                re[m] = a[2 * m];
                im[m] = a[2 * m + 1];
            }
        }
    }

    /**
     * Inverse real FFT of length N from X_0..X_{mCount−1} (missing ones 0; imaginary parts of
     * X_0 and X_{N/2} ignored); the first outCount samples go to out.
     */
    public static void irfft(double[] re, double[] im, int mCount, double[] out, int outCount) {
        double[] a = new double[NFFT];
        for (int m = 0; m < Math.min(mCount, NFFT / 2 + 1); m++) {
            if (m == 0) {
                a[0] = re[0];
            } else if (m == NFFT / 2) {
                a[1] = re[m];
            } else {
                a[2 * m] = re[m];
                a[2 * m + 1] = im[m];
            }
        }
        PLAN.realInverse(a, true);
        System.arraycopy(a, 0, out, 0, Math.min(outCount, NFFT));
    }
}
