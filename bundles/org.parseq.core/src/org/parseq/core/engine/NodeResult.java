package org.parseq.core.engine;

import java.util.Map;
import java.util.Optional;

import org.parseq.core.pipeline.Image2D;
import org.parseq.core.pipeline.Stack3D;

/**
 * What one item has at one node. Arrays are shared, never modified after the result is made.
 *
 * @param key        what the result was computed from; null where nothing was computed
 * @param status     good, bad, not on the item's path, or source not found
 * @param arrays     the node's arrays by name (empty unless good)
 * @param scalars    scalars found here or upstream, e.g. an edge position found automatically
 * @param message    what went wrong, or empty
 * @param stackTrace where it went wrong, or empty
 * @param images     the node's 2D arrays by name (empty unless good)
 * @param stacks     the node's 3D arrays by name (empty unless good)
 */
public record NodeResult(StageKey key, NodeStatus status, Map<String, double[]> arrays, Map<String, Double> scalars,
        String message, String stackTrace, Map<String, Image2D> images, Map<String, Stack3D> stacks) {

    public NodeResult(StageKey key, NodeStatus status, Map<String, double[]> arrays, Map<String, Double> scalars,
            String message, String stackTrace) {
        this(key, status, arrays, scalars, message, stackTrace, Map.of(), Map.of());
    }

    public NodeResult {
        arrays = Map.copyOf(arrays);
        scalars = Map.copyOf(scalars);
        images = Map.copyOf(images);
        stacks = Map.copyOf(stacks);
        message = message == null ? "" : message;
        stackTrace = stackTrace == null ? "" : stackTrace;
    }

    static NodeResult good(StageKey key, Map<String, double[]> arrays, Map<String, Double> scalars,
            Map<String, Image2D> images, Map<String, Stack3D> stacks) {
        return new NodeResult(key, NodeStatus.GOOD, arrays, scalars, "", "", images, stacks);
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

    public Optional<Image2D> image(String name) {
        return Optional.ofNullable(images.get(name));
    }

    public Optional<Stack3D> stack(String name) {
        return Optional.ofNullable(stacks.get(name));
    }

    public Optional<Double> scalar(String name) {
        return Optional.ofNullable(scalars.get(name));
    }
}
