package org.parseq.core.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A computation from the arrays of one node to the arrays of another (or the same) node.
 *
 * @param id          ASCII id, unique in the pipeline
 * @param name        display name, e.g. {@code make χ}
 * @param fromNode    id of the node it reads
 * @param toNode      id of the node it writes; may equal {@code fromNode}
 * @param parameters  its parameters; names are unique across the pipeline
 * @param inputs      names of the from-node arrays it reads
 * @param outputs     names of the to-node arrays it writes
 * @param mode        whether items may run in parallel or the transform needs all items at once
 * @param perItem     the computation, for {@link ExecutionMode#PER_ITEM}
 * @param allItems    the computation, for {@link ExecutionMode#ALL_ITEMS}
 */
public record TransformDefinition(String id, String name, String fromNode, String toNode,
        List<ParameterDescriptor> parameters, List<String> inputs, List<String> outputs, ExecutionMode mode,
        Transform perItem, AllItemsTransform allItems) {

    public TransformDefinition {
        Names.requireIdentifier(id, "transform id");
        name = name == null || name.isBlank() ? id : name;
        Objects.requireNonNull(fromNode, "from-node of transform " + id);
        Objects.requireNonNull(toNode, "to-node of transform " + id);
        parameters = List.copyOf(parameters);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(mode, "mode of transform " + id);
        if (mode == ExecutionMode.PER_ITEM && perItem == null || mode == ExecutionMode.ALL_ITEMS && allItems == null) {
            throw new IllegalArgumentException("transform '" + id + "' has no computation for mode " + mode);
        }
    }

    /** A transform whose items are independent and may run in parallel. */
    public static TransformDefinition perItem(String id, String name, String fromNode, String toNode,
            List<ParameterDescriptor> parameters, List<String> inputs, List<String> outputs, Transform computation) {
        return new TransformDefinition(id, name, fromNode, toNode, parameters, inputs, outputs, ExecutionMode.PER_ITEM,
                computation, null);
    }

    /** A transform that needs all items at once. */
    public static TransformDefinition allItems(String id, String name, String fromNode, String toNode,
            List<ParameterDescriptor> parameters, List<String> inputs, List<String> outputs,
            AllItemsTransform computation) {
        return new TransformDefinition(id, name, fromNode, toNode, parameters, inputs, outputs,
                ExecutionMode.ALL_ITEMS, null, computation);
    }

    public boolean isSelfTransform() {
        return fromNode.equals(toNode);
    }

    public Optional<ParameterDescriptor> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
