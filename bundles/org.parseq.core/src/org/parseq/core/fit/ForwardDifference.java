package org.parseq.core.fit;

/**
 * Forward-difference Jacobians with the step rules of the optimizers the original calls, so
 * that the Jacobian, and with it the parameter errors, are the original's (§0.2-10):
 * <ul>
 * <li>bounded problems (scipy's 2-point rule): step {@code √ε·max(1,|p|)} signed like p
 * ({@code p ≥ 0} forward), turned backwards when the forward point leaves the bounds and the
 * backward one fits, else shortened to the larger distance to a bound;</li>
 * <li>unbounded problems (MINPACK's rule): step {@code √ε·|p|}, or √ε at p = 0.</li>
 * </ul>
 * Written by hand because Hipparchus differentiates only with its own symmetric stencils.
 */
final class ForwardDifference {

    static final double SQRT_EPS = Math.sqrt(Math.ulp(1.0));

    private ForwardDifference() {
    }

    /** Columns of the Jacobian ({@code [parameter][residual]}) at p, where the residuals are f0. */
    static double[][] bounded(Residuals f, double[] p, double[] f0, double[] lower, double[] upper) {
        int n = p.length;
        double[][] columns = new double[n][];
        for (int j = 0; j < n; j++) {
            double h = (p[j] >= 0 ? 1 : -1) * SQRT_EPS * Math.max(1.0, Math.abs(p[j]));
            double trial = p[j] + h;
            if (trial < lower[j] || trial > upper[j]) {
                double below = p[j] - lower[j];
                double above = upper[j] - p[j];
                if (Math.abs(h) <= Math.max(below, above)) {
                    h = -h;
                } else {
                    h = above >= below ? above : -below;
                }
            }
            columns[j] = column(f, p, f0, j, h);
        }
        return columns;
    }

    /** Columns of the Jacobian with MINPACK's forward steps (no bounds). */
    static double[][] unbounded(Residuals f, double[] p, double[] f0) {
        int n = p.length;
        double[][] columns = new double[n][];
        for (int j = 0; j < n; j++) {
            double h = SQRT_EPS * Math.abs(p[j]);
            if (h == 0) {
                h = SQRT_EPS;
            }
            columns[j] = column(f, p, f0, j, h);
        }
        return columns;
    }

    private static double[] column(Residuals f, double[] p, double[] f0, int j, double h) {
        double[] q = p.clone();
        q[j] = p[j] + h;
        double dx = q[j] - p[j];
        double[] f1 = f.at(q);
        double[] col = new double[f0.length];
        for (int i = 0; i < col.length; i++) {
            col[i] = (f1[i] - f0[i]) / dx;
        }
        return col;
    }
}
