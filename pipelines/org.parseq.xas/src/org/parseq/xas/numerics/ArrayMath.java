package org.parseq.xas.numerics;

/**
 * Elementary array operations whose exact semantics (end handling, rounding order) must
 * follow the original's numpy calls (xas-algorithms.md §0.2, items 1-4). Written by hand:
 * no library offers numpy's arange rounding rule, the index gradient or this moving average.
 */
public final class ArrayMath {

    /** The k constant 2m/ħ² in Å⁻² eV⁻¹; the exact literal of the original (§0.1). */
    public static final double C = 0.2624682843;

    private ArrayMath() {
    }

    /**
     * Evenly spaced sequence like numpy's arange: the step actually used is
     * {@code (start + step) - start}, which decides the last bits of every k grid.
     */
    public static double[] seq(double start, double stop, double step) {
        if (!(step != 0) || !Double.isFinite(start) || !Double.isFinite(stop) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("seq needs finite start, stop and a non-zero step");
        }
        double count = Math.ceil((stop - start) / step);
        int n = count > 0 ? (int) count : 0;
        double delta = (start + step) - start;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = start + i * delta;
        }
        return out;
    }

    /** numpy.linspace(start, stop, num) with the last value forced to {@code stop}. */
    public static double[] linspace(double start, double stop, int num) {
        double[] out = new double[num];
        if (num == 1) {
            out[0] = start;
            return out;
        }
        double step = (stop - start) / (num - 1);
        for (int i = 0; i < num; i++) {
            out[i] = i * step + start;
        }
        out[num - 1] = stop;
        return out;
    }

    /** Index-based gradient (unit spacing): one-sided at the ends, central inside. */
    public static void indexGradient(double[] y, int n, double[] out) {
        if (n < 2) {
            throw new IllegalArgumentException("gradient needs at least 2 points");
        }
        out[0] = y[1] - y[0];
        out[n - 1] = y[n - 1] - y[n - 2];
        for (int i = 1; i < n - 1; i++) {
            out[i] = (y[i + 1] - y[i - 1]) / 2;
        }
    }

    /**
     * In-place moving average over 2m+1 samples for indices m..n-m-1 of {@code y[from..from+n)};
     * the first and last m samples stay. Uses cumulative-sum differences like the original.
     * {@code work} needs n+1 elements.
     */
    public static void movingAverage(double[] y, int from, int n, int m, double[] work) {
        int width = 2 * m + 1;
        if (m < 1 || n < width) {
            return;
        }
        work[0] = 0;
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += y[from + i];
            work[i + 1] = s;
        }
        for (int i = m; i < n - m; i++) {
            y[from + i] = (work[i + m + 1] - work[i - m]) / width;
        }
    }

    /**
     * Linear interpolation of (x, y) at xq; x increasing. Outside the table the end values are
     * continued (numpy.interp).
     */
    public static double interp(double xq, double[] x, double[] y, int n) {
        if (xq <= x[0]) {
            return y[0];
        }
        if (xq >= x[n - 1]) {
            return y[n - 1];
        }
        int hi = upperIndex(x, n, xq);
        int lo = hi - 1;
        double slope = (y[hi] - y[lo]) / (x[hi] - x[lo]);
        return slope * (xq - x[lo]) + y[lo];
    }

    /**
     * Linear interpolation at increasing query points (one merge pass instead of a search per point).
     * Outside the table the end values are continued.
     */
    public static void interpSorted(double[] xq, int nq, double[] x, double[] y, int n, double[] out) {
        int j = 1;
        for (int i = 0; i < nq; i++) {
            double q = xq[i];
            if (q <= x[0]) {
                out[i] = y[0];
            } else if (q >= x[n - 1]) {
                out[i] = y[n - 1];
            } else {
                while (x[j] <= q) {
                    j++;
                }
                double slope = (y[j] - y[j - 1]) / (x[j] - x[j - 1]);
                out[i] = slope * (q - x[j - 1]) + y[j - 1];
            }
        }
    }

    /** Smallest index i with x[i] > q, for q inside (x[0], x[n-1]). */
    static int upperIndex(double[] x, int n, double q) {
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= q) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** Trapezoid mean ∫y dx / ∫dx over the first n points. */
    public static double trapezoidMean(double[] y, double[] x, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("trapezoid mean needs at least 2 points");
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < n - 1; i++) {
            double dx = x[i + 1] - x[i];
            num += (y[i] + y[i + 1]) * dx / 2;
            den += dx;
        }
        return num / den;
    }

    /** Throws an IllegalArgumentException when any of the first n values is not finite. */
    public static void requireFinite(double[] a, int n, String name) {
        if (a == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        if (a.length < n) {
            throw new IllegalArgumentException(name + " has " + a.length + " points, " + n + " expected");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(a[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is not finite: " + a[i]);
            }
        }
    }

    /** Throws when x is not strictly increasing. */
    public static void requireIncreasing(double[] x, int n, String name) {
        for (int i = 1; i < n; i++) {
            if (!(x[i] > x[i - 1])) {
                throw new IllegalArgumentException(name + " is not strictly increasing at index " + i
                        + " (" + x[i - 1] + ", " + x[i] + ")");
            }
        }
    }

    /** Throws an ArithmeticException when a computed array holds inf or NaN (the original raises there). */
    public static void checkComputed(double[] a, int n, String name) {
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(a[i])) {
                throw new ArithmeticException("floating-point error: " + name + "[" + i + "] = " + a[i]);
            }
        }
    }
}
