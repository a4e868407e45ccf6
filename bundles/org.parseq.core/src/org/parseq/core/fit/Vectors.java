package org.parseq.core.fit;

/** Small dense vector helpers for the least-squares code (columns stored as {@code [column][row]}). */
final class Vectors {

    private Vectors() {
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** Jᵀf for J given by columns. */
    static double[] transposeTimes(double[][] columns, double[] f) {
        double[] g = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            g[j] = dot(columns[j], f);
        }
        return g;
    }

    /** J·s for J given by rows. */
    static double[] times(double[][] rows, double[] s) {
        double[] out = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = dot(rows[r], s);
        }
        return out;
    }
}
