package org.parseq.core.correct;

/** A correction that changes the values of a curve and keeps its points. */
public sealed interface ValueCorrection extends Correction
        permits ScaleRegion, SplineRegion, RemoveStep, UnusableCorrection {

    /**
     * The corrected curve; {@code y} itself where the correction does not apply (an empty or
     * flat range). Never changes {@code y}.
     *
     * @param x increasing abscissa, as long as y
     */
    double[] corrected(double[] x, double[] y);
}
