package org.parseq.xas.numerics;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebinning of the energy axis (§3.3) into four regions: pre-edge and edge bins of fixed
 * energy width, post-edge bins up to the EXAFS start, and EXAFS bins equidistant in k.
 */
public final class Rebinner {

    /** Rebinned arrays and the original's reports. eref is null when absent. */
    public record Result(double[] e, double[] mu, double[] eref, int[] nbinOriginal, int[] nbinNew,
            int[][] binDistrNew) {
    }

    private Rebinner() {
    }

    public static Result rebin(double[] e, double[] mu, double[] eref, double e0, MakeChiParams.RebinRegions regions) {
        if (regions == null || regions.deltas == null || regions.splitters == null
                || regions.deltas.length != 4 || regions.splitters.length != 4) {
            throw new IllegalArgumentException("rebinRegions needs 4 deltas and 4 splitters");
        }
        int n = e.length;
        double[] d = regions.deltas;
        double[] s = regions.splitters;
        double c = ArrayMath.C;
        double[] pre = ArrayMath.seq(e[0], e0 + s[0], d[0]);
        double e1 = e0 + s[0];
        double[] edge = ArrayMath.seq(e1, e0 + s[1], d[1]);
        double e2 = e0 + s[1];
        double kmin = s[2];
        double ekmin = e0 + kmin * kmin / c;
        double[] post;
        if (e2 < ekmin) {
            post = ArrayMath.seq(e2, ekmin, d[2]);
        } else {
            post = new double[0];
            ekmin = e2;
            kmin = Math.sqrt(Math.abs(ekmin - e0) * c);
        }
        double kmaxD = Math.sqrt(Math.abs(e[n - 1] - e0) * c);
        double kmax = Double.isInfinite(s[3]) ? kmaxD : Math.min(s[3], kmaxD);
        double[] kb = ArrayMath.seq(kmin, kmax, d[3]);
        int nEdges = pre.length + edge.length + post.length + kb.length;
        if (nEdges < 2) {
            throw new IllegalArgumentException("rebinning produced fewer than 2 bin edges");
        }
        double[] edges = new double[nEdges];
        int[] regionStart = new int[5];
        int p = 0;
        regionStart[0] = p;
        System.arraycopy(pre, 0, edges, p, pre.length);
        p += pre.length;
        regionStart[1] = p;
        System.arraycopy(edge, 0, edges, p, edge.length);
        p += edge.length;
        regionStart[2] = p;
        System.arraycopy(post, 0, edges, p, post.length);
        p += post.length;
        regionStart[3] = p;
        for (double k : kb) {
            edges[p++] = e0 + k * k / c;
        }
        regionStart[4] = p;
        for (int i = 1; i < nEdges; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("rebinning bin edges are not increasing at " + edges[i]
                        + " eV; check rebinRegions");
            }
        }
        int nb = nEdges - 1;
        int[] idx = edgeIndices(e, edges);
        double[] sumE = binSums(e, idx);
        double[] sumMu = binSums(mu, idx);
        double[] sumRef = eref == null ? null : binSums(eref, idx);
        int kept = 0;
        for (int j = 0; j < nb; j++) {
            if (idx[j + 1] > idx[j]) {
                kept++;
            }
        }
        double[] ne = new double[kept];
        double[] nmu = new double[kept];
        double[] nref = eref == null ? null : new double[kept];
        int q = 0;
        for (int j = 0; j < nb; j++) {
            int count = idx[j + 1] - idx[j];
            if (count > 0) {
                ne[q] = sumE[j] / count;
                nmu[q] = sumMu[j] / count;
                if (nref != null) {
                    nref[q] = sumRef[j] / count;
                }
                q++;
            }
        }
        double[] borders = {e[0], e1, e2, ekmin, edges[nEdges - 1]};
        int[] nbinOriginal = histogramCounts(e, borders);
        int[] nbinNew = histogramCounts(ne, borders);
        int[][] binDistrNew = binDistribution(idx, regionStart, nb);
        return new Result(ne, nmu, nref, nbinOriginal, nbinNew, binDistrNew);
    }

    /**
     * For each region the [min, max] number of original points per bin; a bin belongs to the
     * region of its left edge. Regions without bins are left out.
     */
    private static int[][] binDistribution(int[] idx, int[] regionStart, int nb) {
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            int lo = regionStart[r];
            int hi = Math.min(regionStart[r + 1], nb);
            if (hi <= lo) {
                continue;
            }
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int j = lo; j < hi; j++) {
                int count = idx[j + 1] - idx[j];
                min = Math.min(min, count);
                max = Math.max(max, count);
            }
            out.add(new int[] {min, max});
        }
        return out.toArray(new int[0][]);
    }

    /** numpy histogram positions: left search for all edges but the last, right search for the last. */
    private static int[] edgeIndices(double[] sorted, double[] edges) {
        int m = edges.length;
        int[] idx = new int[m];
        for (int j = 0; j < m - 1; j++) {
            idx[j] = searchLeft(sorted, edges[j]);
        }
        idx[m - 1] = searchRight(sorted, edges[m - 1]);
        return idx;
    }

    /** Bin sums as differences of the cumulative sum, like numpy's weighted histogram. */
    private static double[] binSums(double[] w, int[] idx) {
        int n = w.length;
        double[] cw = new double[n + 1];
        for (int i = 0; i < n; i++) {
            cw[i + 1] = cw[i] + w[i];
        }
        double[] out = new double[idx.length - 1];
        for (int j = 0; j < out.length; j++) {
            out[j] = cw[idx[j + 1]] - cw[idx[j]];
        }
        return out;
    }

    static int[] histogramCounts(double[] sorted, double[] edges) {
        int[] idx = edgeIndices(sorted, edges);
        int[] out = new int[edges.length - 1];
        for (int j = 0; j < out.length; j++) {
            out[j] = idx[j + 1] - idx[j];
        }
        return out;
    }

    private static int searchLeft(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int searchRight(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
