package org.parseq.xas.numerics;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * "Fit with free exponents" (§3.4) used for the pre- and post-edge lines: f(E) = Σ c_i E^{a_i},
 * fitted as the polynomial with powers a_i − min(a) to y·E^{−min(a)} (the implicit weight
 * E^{−min(a)} is part of the original's result). Columns are scaled to unit norm and solved
 * by QR, since powers up to 7 of E ≈ 10⁴ make normal equations useless.
 */
public final class PowerLawFit {

    private final int[] exps;
    private final double[] coefs;
    private final int minExp;

    private PowerLawFit(int[] exps, double[] coefs, int minExp) {
        this.exps = exps;
        this.coefs = coefs;
        this.minExp = minExp;
    }

    /** Fits the law to the points from..to-1 (exclusive end). */
    public static PowerLawFit fit(double[] e, double[] y, int from, int to, int[] exps) {
        if (exps == null || exps.length == 0) {
            throw new IllegalArgumentException("no exponents given for the power-law fit");
        }
        int q = exps.length;
        int n = to - from;
        if (n < q) {
            throw new IllegalArgumentException("power-law fit with " + q + " exponents needs at least " + q
                    + " points, the range holds " + n);
        }
        int m = Integer.MAX_VALUE;
        for (int a : exps) {
            m = Math.min(m, a);
        }
        double[][] design = new double[n][q];
        double[] rhs = new double[n];
        double[] scale = new double[q];
        for (int j = 0; j < n; j++) {
            double x = e[from + j];
            for (int i = 0; i < q; i++) {
                double v = intPower(x, exps[i] - m);
                design[j][i] = v;
                scale[i] += v * v;
            }
            rhs[j] = y[from + j] * intPower(x, -m);
        }
        for (int i = 0; i < q; i++) {
            scale[i] = Math.sqrt(scale[i]);
            if (scale[i] == 0) {
                throw new IllegalArgumentException("power-law fit: column for exponent " + exps[i] + " is zero");
            }
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < q; i++) {
                design[j][i] /= scale[i];
            }
        }
        RealVector sol = new QRDecomposition(new Array2DRowRealMatrix(design, false), 1e-300)
                .getSolver().solve(new ArrayRealVector(rhs, false));
        double[] c = new double[q];
        for (int i = 0; i < q; i++) {
            c[i] = sol.getEntry(i) / scale[i];
        }
        return new PowerLawFit(exps.clone(), c, m);
    }

    public double value(double x) {
        double s = 0;
        for (int i = 0; i < exps.length; i++) {
            s += coefs[i] * intPower(x, exps[i] - minExp);
        }
        return s * intPower(x, minExp);
    }

    /** x^p for an integer p by repeated multiplication (as numpy's Vandermonde matrix). */
    static double intPower(double x, int p) {
        if (p < 0) {
            return 1 / intPower(x, -p);
        }
        double v = 1;
        for (int i = 0; i < p; i++) {
            v *= x;
        }
        return v;
    }
}
