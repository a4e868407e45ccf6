package org.parseq.core.fit;

/**
 * A parameter after a fit. {@code error} is the optimizer's standard error (§0.2-10);
 * {@code errorA}/{@code errorB} are the EXAFS fit's errors from the χ² Hessian (§9.6), NaN
 * for other fits. Parameters not varied have NaN errors.
 */
public record FittedParameter(String name, double value, double error, double errorA, double errorB,
        boolean varied) {
}
