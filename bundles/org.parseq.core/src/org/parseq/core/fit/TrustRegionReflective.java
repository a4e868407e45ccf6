package org.parseq.core.fit;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Bounded non-linear least squares by the Trust Region Reflective method (Branch, Coleman and
 * Li, SIAM J. Sci. Comput. 21 (1999) 1; the variant of scipy's {@code least_squares} with an
 * exact trust-region solve, unit variable scaling and linear loss), which the original uses
 * whenever a parameter has a bound. Written by hand because Hipparchus has no bounded
 * least-squares method, and the original's results at bounds and along directions the data
 * do not determine (e.g. the shift of a reference whose weight went to zero) follow from
 * this algorithm's path, not from the minimum alone. Linear algebra (SVD) is Hipparchus'.
 */
final class TrustRegionReflective {

    private final Residuals fun;
    private final double[] lb;
    private final double[] ub;
    private final SolverOptions options;
    private final int n;
    private int evaluations;

    private TrustRegionReflective(Residuals fun, double[] lb, double[] ub, SolverOptions options) {
        this.fun = fun;
        this.lb = lb;
        this.ub = ub;
        this.options = options;
        this.n = lb.length;
    }

    static LeastSquaresSolution solve(Residuals fun, double[] start, double[] lb, double[] ub, SolverOptions options) {
        return new TrustRegionReflective(fun, lb, ub, options).run(start);
    }

    private double[] residuals(double[] x) {
        evaluations++;
        return fun.at(x);
    }

    private double[][] jacobian(double[] x, double[] f) {
        evaluations += n;
        return ForwardDifference.bounded(fun, x, f, lb, ub);
    }

    private LeastSquaresSolution run(double[] start) {
        double[] x = BoundSteps.strictlyFeasible(start, lb, ub, 1e-10);
        double[] f = residuals(x);
        int m = f.length;
        int maxSteps = options.maxEvaluations() > 0 ? options.maxEvaluations() : 100 * n;
        int steps = 1;
        double[][] jac = jacobian(x, f);
        double cost = 0.5 * Vectors.dot(f, f);
        double[] g = Vectors.transposeTimes(jac, f);
        double[] v = new double[n];
        double[] dv = new double[n];
        BoundSteps.colemanLiScaling(x, g, lb, ub, v, dv);
        double delta = 0;
        for (int i = 0; i < n; i++) {
            double t = x[i] / Math.sqrt(v[i]);
            delta += t * t;
        }
        delta = Math.sqrt(delta);
        if (delta == 0) {
            delta = 1.0;
        }
        double alpha = 0;
        int status = -1;
        while (true) {
            BoundSteps.colemanLiScaling(x, g, lb, ub, v, dv);
            double gNorm = 0;
            for (int i = 0; i < n; i++) {
                gNorm = Math.max(gNorm, Math.abs(g[i] * v[i]));
            }
            if (gNorm < options.gtol()) {
                status = 1;
            }
            if (status >= 0 || steps == maxSteps) {
                break;
            }
            double[] d = new double[n];
            double[] diagH = new double[n];
            double[] gH = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = Math.sqrt(v[i]);
                diagH[i] = g[i] * dv[i];
                gH[i] = d[i] * g[i];
            }
            double[][] jH = new double[m][n];
            double[][] aug = new double[m + n][n];
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < n; c++) {
                    jH[r][c] = jac[c][r] * d[c];
                    aug[r][c] = jH[r][c];
                }
            }
            for (int c = 0; c < n; c++) {
                aug[m + c][c] = Math.sqrt(diagH[c]);
            }
            SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(aug, false));
            double[] s = svd.getSingularValues();
            double[][] vMat = svd.getV().getData();
            // Vᵀ·ĝ equals S·Uᵀ·f̂ but stays accurate for small singular values, where the left
            // singular vectors lose their accuracy (and with it the Gauss-Newton step).
            double[] sUf = new double[n];
            for (int c = 0; c < n; c++) {
                double sum = 0;
                for (int r = 0; r < n; r++) {
                    sum += vMat[r][c] * gH[r];
                }
                sUf[c] = sum;
            }
            double theta = Math.max(0.995, 1 - gNorm);
            double actualReduction = -1;
            double[] xNew = x;
            double[] fNew = f;
            double costNew = cost;
            while (actualReduction <= 0 && steps < maxSteps) {
                TrustRegionStep.Solution tr = TrustRegionStep.solve(n, m, sUf, s, vMat, delta, alpha);
                alpha = tr.alpha();
                double[] pH = tr.step();
                double[] p = new double[n];
                for (int i = 0; i < n; i++) {
                    p[i] = d[i] * pH[i];
                }
                ReflectiveStep.Choice step = ReflectiveStep.select(x, jH, diagH, gH, p, pH, d, delta, lb, ub, theta);
                double[] trial = new double[n];
                for (int i = 0; i < n; i++) {
                    trial[i] = x[i] + step.step()[i];
                }
                xNew = BoundSteps.strictlyFeasible(trial, lb, ub, 0);
                fNew = residuals(xNew);
                steps++;
                double stepHNorm = Vectors.norm(step.scaledStep());
                costNew = 0.5 * Vectors.dot(fNew, fNew);
                actualReduction = cost - costNew;
                double ratio;
                double predicted = step.predictedReduction();
                if (predicted > 0) {
                    ratio = actualReduction / predicted;
                } else if (predicted == 0 && actualReduction == 0) {
                    ratio = 1;
                } else {
                    ratio = 0;
                }
                double deltaNew = delta;
                if (ratio < 0.25) {
                    deltaNew = 0.25 * stepHNorm;
                } else if (ratio > 0.75 && stepHNorm > 0.95 * delta) {
                    deltaNew = 2.0 * delta;
                }
                double stepNorm = Vectors.norm(step.step());
                status = termination(actualReduction, cost, stepNorm, Vectors.norm(x), ratio);
                if (status >= 0) {
                    break;
                }
                alpha *= delta / deltaNew;
                delta = deltaNew;
            }
            if (actualReduction > 0) {
                x = xNew;
                f = fNew;
                cost = costNew;
                jac = jacobian(x, f);
                g = Vectors.transposeTimes(jac, f);
            }
        }
        if (status < 0) {
            status = 0;
        }
        return new LeastSquaresSolution(x, f, jac, 2 * cost, status, evaluations);
    }

    private int termination(double dF, double cost, double dxNorm, double xNorm, double ratio) {
        boolean ftolMet = dF < options.ftol() * cost && ratio > 0.25;
        boolean xtolMet = dxNorm < options.xtol() * (options.xtol() + xNorm);
        if (ftolMet && xtolMet) {
            return 4;
        }
        if (ftolMet) {
            return 2;
        }
        return xtolMet ? 3 : -1;
    }
}
