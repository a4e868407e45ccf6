package org.parseq.core.engine;

import java.util.Map;
import java.util.Optional;

import org.parseq.core.pipeline.FitOutcome;

/**
 * The latest outcome of one fit of one item, kept beside the node results.
 *
 * @param kind    the fit's kind, e.g. {@code lcf}
 * @param node    id of the node it is attached to
 * @param status  fitted, not converged, failed or not on the item's path
 * @param message the optimizer's termination message, or what went wrong naming the item and
 *                the parameter, setting or reference at fault
 * @param outcome values, errors, curves and the original's report; null when failed or not on path
 */
public record FitRecord(FitKey key, String kind, String node, FitStatus status, String message,
        FitOutcome outcome) {

    public FitRecord {
        message = message == null ? "" : message;
    }

    /** Whether it holds an outcome (fitted or not converged). */
    public boolean hasOutcome() {
        return outcome != null;
    }

    /** The curves it adds to its node (model, residual, ...), empty without an outcome. */
    public Map<String, double[]> arrays() {
        return outcome == null ? Map.of() : outcome.arrays();
    }

    public Optional<FitOutcome> optionalOutcome() {
        return Optional.ofNullable(outcome);
    }
}
