package org.parseq.core.fit;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.ValueAndJacobianFunction;
import org.hipparchus.util.Pair;

/**
 * The least-squares driver of all fits, choosing the method as the original's curve_fit
 * does: with any finite bound the trust-region reflective method (bounds respected, see
 * {@link TrustRegionReflective}), without bounds Levenberg–Marquardt (Hipparchus' port of
 * MINPACK, which the original calls then). The covariance follows §0.2-10:
 * {@code pcov = V S⁻² Vᵀ · Σr²/(M − P)} from the SVD of the final Jacobian, singular values
 * {@code ≤ ε·max(M,P)·S_max} discarded (an unidentifiable parameter gets error 0).
 */
public final class LeastSquares {

    private LeastSquares() {
    }

    /** Result of a minimisation: parameters, residuals, Σr², covariance and how it ended. */
    public record Outcome(double[] values, double[] residuals, double sumOfSquares, double[][] covariance,
            double[] errors, boolean converged, int status, String message, int evaluations) {
    }

    /**
     * Minimises Σ residuals(p)² from {@code start} within [lower, upper] (infinite for none).
     *
     * @throws FitException when there is nothing to vary, no data, or the model is not finite somewhere on the way
     */
    public static Outcome minimize(Residuals model, double[] start, double[] lower, double[] upper,
            SolverOptions options) {
        Residuals residuals = finiteOnly(model);
        int n = start.length;
        if (n == 0) {
            throw new FitException("no parameter is varied: set at least one free (not fixed, not '=' tied)");
        }
        double[] f0 = residuals.at(start);
        if (f0.length == 0) {
            throw new FitException("no data points to fit");
        }
        boolean bounded = false;
        for (int i = 0; i < n; i++) {
            bounded |= lower[i] > Double.NEGATIVE_INFINITY || upper[i] < Double.POSITIVE_INFINITY;
        }
        LeastSquaresSolution s = bounded ? TrustRegionReflective.solve(residuals, start, lower, upper, options)
                : levenbergMarquardt(residuals, start, f0.length, options);
        double[][] cov = covariance(s.jacobianColumns(), s.sumOfSquares(), f0.length);
        double[] errors = new double[n];
        for (int i = 0; i < n; i++) {
            errors[i] = Math.sqrt(cov[i][i]);
        }
        return new Outcome(s.x(), s.residuals(), s.sumOfSquares(), cov, errors, s.converged(), s.status(),
                s.message(), s.evaluations());
    }

    /**
     * The original turns every floating-point error into a failure of the fit (§0.2-11); a
     * model that overflows or divides by zero fails here too, instead of steering the optimizer.
     */
    private static Residuals finiteOnly(Residuals model) {
        return p -> {
            double[] f = model.at(p);
            if (!Vectors.allFinite(f)) {
                throw new FitException("floating-point error: the model is not finite at the parameters "
                        + java.util.Arrays.toString(p));
            }
            return f;
        };
    }

    /** Pseudo-inverse covariance; infinite when there are no more points than parameters. */
    static double[][] covariance(double[][] columns, double sumOfSquares, int m) {
        int n = columns.length;
        double[][] cov = new double[n][n];
        if (m <= n) {
            for (double[] row : cov) {
                java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
            }
            return cov;
        }
        double[][] rows = new double[m][n];
        for (int c = 0; c < n; c++) {
            for (int r = 0; r < m; r++) {
                rows[r][c] = columns[c][r];
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(rows, false));
        double[] s = svd.getSingularValues();
        double[][] v = svd.getV().getData();
        double threshold = Math.ulp(1.0) * Math.max(m, n) * s[0];
        double scale = sumOfSquares / (m - n);
        for (int k = 0; k < s.length; k++) {
            if (!(s[k] > threshold)) {
                continue;
            }
            double w = scale / (s[k] * s[k]);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    cov[i][j] += v[i][k] * v[j][k] * w;
                }
            }
        }
        return cov;
    }

    private static LeastSquaresSolution levenbergMarquardt(Residuals residuals, double[] start, int m,
            SolverOptions options) {
        int n = start.length;
        int[] evaluations = {0};
        int maxEval = options.maxEvaluations() > 0 ? options.maxEvaluations() : 200 * (n + 1);
        // Lazy evaluation: Hipparchus asks for Jacobians only at accepted points, as MINPACK does.
        ValueAndJacobianFunction model = new ValueAndJacobianFunction() {
            @Override
            public RealVector computeValue(double[] p) {
                evaluations[0]++;
                return new ArrayRealVector(residuals.at(p), false);
            }

            @Override
            public RealMatrix computeJacobian(double[] p) {
                double[] f = residuals.at(p);
                evaluations[0] += 1 + n;
                double[][] cols = ForwardDifference.unbounded(residuals, p, f);
                RealMatrix jac = new Array2DRowRealMatrix(m, n);
                for (int c = 0; c < n; c++) {
                    jac.setColumn(c, cols[c]);
                }
                return jac;
            }

            @Override
            public Pair<RealVector, RealMatrix> value(RealVector point) {
                double[] p = point.toArray();
                return new Pair<>(computeValue(p), computeJacobian(p));
            }
        };
        LeastSquaresBuilder builder = new LeastSquaresBuilder()
                .start(start)
                .target(new double[m])
                .model(model)
                .lazyEvaluation(true)
                .maxEvaluations(maxEval)
                .maxIterations(maxEval);
        LevenbergMarquardtOptimizer lm = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(SolverOptions.MINPACK_TOL)
                .withParameterRelativeTolerance(SolverOptions.MINPACK_TOL)
                .withOrthoTolerance(0);
        double[] x;
        int status;
        try {
            LeastSquaresOptimizer.Optimum opt = lm.optimize(builder.build());
            x = opt.getPoint().toArray();
            status = 5;
        } catch (MathIllegalStateException ex) {
            x = start.clone();
            status = 0;
        }
        double[] f = residuals.at(x);
        double[][] cols = ForwardDifference.unbounded(residuals, x, f);
        evaluations[0] += 1 + n;
        return new LeastSquaresSolution(x, f, cols, Vectors.dot(f, f), status, evaluations[0]);
    }
}
