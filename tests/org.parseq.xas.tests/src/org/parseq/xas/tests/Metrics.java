package org.parseq.xas.tests;

/** Error measures used against the reference. */
final class Metrics {

    private Metrics() {
    }

    /** sqrt(Σ(a − b)² / Σ b²). */
    static double relRms(double[] actual, double[] expected) {
        if (actual.length != expected.length) {
            throw new AssertionError("length " + actual.length + " != expected " + expected.length);
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < actual.length; i++) {
            double d = actual[i] - expected[i];
            num += d * d;
            den += expected[i] * expected[i];
        }
        return Math.sqrt(num / den);
    }

    static double maxAbsDiff(double[] a, double[] b) {
        if (a.length != b.length) {
            return Double.POSITIVE_INFINITY;
        }
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    static double[] abs(double[] re, double[] im) {
        double[] out = new double[re.length];
        for (int i = 0; i < re.length; i++) {
            out[i] = Math.hypot(re[i], im[i]);
        }
        return out;
    }
}
