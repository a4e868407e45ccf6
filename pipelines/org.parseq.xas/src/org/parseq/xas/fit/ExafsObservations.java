package org.parseq.xas.fit;

import org.parseq.core.fit.FitException;
import org.parseq.xas.numerics.Fourier;

/**
 * What one item contributes to an EXAFS fit (xas-algorithms.md §9.4, §9.6): the observed
 * vector [bft at the fitted k points, Re F, Im F at the fitted r points (r space only)], the
 * σ of each observation for χ², and its number of independent points.
 */
final class ExafsObservations {

    final String alias;
    final int[] kIndices;
    final int[] rIndices;
    final double[] observed;
    final double[] sigma;
    final double independentPoints;
    private final double dkData;

    ExafsObservations(ExafsItem item) {
        alias = item.alias();
        double[] k = item.bftk();
        double[] y = item.bftValues();
        if (k == null || y == null || k.length != y.length || k.length < 2) {
            throw new FitException("item '" + alias + "': the BFT data are missing or too short for an EXAFS fit");
        }
        double kmin = item.kUse() ? item.kRange()[0] : Double.NEGATIVE_INFINITY;
        double kmax = item.kUse() ? item.kRange()[1] : Double.POSITIVE_INFINITY;
        kIndices = select(k, kmin, kmax);
        if (kIndices.length == 0) {
            throw new FitException("item '" + alias + "': no BFT point in the fitted k range [" + kmin + ", " + kmax + "]");
        }
        double deltaK = item.kUse() ? kmax - kmin : k[k.length - 1] - k[0];
        dkData = k[1] - k[0];
        double deltaR;
        double[] re = null;
        double[] im = null;
        if (item.rUse()) {
            double rmin = item.rRange() == null ? Double.NaN : item.rRange()[0];
            double rmax = item.rRange() == null ? Double.NaN : item.rRange()[1];
            if (!(rmin < rmax)) {
                rmin = 0;
                rmax = item.ft().rmax;
            }
            rIndices = rSelection(rmin, rmax);
            if (rIndices.length == 0) {
                throw new FitException("item '" + alias + "': no r point in the fitted r range [" + rmin + ", " + rmax + "]");
            }
            deltaR = rmax - rmin;
            re = new double[Fourier.NFFT / 2 + 1];
            im = new double[Fourier.NFFT / 2 + 1];
            transform(y, re, im);
        } else {
            rIndices = new int[0];
            double[] range = item.bft().bftWindowRange;
            boolean none = "none".equals(item.bft().bftWindowKind) || range == null;
            deltaR = none ? item.ft().rmax : range[1] - range[0];
        }
        independentPoints = 2 * deltaK * deltaR / Math.PI + 2;
        int nk = kIndices.length;
        int nr = rIndices.length;
        observed = new double[nk + 2 * nr];
        sigma = new double[nk + 2 * nr];
        for (int i = 0; i < nk; i++) {
            observed[i] = y[kIndices[i]];
            sigma[i] = Math.pow(k[kIndices[i]], item.kw());
        }
        if (nr > 0) {
            int kw2 = 2 * item.kw() + 1;
            double kLo = k[kIndices[0]];
            double kHi = k[kIndices[nk - 1]];
            double sigmaR = Math.sqrt(dkData * (Math.pow(kHi, kw2) - Math.pow(kLo, kw2)) / (Math.PI * kw2));
            for (int i = 0; i < nr; i++) {
                observed[nk + i] = re[rIndices[i]];
                observed[nk + nr + i] = im[rIndices[i]];
                sigma[nk + i] = sigmaR;
                sigma[nk + nr + i] = sigmaR;
            }
        }
    }

    int size() {
        return observed.length;
    }

    /** The model's observations from the model on the full bftk grid, written at {@code offset}. */
    void modelObservations(double[] model, double[] out, int offset) {
        int nk = kIndices.length;
        for (int i = 0; i < nk; i++) {
            out[offset + i] = model[kIndices[i]];
        }
        int nr = rIndices.length;
        if (nr > 0) {
            double[] re = new double[Fourier.NFFT / 2 + 1];
            double[] im = new double[Fourier.NFFT / 2 + 1];
            transform(model, re, im);
            for (int i = 0; i < nr; i++) {
                out[offset + nk + i] = re[rIndices[i]];
                out[offset + nk + nr + i] = im[rIndices[i]];
            }
        }
    }

    /** rfft(y, 4096)·dk/2, no window and no mean subtraction. */
    private void transform(double[] y, double[] re, double[] im) {
        int m = Fourier.NFFT / 2 + 1;
        Fourier.rfft(y, y.length, m, re, im);
        for (int i = 0; i < m; i++) {
            re[i] *= dkData / 2;
            im[i] *= dkData / 2;
        }
    }

    private int[] rSelection(double rmin, double rmax) {
        double dr = Math.PI / (Fourier.NFFT * dkData);
        int count = 0;
        int[] idx = new int[Fourier.NFFT / 2 + 1];
        for (int m = 0; m <= Fourier.NFFT / 2; m++) {
            double r = m * dr;
            if (r >= rmin && r <= rmax) {
                idx[count++] = m;
            }
        }
        return java.util.Arrays.copyOf(idx, count);
    }

    private static int[] select(double[] k, double kmin, double kmax) {
        int count = 0;
        int[] idx = new int[k.length];
        for (int i = 0; i < k.length; i++) {
            if (k[i] >= kmin && k[i] <= kmax) {
                idx[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(idx, count);
    }
}
