package org.parseq.xas.numerics;

/**
 * Zero-phase Butterworth low-pass (§3.12) with scipy's sosfiltfilt conventions: bilinear
 * design with pre-warping, second-order sections, odd-reflection padding and steady-state
 * initial conditions scaled by the first sample of each pass.
 * <p>
 * Written by hand: neither Hipparchus nor JTransforms designs or applies IIR filters. The
 * sections here pair conjugate poles with the double zero at z = −1 and have unit DC gain each;
 * scipy orders and scales its sections differently, which changes only rounding, since the
 * cascade and its steady state are the same transfer function.
 */
public final class ButterworthDenoiser {

    private ButterworthDenoiser() {
    }

    /**
     * @param order filter order N ≥ 1
     * @param wn    cut-off relative to the Nyquist frequency, in (0, 1)
     */
    public static double[] filtfilt(double[] x, int order, double wn) {
        if (order < 1) {
            throw new IllegalArgumentException("denoiseOrder must be ≥ 1, got " + order);
        }
        if (!(wn > 0 && wn < 1)) {
            throw new IllegalArgumentException("denoising cut-off must lie in (0, 1) of the Nyquist frequency, got "
                    + wn + "; lower denoiseFrequency");
        }
        double[][] sos = design(order, wn);
        int nSections = sos.length;
        int zeroEnds = order % 2;
        int padlen = 3 * (2 * nSections + 1 - zeroEnds);
        int n = x.length;
        if (n <= padlen) {
            throw new IllegalArgumentException("denoising needs more than " + padlen + " k points, got " + n);
        }
        double[] ext = new double[n + 2 * padlen];
        for (int i = 0; i < padlen; i++) {
            ext[i] = 2 * x[0] - x[padlen - i];
            ext[padlen + n + i] = 2 * x[n - 1] - x[n - 2 - i];
        }
        System.arraycopy(x, 0, ext, padlen, n);
        double[][] zi = steadyState(sos);
        double[] y = filter(sos, zi, ext, ext[0]);
        reverse(y);
        y = filter(sos, zi, y, y[0]);
        reverse(y);
        double[] out = new double[n];
        System.arraycopy(y, padlen, out, 0, n);
        return out;
    }

    /** Sections {b0, b1, b2, a1, a2} (a0 = 1), each with unit DC gain. */
    static double[][] design(int order, double wn) {
        double warped = 4 * Math.tan(Math.PI * wn / 2);
        int nSections = (order + 1) / 2;
        double[][] sos = new double[nSections][];
        int s = 0;
        for (int m = 0; m < order / 2; m++) {
            double angle = Math.PI * (2 * m - order + 1) / (2.0 * order);
            double pr = -Math.cos(angle) * warped;
            double pi = -Math.sin(angle) * warped;
            // bilinear: z = (4 + p) / (4 − p)
            double nr = 4 + pr;
            double dr = 4 - pr;
            double di = -pi;
            double den = dr * dr + di * di;
            double zr = (nr * dr + pi * di) / den;
            double zim = (pi * dr - nr * di) / den;
            double a1 = -2 * zr;
            double a2 = zr * zr + zim * zim;
            double g = (1 + a1 + a2) / 4;
            sos[s++] = new double[] {g, 2 * g, g, a1, a2};
        }
        if (order % 2 == 1) {
            double pr = -warped;
            double z = (4 + pr) / (4 - pr);
            double g = (1 - z) / 2;
            sos[s] = new double[] {g, g, 0, -z, 0};
        }
        return sos;
    }

    /** Per-section initial states for a unit step, scaled by the DC gain of the preceding sections. */
    private static double[][] steadyState(double[][] sos) {
        double[][] zi = new double[sos.length][2];
        double scale = 1;
        for (int s = 0; s < sos.length; s++) {
            double[] c = sos[s];
            double gain = (c[0] + c[1] + c[2]) / (1 + c[3] + c[4]);
            double z1 = c[2] - c[4] * gain;
            double z0 = c[1] - c[3] * gain + z1;
            zi[s][0] = scale * z0;
            zi[s][1] = scale * z1;
            scale *= gain;
        }
        return zi;
    }

    /** Cascade of direct-form-II-transposed sections starting from zi·x0. */
    private static double[] filter(double[][] sos, double[][] zi, double[] x, double x0) {
        double[] y = x.clone();
        for (int s = 0; s < sos.length; s++) {
            double[] c = sos[s];
            double z0 = zi[s][0] * x0;
            double z1 = zi[s][1] * x0;
            for (int i = 0; i < y.length; i++) {
                double xi = y[i];
                double yi = c[0] * xi + z0;
                z0 = c[1] * xi - c[3] * yi + z1;
                z1 = c[2] * xi - c[4] * yi;
                y[i] = yi;
            }
        }
        return y;
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
