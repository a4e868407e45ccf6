package org.parseq.xas.numerics;

/**
 * The natural logarithm as the original's µ = ln(i0/itr) takes it on its reference platform:
 * numpy 1.24 on an AVX-512 processor computes {@code np.log} of float64 arrays with Intel's
 * short-vector log (SVML "la", as shipped with numpy, BSD-3-Clause), not with the C library.
 * That log differs from a correctly rounded one by one unit in the last place in about a third
 * of the CeRu2 points, and those bits decide E0's last bit, which decides whether RU0074's last
 * energy point is de-weighted in the µ0 fit (xas-algorithms.md §12.1): with {@link Math#log}
 * the batch's joint CeRu2 R is 1.1e-3 off the original's, with this one within 1e-7.
 *
 * <p>Written by hand because no library reproduces this vector routine. The algorithm:
 * {@code x = 2^e·m}, m in [1, 2); {@code c = round(32/m)/32}, a reciprocal on a 1/32 grid;
 * {@code r = c·m − 1} (fused); {@code ln x = e·ln 2 − ln c' + P(r)} with {@code c' = c} or
 * {@code 2c} (then e + 1) so that the table index is the top four mantissa bits of c, and P a
 * degree-9 polynomial evaluated in the routine's order with fused multiply-adds. The hardware
 * reciprocal estimate (14 bits) is replaced by the exact quotient; the two round differently
 * only when 32/m lies within 2^-14 of a half-integer, about one argument in 10^5 (compared with
 * numpy 1.24.2 on 700,000 arguments spread over 26 decades: 7 differ, each by one unit in the last place).
 */
public final class VectorLog {

    /** −ln of the table reciprocals: 1 + j/16 for j &lt; 8, 0.75 + (j − 8)/32 after; correctly rounded. */
    private static final double[] MINUS_LN_RECIPROCAL = new double[16];

    static {
        for (int j = 0; j < 8; j++) {
            MINUS_LN_RECIPROCAL[j] = -Math.log(1 + j / 16.0);
            MINUS_LN_RECIPROCAL[8 + j] = -Math.log(0.75 + j / 32.0);
        }
    }

    /** Coefficients of r^9 … r^2 of the routine's minimax polynomial for ln(1 + r) (r^1 is 1). */
    private static final double P9 = 0x1.c81cd309d7c70p-4;
    private static final double P8 = -0x1.007357e93af62p-3;
    private static final double P7 = 0x1.249229cee81efp-3;
    private static final double P6 = -0x1.55553fb28db06p-3;
    private static final double P5 = 0x1.9999999cc9f5cp-3;
    private static final double P4 = -0x1.00000000c05bdp-2;
    private static final double P3 = 0x1.5555555555466p-2;
    private static final double P2 = -0x1.fffffffffffc6p-2;
    private static final double LN2 = 0x1.62e42fefa39efp-1;

    private VectorLog() {
    }

    /** ln x; zero, negative, subnormal and non-finite arguments as {@link Math#log}. */
    public static double log(double x) {
        if (!(x >= Double.MIN_NORMAL) || x == Double.POSITIVE_INFINITY) {
            return Math.log(x);
        }
        int exponent = Math.getExponent(x);
        double m = x * Math.scalb(1.0, -exponent);
        double c = Math.rint(32.0 / m) / 32.0;
        double r = Math.fma(c, m, -1.0);
        double e = c < 0.75 ? exponent + 1.0 : exponent;
        int index = (int) ((Double.doubleToRawLongBits(c) >>> 48) & 15);
        double r2 = r * r;
        double r4 = r2 * r2;
        double high = Math.fma(r2, Math.fma(P9, r, P8), Math.fma(P7, r, P6));
        double low = Math.fma(r2, Math.fma(P5, r, P4), Math.fma(P3, r, P2));
        double p = Math.fma(r2, Math.fma(r4, high, low), r);
        return Math.fma(LN2, e, MINUS_LN_RECIPROCAL[index] + p);
    }
}
