package org.parseq.xas.numerics;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;

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

    /**
     * Fits the law to the points from..to-1 (exclusive end). Fewer points than exponents (or
     * a rank-deficient design) give the minimum-norm least-squares solution, as the
     * original's SVD solve does; an empty range fails, as the original does (its column
     * scaling divides 0 by 0 and floating-point errors are fatal, §0.2-11).
     */
    public static PowerLawFit fit(double[] e, double[] y, int from, int to, int[] exps) {
        if (exps == null || exps.length == 0) {
            throw new IllegalArgumentException("no exponents given for the power-law fit");
        }
        int q = exps.length;
        int n = to - from;
        if (n < 1) {
            throw new IllegalArgumentException("power-law fit: the fit range holds no data point");
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
        RealMatrix a = new Array2DRowRealMatrix(design, false);
        RealVector b = new ArrayRealVector(rhs, false);
        RealVector sol;
        DecompositionSolver qr = n >= q ? new QRDecomposition(a, 1e-300).getSolver() : null;
        if (qr != null && qr.isNonSingular()) {
            sol = qr.solve(b);
        } else {
            sol = minimumNorm(a, b, n);
        }
        double[] c = new double[q];
        for (int i = 0; i < q; i++) {
            c[i] = sol.getEntry(i) / scale[i];
        }
        return new PowerLawFit(exps.clone(), c, m);
    }

    /**
     * Least-squares minimum-norm solution by SVD with the original's cut-off: singular values
     * at or below n·ε times the largest are dropped (numpy lstsq with rcond = n·ε).
     */
    private static RealVector minimumNorm(RealMatrix a, RealVector b, int n) {
        SingularValueDecomposition svd = new SingularValueDecomposition(a);
        double[] s = svd.getSingularValues();
        double cut = n * Math.ulp(1.0) * (s.length > 0 ? s[0] : 0);
        RealVector utb = svd.getUT().operate(b);
        RealVector x = new ArrayRealVector(a.getColumnDimension());
        RealMatrix v = svd.getV();
        for (int i = 0; i < s.length; i++) {
            if (s[i] > cut) {
                x = x.add(v.getColumnVector(i).mapMultiply(utb.getEntry(i) / s[i]));
            }
        }
        return x;
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
