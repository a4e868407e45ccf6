package org.parseq.core.fit;

/**
 * The residual vector {@code model(p) − data} of a least-squares problem. Implementations
 * must be pure functions of p (fits run in parallel and must give identical results).
 */
@FunctionalInterface
public interface Residuals {

    double[] at(double[] p);
}
