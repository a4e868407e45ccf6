package org.parseq.core.engine;

import java.util.Map;
import java.util.Optional;

/**
 * What one item has at one node. Arrays are shared, never modified after the result is made.
 *
 * @param key        what the result was computed from; null where nothing was computed
 * @param status     good, bad, not on the item's path, or source not found
 * @param arrays     the node's arrays by name (empty unless good)
 * @param scalars    scalars found here or upstream, e.g. an edge position found automatically
 * @param message    what went wrong, or empty
 * @param stackTrace where it went wrong, or empty
 */
public record NodeResult(StageKey key, NodeStatus status, Map<String, double[]> arrays, Map<String, Double> scalars,
        String message, String stackTrace) {

    public NodeResult {
        arrays = Map.copyOf(arrays);
        scalars = Map.copyOf(scalars);
        message = message == null ? "" : message;
        stackTrace = stackTrace == null ? "" : stackTrace;
    }

    static NodeResult good(StageKey key, Map<String, double[]> arrays, Map<String, Double> scalars) {
        return new NodeResult(key, NodeStatus.GOOD, arrays, scalars, "", "");
    }

    static NodeResult failed(StageKey key, NodeStatus status, String message, String stackTrace) {
        return new NodeResult(key, status, Map.of(), Map.of(), message, stackTrace);
    }

    static NodeResult notOnPath() {
        return new NodeResult(null, NodeStatus.NOT_ON_PATH, Map.of(), Map.of(), "", "");
    }

    public boolean isGood() {
        return status == NodeStatus.GOOD;
    }

    public Optional<double[]> array(String name) {
        return Optional.ofNullable(arrays.get(name));
    }

    public Optional<Double> scalar(String name) {
        return Optional.ofNullable(scalars.get(name));
    }
}
