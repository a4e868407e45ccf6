package org.parseq.xas.numerics;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;
import org.hipparchus.util.Pair;

/**
 * "ftMinimize" (§3.10, method 0): varies the µ0 knot values 1..ftMinNKnots so that the FT of χ
 * at low r vanishes (objective Σ|FT|⁸). The original uses a bounded trust-region solver; here
 * Hipparchus' Levenberg–Marquardt with the parameters projected into the bounds
 * {@code p ± 10|p|} and the original's forward-difference Jacobian. No reference output
 * exercises this path.
 */
final class KnotFtMinimizer {

    private static final double SQRT_EPS = Math.sqrt(Math.ulp(1.0));

    private KnotFtMinimizer() {
    }

    /** Replaces knotY[1..nVar] by the optimum. */
    static void minimise(double[] e, double[] mu, double[] prior, double[] pre, double e0, double[] knotX,
            double[] knotY, double[] k, MakeChiParams p) {
        int nVar = Math.min(p.ftMinNKnots, knotY.length - 1);
        if (nVar < 1) {
            return;
        }
        if (k.length < 2) {
            throw new IllegalArgumentException("ftMinimize needs a k grid of at least 2 points");
        }
        double dk = k[1] - k[0];
        double dr = 1.0 / (Fourier.NFFT * (dk / Math.PI));
        double r1 = p.ftMinRange == null ? 0 : p.ftMinRange[0];
        double r2 = p.ftMinRange == null ? 1 : p.ftMinRange[1];
        int firstM = 0;
        while (firstM <= Fourier.NFFT / 2 && firstM * dr < r1) {
            firstM++;
        }
        int mLo = firstM;
        int mHi = mLo;
        while (mHi <= Fourier.NFFT / 2 && mHi * dr <= r2) {
            mHi++;
        }
        int nObs = mHi - mLo;
        if (nObs < 1) {
            throw new IllegalArgumentException("ftMinRange selects no r point");
        }
        double[] lower = new double[nVar];
        double[] upper = new double[nVar];
        double[] start = new double[nVar];
        for (int i = 0; i < nVar; i++) {
            double v = knotY[i + 1];
            lower[i] = v - 10 * Math.abs(v);
            upper[i] = v + 10 * Math.abs(v);
            start[i] = v;
        }
        int mCount = mHi;
        MultivariateJacobianFunction model = point -> {
            double[] pv = point.toArray();
            double[] f = residuals(pv, e, mu, prior, pre, e0, knotX, knotY, k, p.kw, dk, mLo, mCount);
            double[][] jac = new double[nObs][nVar];
            for (int j = 0; j < nVar; j++) {
                double[] shifted = pv.clone();
                double h = SQRT_EPS * Math.max(1, Math.abs(pv[j]));
                shifted[j] += h;
                double[] fj = residuals(shifted, e, mu, prior, pre, e0, knotX, knotY, k, p.kw, dk, mLo, mCount);
                for (int i = 0; i < nObs; i++) {
                    jac[i][j] = (fj[i] - f[i]) / h;
                }
            }
            return new Pair<RealVector, RealMatrix>(new ArrayRealVector(f, false),
                    new Array2DRowRealMatrix(jac, false));
        };
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(1e-8).withParameterRelativeTolerance(1e-8).withOrthoTolerance(1e-8)
                .optimize(new LeastSquaresBuilder()
                        .model(model)
                        .target(new double[nObs])
                        .start(start)
                        .parameterValidator(v -> {
                            RealVector c = v.copy();
                            for (int i = 0; i < nVar; i++) {
                                c.setEntry(i, Math.min(upper[i], Math.max(lower[i], c.getEntry(i))));
                            }
                            return c;
                        })
                        .maxEvaluations(10000)
                        .maxIterations(1000)
                        .build());
        RealVector best = optimum.getPoint();
        for (int i = 0; i < nVar; i++) {
            knotY[i + 1] = best.getEntry(i);
        }
    }

    /** |FT|⁴ at the selected r points for knot values with pv inserted at 1..nVar. */
    private static double[] residuals(double[] pv, double[] e, double[] mu, double[] prior, double[] pre, double e0,
            double[] knotX, double[] knotY, double[] k, int kw, double dk, int mLo, int mCount) {
        double[] y = knotY.clone();
        System.arraycopy(pv, 0, y, 1, pv.length);
        CubicSpline q = CubicSpline.notAKnot(knotX, y, 0, y.length);
        int n = e.length;
        double[] mu0 = new double[n];
        for (int i = 0; i < n; i++) {
            mu0[i] = e[i] > e0 ? q.value(e[i]) + prior[i] : prior[i];
        }
        double[] chi = ChiExtraction.chi(e, mu, mu0, pre, e0, k, kw);
        double mean = ArrayMath.trapezoidMean(chi, k, k.length);
        for (int i = 0; i < chi.length; i++) {
            chi[i] -= mean;
        }
        double[] re = new double[mCount];
        double[] im = new double[mCount];
        Fourier.rfft(chi, chi.length, mCount, re, im);
        double[] out = new double[mCount - mLo];
        double half = dk / 2;
        for (int m = mLo; m < mCount; m++) {
            double a2 = (re[m] * half) * (re[m] * half) + (im[m] * half) * (im[m] * half);
            out[m - mLo] = a2 * a2;
        }
        return out;
    }
}
