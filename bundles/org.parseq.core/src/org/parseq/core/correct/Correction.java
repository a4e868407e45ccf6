package org.parseq.core.correct;

/**
 * One correction of the curves of a 1D node. A correction either changes values
 * ({@link ValueCorrection}) or removes points from all arrays of the node ({@link PointRemoval}).
 * Corrections are values: equal corrections correct equally, so they can be part of a result's key.
 */
public sealed interface Correction permits ValueCorrection, PointRemoval {

    /** The kind as the original names it in its dictionaries ({@code delete}, {@code spline-}, ...). */
    String kind();

    /**
     * Whether {@code x} lies strictly inside (from, to): the original's intervals are open, so a
     * point on a limit is never touched.
     */
    static boolean inside(double x, double from, double to) {
        return from < x && x < to;
    }
}
