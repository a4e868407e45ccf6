package org.parseq.xas.numerics;

import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * Natural cubic smoothing spline with a knot at every abscissa (§3.10, method 1): minimises
 * {@code Σ w_j (y_j − s(x_j))² + λ ∫ s''²} (weights not squared). Solved in the Reinsch /
 * Green–Silverman form {@code (R + λ Qᵀ W⁻¹ Q) γ = Qᵀ y}, {@code s = y − λ W⁻¹ Q γ} with a
 * pentadiagonal LDLᵀ factorisation, O(n).
 * <p>
 * Written by hand: no Java library offers a penalised smoothing spline with weights and a
 * given λ (Hipparchus' LoessInterpolator and SplineInterpolator are different estimators), and a
 * dense solve would be O(n³) for spectra of 4096 points.
 */
public final class SmoothingSpline {

    private SmoothingSpline() {
    }

    /**
     * Smoothed values at the abscissae.
     *
     * @param lambda smoothing factor λ &gt; 0, or 0 for generalised cross-validation in (0, n)
     */
    public static double[] smooth(double[] x, double[] y, double[] w, int n, double lambda) {
        if (n < 3) {
            throw new IllegalArgumentException("smoothing spline needs at least 3 points, got " + n);
        }
        ArrayMath.requireIncreasing(x, n, "smoothing-spline abscissa");
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("smoothing factor must be ≥ 0 and finite, got " + lambda);
        }
        for (int i = 0; i < n; i++) {
            if (!(w[i] > 0)) {
                throw new IllegalArgumentException("smoothing-spline weights must be positive");
            }
        }
        Band band = new Band(x, w, n);
        double lam = lambda;
        if (lam == 0) {
            lam = gcvLambda(band, y);
        }
        double[] s = new double[n];
        band.solve(y, lam, s, false);
        return s;
    }

    private static double gcvLambda(Band band, double[] y) {
        int n = band.n;
        double[] s = new double[n];
        UnivariateObjectiveFunction score = new UnivariateObjectiveFunction(lam -> {
            double trace = band.solve(y, lam, s, true);
            double rss = 0;
            for (int i = 0; i < n; i++) {
                double r = y[i] - s[i];
                rss += r * r;
            }
            double denom = 1 - trace / n;
            return rss / n / (denom * denom);
        });
        UnivariatePointValuePair best = new BrentOptimizer(1e-10, 1e-5).optimize(new MaxEval(500),
                GoalType.MINIMIZE, score, new SearchInterval(0, n));
        return best.getPoint();
    }

    /** Q and R of the Reinsch form and the work arrays of the pentadiagonal solve. */
    private static final class Band {
        final int n;
        final double[] h;
        final double[] invW;
        final double[] qa;
        final double[] qb;
        final double[] qc;
        final double[] d0;
        final double[] l1;
        final double[] l2;
        final double[] z;

        Band(double[] x, double[] w, int n) {
            this.n = n;
            h = new double[n - 1];
            invW = new double[n];
            for (int i = 0; i < n - 1; i++) {
                h[i] = x[i + 1] - x[i];
            }
            for (int i = 0; i < n; i++) {
                invW[i] = 1 / w[i];
            }
            int m = n - 2;
            qa = new double[m];
            qb = new double[m];
            qc = new double[m];
            for (int r = 0; r < m; r++) {
                qa[r] = 1 / h[r];
                qc[r] = 1 / h[r + 1];
                qb[r] = -qa[r] - qc[r];
            }
            d0 = new double[m];
            l1 = new double[m];
            l2 = new double[m];
            z = new double[m];
        }

        /**
         * Solves for the smoothed values s; returns the trace of the hat matrix when asked
         * (needed by GCV only), else NaN.
         */
        double solve(double[] y, double lambda, double[] s, boolean wantTrace) {
            int m = n - 2;
            // pentadiagonal M = R + λ Qᵀ W⁻¹ Q, factorised on the fly as L D Lᵀ
            for (int r = 0; r < m; r++) {
                int j = r + 1;
                double diag = (h[r] + h[r + 1]) / 3
                        + lambda * (qa[r] * qa[r] * invW[j - 1] + qb[r] * qb[r] * invW[j] + qc[r] * qc[r] * invW[j + 1]);
                double off1 = 0;
                double off2 = 0;
                if (r >= 1) {
                    off1 = h[r] / 6 + lambda * (qb[r - 1] * invW[j - 1] * qa[r] + qc[r - 1] * invW[j] * qb[r]);
                }
                if (r >= 2) {
                    off2 = lambda * qc[r - 2] * invW[j - 1] * qa[r];
                }
                double lr2 = r >= 2 ? off2 / d0[r - 2] : 0;
                double lr1 = 0;
                if (r >= 1) {
                    double t = off1;
                    if (r >= 2) {
                        t -= l1[r - 1] * d0[r - 2] * lr2;
                    }
                    lr1 = t / d0[r - 1];
                }
                double dr = diag;
                if (r >= 1) {
                    dr -= lr1 * lr1 * d0[r - 1];
                }
                if (r >= 2) {
                    dr -= lr2 * lr2 * d0[r - 2];
                }
                if (!(dr > 0)) {
                    throw new ArithmeticException("smoothing-spline system is not positive definite");
                }
                d0[r] = dr;
                l1[r] = lr1;
                l2[r] = lr2;
            }
            for (int r = 0; r < m; r++) {
                int j = r + 1;
                double b = (y[j + 1] - y[j]) / h[j] - (y[j] - y[j - 1]) / h[j - 1];
                if (r >= 1) {
                    b -= l1[r] * z[r - 1];
                }
                if (r >= 2) {
                    b -= l2[r] * z[r - 2];
                }
                z[r] = b;
            }
            for (int r = m - 1; r >= 0; r--) {
                double g = z[r] / d0[r];
                if (r + 1 < m) {
                    g -= l1[r + 1] * z[r + 1];
                }
                if (r + 2 < m) {
                    g -= l2[r + 2] * z[r + 2];
                }
                z[r] = g;
            }
            // z now holds γ (second derivatives at interior knots); s = y − λ W⁻¹ Q γ
            for (int i = 0; i < n; i++) {
                double qg = 0;
                if (i - 2 >= 0 && i - 2 < m) {
                    qg += qc[i - 2] * z[i - 2];
                }
                if (i - 1 >= 0 && i - 1 < m) {
                    qg += qb[i - 1] * z[i - 1];
                }
                if (i < m) {
                    qg += qa[i] * z[i];
                }
                s[i] = y[i] - lambda * invW[i] * qg;
            }
            return wantTrace ? trace(lambda) : Double.NaN;
        }

        /** tr(A) = n − λ Σ_i W⁻¹_i (Q M⁻¹ Qᵀ)_ii, from the band of M⁻¹ (Hutchinson–de Hoog). */
        private double trace(double lambda) {
            int m = n - 2;
            double[] s0 = new double[m];
            double[] s1 = new double[m];
            double[] s2 = new double[m];
            for (int r = m - 1; r >= 0; r--) {
                double a1 = r + 1 < m ? l1[r + 1] : 0;
                double a2 = r + 2 < m ? l2[r + 2] : 0;
                double sNext1 = r + 1 < m ? s0[r + 1] : 0;
                double sNext12 = r + 1 < m ? s1[r + 1] : 0;
                double sNext2 = r + 2 < m ? s0[r + 2] : 0;
                s2[r] = -a1 * sNext12 - a2 * sNext2;
                s1[r] = -a1 * sNext1 - a2 * sNext12;
                s0[r] = 1 / d0[r] - a1 * s1[r] - a2 * s2[r];
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                // row i of Q touches interior columns i-2 (qc), i-1 (qb), i (qa)
                int[] cols = {i - 2, i - 1, i};
                double[] vals = {
                    i - 2 >= 0 && i - 2 < m ? qc[i - 2] : 0,
                    i - 1 >= 0 && i - 1 < m ? qb[i - 1] : 0,
                    i < m ? qa[i] : 0};
                double v = 0;
                for (int p = 0; p < 3; p++) {
                    for (int q = 0; q < 3; q++) {
                        if (vals[p] != 0 && vals[q] != 0) {
                            int lo = Math.min(cols[p], cols[q]);
                            int dist = Math.abs(cols[p] - cols[q]);
                            double sv = dist == 0 ? s0[lo] : dist == 1 ? s1[lo] : s2[lo];
                            v += vals[p] * sv * vals[q];
                        }
                    }
                }
                sum += invW[i] * v;
            }
            return n - lambda * sum;
        }
    }
}
