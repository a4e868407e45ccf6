package org.parseq.xas.numerics;

/** Entry transforms to muraw (§2): transmission, partial fluorescence yield, total electron yield. */
public final class EntryTransforms {

    private EntryTransforms() {
    }

    /**
     * "make tr mu": muraw = ln(P(i0) / P(itr)), P replacing values ≤ 0 by 1; ln as the
     * original's reference platform takes it ({@link VectorLog}).
     */
    public static double[] transmission(double[] i0, double[] itr) {
        int n = checkPair(i0, itr, "i0", "itr");
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = VectorLog.log(positive(i0[i]) / positive(itr[i]));
        }
        return mu;
    }

    /** "make PFY mu": muraw = P(ify) / P(i0) · max(P(i0)). */
    public static double[] partialFluorescenceYield(double[] i0, double[] ify) {
        return normalisedYield(i0, ify, "ify");
    }

    /** "make TEY mu": muraw = P(iey) / P(i0) · max(P(i0)). */
    public static double[] totalElectronYield(double[] i0, double[] iey) {
        return normalisedYield(i0, iey, "iey");
    }

    private static double[] normalisedYield(double[] i0, double[] signal, String name) {
        int n = checkPair(i0, signal, "i0", name);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, positive(i0[i]));
        }
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = positive(signal[i]) / positive(i0[i]) * max;
        }
        return mu;
    }

    private static double positive(double v) {
        return v <= 0 ? 1 : v;
    }

    private static int checkPair(double[] a, double[] b, String na, String nb) {
        if (a == null || b == null) {
            throw new IllegalArgumentException((a == null ? na : nb) + " is missing");
        }
        if (a.length != b.length) {
            throw new IllegalArgumentException(na + " and " + nb + " differ in length: " + a.length + " vs " + b.length);
        }
        if (a.length == 0) {
            throw new IllegalArgumentException(na + " is empty");
        }
        ArrayMath.requireFinite(a, a.length, na);
        ArrayMath.requireFinite(b, b.length, nb);
        return a.length;
    }
}
