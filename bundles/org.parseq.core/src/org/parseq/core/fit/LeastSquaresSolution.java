package org.parseq.core.fit;

/**
 * What a least-squares solver ends with: parameters, residuals and Jacobian columns there,
 * Σ residual², and the status in the original's numbering (0: evaluation limit reached,
 * 1: gtol, 2: ftol, 3: xtol, 4: ftol and xtol; 5: Levenberg–Marquardt converged, Hipparchus
 * does not say by which test).
 */
record LeastSquaresSolution(double[] x, double[] residuals, double[][] jacobianColumns, double sumOfSquares,
        int status, int evaluations) {

    boolean converged() {
        return status > 0;
    }

    String message() {
        return switch (status) {
            case 0 -> "The maximum number of function evaluations is exceeded.";
            case 1 -> "`gtol` termination condition is satisfied.";
            case 2 -> "`ftol` termination condition is satisfied.";
            case 3 -> "`xtol` termination condition is satisfied.";
            case 4 -> "Both `ftol` and `xtol` termination conditions are satisfied.";
            case 5 -> "Levenberg-Marquardt: a tolerance (ftol, xtol) is satisfied.";
            default -> "unknown status " + status;
        };
    }
}
