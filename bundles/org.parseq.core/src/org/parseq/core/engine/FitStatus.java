package org.parseq.core.engine;

/** How a fit of an item ended. */
public enum FitStatus {
    /** The optimizer met a tolerance: values, errors and curves are the fit's. */
    FITTED,
    /** The optimizer stopped without meeting a tolerance: the parameters keep their start values. */
    NOT_CONVERGED,
    /** The fit could not be made: bad settings, a tie, a reference or the item's data; see the message. */
    FAILED,
    /** The fit's node is not on the item's path (its stop node is upstream). */
    NOT_ON_PATH
}
