package org.parseq.core.fit;

/**
 * Tolerances of the least-squares solvers; {@link #ORIGINAL} are those of the original's
 * calls (scipy's curve_fit defaults: 1e-8 for the bounded solver, MINPACK's 1.49012e-8 and no
 * gradient test for the unbounded one).
 *
 * @param maxEvaluations the bounded solver's limit of steps, the unbounded one's of residual
 *                       evaluations; 0 for the original's defaults (100·n, 200·(n+1))
 */
public record SolverOptions(double ftol, double xtol, double gtol, int maxEvaluations) {

    public static final SolverOptions ORIGINAL = new SolverOptions(1e-8, 1e-8, 1e-8, 0);

    static final double MINPACK_TOL = 1.49012e-8;
}
