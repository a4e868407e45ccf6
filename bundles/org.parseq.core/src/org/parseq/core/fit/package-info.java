/**
 * Fits as pure functions {@code fit(inputs, settings) → FitResult}, deterministic and
 * thread-safe (xas-algorithms.md §6-8): the linear combination fit
 * ({@link org.parseq.core.fit.LinearCombinationFit}) and the function fit
 * ({@link org.parseq.core.fit.FunctionFit}); the EXAFS fit lives in the XAS bundle.
 * <p>
 * Parameters ({@link org.parseq.core.fit.FitParameter}) have a value, limits, a fixed flag
 * and a tie; ties and formulas are written in a small arithmetic language parsed by
 * {@link org.parseq.core.fit.ExpressionParser} (nothing is evaluated as code), and resolved
 * across the items of a joint fit by {@link org.parseq.core.fit.ParameterSpace}. The
 * least-squares driver {@link org.parseq.core.fit.LeastSquares} uses the original's methods
 * (trust-region reflective with bounds, Hipparchus' Levenberg–Marquardt without) and its
 * covariance. Errors the user can act on raise {@link org.parseq.core.fit.FitException}
 * naming the item, parameter, tie or formula; a fit that does not converge returns a
 * {@link org.parseq.core.fit.FitResult} that says so.
 */
package org.parseq.core.fit;
