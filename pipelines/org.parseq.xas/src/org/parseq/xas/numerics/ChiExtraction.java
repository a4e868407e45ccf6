package org.parseq.xas.numerics;

/** χ(k)·k^kw on a k grid from µ, µ0 and the pre-edge line (§3.11). */
final class ChiExtraction {

    private ChiExtraction() {
    }

    static double[] chi(double[] e, double[] mu, double[] mu0, double[] pre, double e0, double[] k, int kw) {
        int n = e.length;
        int first = 0;
        while (first < n && !(e[first] >= e0)) {
            first++;
        }
        int m = n - first;
        if (m < 1) {
            throw new IllegalArgumentException("no energy point at or above E0 = " + e0);
        }
        double[] ke = new double[m];
        double[] chie = new double[m];
        double c = ArrayMath.C;
        for (int i = 0; i < m; i++) {
            int j = first + i;
            ke[i] = Math.sqrt((e[j] - e0) * c);
            chie[i] = (mu[j] - mu0[j]) / (mu0[j] - pre[j]);
        }
        ArrayMath.checkComputed(chie, m, "chi(E)");
        double[] out = new double[k.length];
        ArrayMath.interpSorted(k, k.length, ke, chie, m, out);
        for (int i = 0; i < k.length; i++) {
            out[i] *= PowerLawFit.intPower(k[i], kw);
        }
        return out;
    }
}
