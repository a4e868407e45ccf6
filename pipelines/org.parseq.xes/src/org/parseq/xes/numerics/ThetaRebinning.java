package org.parseq.xes.numerics;

/**
 * Rebinning of XES↓: a band over many pixels gives more points than the θ resolution
 * supports, so the points are averaged (θ and XES alike) in {@code binN − 1} equal bins that
 * span the θ range with half a bin to spare at both ends; empty bins are dropped.
 * <p>
 * Bins follow numpy's histogram: [edgeᵢ, edgeᵢ₊₁), the last bin closed. Unlike the original,
 * which falls back to the unbanded spectra when θ↓ decreases (a band of negative slope), the
 * bins here are laid over the θ values in increasing order either way.
 */
public final class ThetaRebinning {

    private ThetaRebinning() {
    }

    /**
     * @param theta θ↓, monotonic
     * @param xes   XES↓
     * @param binN  number of bin edges, at least 2
     */
    public static Spectrum rebin(double[] theta, double[] xes, int binN) {
        if (binN < 2) {
            throw new IllegalArgumentException("rebinning needs at least 2 bin edges (binN), not " + binN);
        }
        if (theta.length != xes.length) {
            throw new IllegalArgumentException("θ↓ has " + theta.length + " points but XES↓ " + xes.length);
        }
        if (theta.length == 0) {
            throw new IllegalArgumentException("XES↓ is empty: nothing to rebin");
        }
        double low = Math.min(theta[0], theta[theta.length - 1]);
        double high = Math.max(theta[0], theta[theta.length - 1]);
        double[] edges = edges(low, high, binN);
        int bins = binN - 1;
        int[] counts = new int[bins];
        double[] thetaSums = new double[bins];
        double[] xesSums = new double[bins];
        for (int i = 0; i < theta.length; i++) {
            int bin = bin(edges, theta[i]);
            if (bin >= 0) {
                counts[bin]++;
                thetaSums[bin] += theta[i];
                xesSums[bin] += xes[i];
            }
        }
        int filled = 0;
        for (int count : counts) {
            filled += count > 0 ? 1 : 0;
        }
        double[] binTheta = new double[filled];
        double[] binXes = new double[filled];
        int k = 0;
        for (int b = 0; b < bins; b++) {
            if (counts[b] > 0) {
                binTheta[k] = thetaSums[b] / counts[b];
                binXes[k++] = xesSums[b] / counts[b];
            }
        }
        return new Spectrum(binTheta, binXes);
    }

    /** binN edges from low − d/2 to high + d/2, d = (high − low)/binN, as numpy's linspace makes them. */
    static double[] edges(double low, double high, int binN) {
        double d = (high - low) / binN;
        double start = low - d * 0.5;
        double stop = high + d * 0.5;
        double step = (stop - start) / (binN - 1);
        double[] edges = new double[binN];
        for (int i = 0; i < binN; i++) {
            edges[i] = i * step + start;
        }
        edges[binN - 1] = stop;
        return edges;
    }

    /** The bin of a value, or −1 outside the edges. */
    private static int bin(double[] edges, double value) {
        int last = edges.length - 1;
        if (!(value >= edges[0]) || value > edges[last]) {
            return -1;
        }
        if (value == edges[last]) {
            return last - 1;
        }
        int lo = 0;
        int hi = last;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (value >= edges[mid]) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
