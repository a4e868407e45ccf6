package org.parseq.xas.fit;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * The EXAFS fit's error analysis (xas-algorithms.md §9.6): the finite-difference Hessian of
 * χ² at the optimum with the optimizer's errors as steps, scaled by ν/χ²₀, giving
 * errorA = √2/√H_ii, the correlations H_ij/√(H_ii H_jj), and errorB from the eigenvalues of
 * H/2. With no degrees of freedom left (ν ≤ 0) errors are 1e20 and correlations the identity.
 */
final class ExafsStatistics {

    static final double NO_DEGREES_OF_FREEDOM_ERROR = 1e20;
    private static final double OUT_OF_BOUNDS = 1e-24;
    private static final double NEGATIVE_CURVATURE = 1e-28;

    final double chiSquare;
    final double[] errorA;
    final double[] errorB;
    final double[][] correlation;

    /**
     * @param chi2  χ² of a varied vector
     * @param p     the optimum
     * @param steps the optimizer's errors
     * @param nu    independent points minus varied parameters
     */
    ExafsStatistics(ToDoubleFunction<double[]> chi2, double[] p, double[] steps, double[] lower, double[] upper,
            double nu) {
        int n = p.length;
        chiSquare = chi2.applyAsDouble(p);
        errorA = new double[n];
        errorB = new double[n];
        correlation = new double[n][n];
        if (!(nu > 0)) {
            Arrays.fill(errorA, NO_DEGREES_OF_FREEDOM_ERROR);
            Arrays.fill(errorB, NO_DEGREES_OF_FREEDOM_ERROR);
            for (int i = 0; i < n; i++) {
                correlation[i][i] = 1;
            }
            return;
        }
        double[][] h = hessian(chi2, p, steps, lower, upper);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] *= nu / chiSquare;
            }
        }
        // Negative curvature is replaced only where a square root needs the diagonal
        // (errorA, the correlations' denominators), as in the original.
        double[] diag = new double[n];
        for (int i = 0; i < n; i++) {
            diag[i] = h[i][i] < 0 ? NEGATIVE_CURVATURE : h[i][i];
        }
        for (int i = 0; i < n; i++) {
            errorA[i] = Math.sqrt(2) / Math.sqrt(diag[i]);
            for (int j = 0; j < n; j++) {
                correlation[i][j] = h[i][j] / Math.sqrt(diag[i] * diag[j]);
            }
        }
        double[][] half = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                half[i][j] = h[i][j] / 2;
            }
        }
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(half, false));
        double[] w = eig.getEigenvalues();
        double[][] v = eig.getV().getData();
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                if (w[j] > 0) {
                    sum += v[i][j] * v[i][j] / w[j];
                }
            }
            errorB[i] = Math.sqrt(sum);
        }
    }

    private double[][] hessian(ToDoubleFunction<double[]> chi2, double[] p, double[] steps, double[] lower,
            double[] upper) {
        int n = p.length;
        double[] plus = new double[n];
        double[] minus = new double[n];
        boolean[] usable = new boolean[n];
        for (int i = 0; i < n; i++) {
            double hi = steps[i];
            usable[i] = hi > 0 && p[i] + hi < upper[i] && p[i] - hi > lower[i];
            if (usable[i]) {
                plus[i] = chi2.applyAsDouble(shifted(p, i, hi, -1, 0));
                minus[i] = chi2.applyAsDouble(shifted(p, i, -hi, -1, 0));
            }
        }
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (!usable[i]) {
                continue;
            }
            double hi = steps[i];
            h[i][i] = (plus[i] - 2 * chiSquare + minus[i]) / (hi * hi);
            for (int j = i + 1; j < n; j++) {
                if (!usable[j]) {
                    continue;
                }
                double hj = steps[j];
                double pp = chi2.applyAsDouble(shifted(p, i, hi, j, hj));
                double mm = chi2.applyAsDouble(shifted(p, i, -hi, j, -hj));
                double v = (pp - plus[i] - plus[j] + 2 * chiSquare - minus[i] - minus[j] + mm) / (2 * hi * hj);
                h[i][j] = v;
                h[j][i] = v;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!usable[i]) {
                for (int j = 0; j < n; j++) {
                    h[i][j] = OUT_OF_BOUNDS;
                    h[j][i] = OUT_OF_BOUNDS;
                }
            }
        }
        return h;
    }

    private static double[] shifted(double[] p, int i, double hi, int j, double hj) {
        double[] q = p.clone();
        q[i] += hi;
        if (j >= 0) {
            q[j] += hj;
        }
        return q;
    }
}
