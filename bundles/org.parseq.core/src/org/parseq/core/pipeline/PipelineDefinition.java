package org.parseq.core.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A validated pipeline: nodes joined by transforms into an acyclic graph (a transform from a
 * node to itself is allowed), every array a transform reads or writes declared by its node,
 * and every name unique.
 */
public final class PipelineDefinition {

    private final String id;
    private final String name;
    private final List<NodeDefinition> nodes;
    private final List<TransformDefinition> transforms;
    private final Map<String, NodeDefinition> nodesById = new LinkedHashMap<>();
    private final Map<String, TransformDefinition> transformsById = new LinkedHashMap<>();
    private final Map<String, TransformDefinition> transformsByParameter = new HashMap<>();
    private final List<NodeDefinition> topologicalOrder;
    private final Map<String, FitKind> fitKinds = new LinkedHashMap<>();

    /**
     * @throws PipelineDefinitionException naming the pipeline and the first problem found
     */
    public PipelineDefinition(String id, String name, List<NodeDefinition> nodes,
            List<TransformDefinition> transforms) {
        this(id, name, nodes, transforms, List.of());
    }

    /**
     * @param fitKinds the fits its items may have, each attached by default to one of its nodes
     * @throws PipelineDefinitionException naming the pipeline and the first problem found
     */
    public PipelineDefinition(String id, String name, List<NodeDefinition> nodes,
            List<TransformDefinition> transforms, List<FitKind> fitKinds) {
        this.id = Names.requireIdentifier(id, "pipeline id");
        this.name = name == null || name.isBlank() ? id : name;
        this.nodes = List.copyOf(nodes);
        this.transforms = List.copyOf(transforms);
        if (this.nodes.isEmpty()) {
            throw problem("it has no nodes");
        }
        for (NodeDefinition node : this.nodes) {
            if (nodesById.putIfAbsent(node.id(), node) != null) {
                throw problem("node id '" + node.id() + "' is used twice");
            }
            checkAxes(node);
        }
        for (TransformDefinition transform : this.transforms) {
            checkTransform(transform);
        }
        topologicalOrder = sortTopologically();
        for (FitKind kind : fitKinds) {
            if (this.fitKinds.putIfAbsent(kind.id(), kind) != null) {
                throw problem("fit '" + kind.id() + "' is declared twice");
            }
            if (!nodesById.containsKey(kind.defaultNode())) {
                throw problem("fit '" + kind.id() + "' is attached to node '" + kind.defaultNode()
                        + "', which does not exist");
            }
        }
    }

    /** The fits its items may have, in declaration order. */
    public List<FitKind> fitKinds() {
        return List.copyOf(fitKinds.values());
    }

    public Optional<FitKind> fitKind(String fitId) {
        return Optional.ofNullable(fitKinds.get(fitId));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<NodeDefinition> nodes() {
        return nodes;
    }

    public List<TransformDefinition> transforms() {
        return transforms;
    }

    /** The nodes such that every transform goes from an earlier node to a later one (or the same). */
    public List<NodeDefinition> topologicalNodes() {
        return topologicalOrder;
    }

    public Optional<NodeDefinition> node(String nodeId) {
        return Optional.ofNullable(nodesById.get(nodeId));
    }

    /** A node by id, or by display name as users and the original's files write it. */
    public Optional<NodeDefinition> nodeByIdOrName(String idOrName) {
        NodeDefinition byId = nodesById.get(idOrName);
        if (byId != null) {
            return Optional.of(byId);
        }
        return nodes.stream().filter(n -> n.name().equals(idOrName)).findFirst();
    }

    public NodeDefinition requireNode(String nodeId) {
        return node(nodeId).orElseThrow(() -> new IllegalArgumentException(
                "pipeline '" + id + "' has no node '" + nodeId + "'"));
    }

    public Optional<TransformDefinition> transform(String transformId) {
        return Optional.ofNullable(transformsById.get(transformId));
    }

    /** The transform that owns a parameter. */
    public Optional<TransformDefinition> transformOfParameter(String parameterName) {
        return Optional.ofNullable(transformsByParameter.get(parameterName));
    }

    public Optional<ParameterDescriptor> parameter(String parameterName) {
        return transformOfParameter(parameterName).flatMap(t -> t.parameter(parameterName));
    }

    /** Transforms into a node from another node, in declaration order. */
    public List<TransformDefinition> incoming(String nodeId) {
        return transforms.stream().filter(t -> t.toNode().equals(nodeId) && !t.isSelfTransform()).toList();
    }

    /** Transforms from a node to another node, in declaration order. */
    public List<TransformDefinition> outgoing(String nodeId) {
        return transforms.stream().filter(t -> t.fromNode().equals(nodeId) && !t.isSelfTransform()).toList();
    }

    /** Transforms from a node to itself, in declaration order. */
    /** The arrays a node's own transforms write: data entering the node need not bring them. */
    public Set<String> outputsWithin(String nodeId) {
        Set<String> outputs = new HashSet<>();
        selfTransforms(nodeId).forEach(self -> outputs.addAll(self.outputs()));
        return outputs;
    }

    public List<TransformDefinition> selfTransforms(String nodeId) {
        return transforms.stream().filter(t -> t.fromNode().equals(nodeId) && t.isSelfTransform()).toList();
    }

    /** The axes of an image or stack name 1D arrays of its own node. */
    private void checkAxes(NodeDefinition node) {
        for (ArrayDefinition array : node.arrays()) {
            for (String axis : array.axes()) {
                if (axis.isEmpty()) {
                    continue;
                }
                boolean oneDimensional = node.arrays().stream()
                        .anyMatch(other -> other.name().equals(axis) && other.rank() == 1);
                if (!oneDimensional) {
                    throw problem("array '" + array.name() + "' of node '" + node.id() + "' has axis '" + axis
                            + "', which is not a 1D array of that node");
                }
            }
        }
    }

    private void checkTransform(TransformDefinition transform) {
        if (transformsById.putIfAbsent(transform.id(), transform) != null) {
            throw problem("transform id '" + transform.id() + "' is used twice");
        }
        NodeDefinition from = nodesById.get(transform.fromNode());
        NodeDefinition to = nodesById.get(transform.toNode());
        if (from == null) {
            throw problem("transform '" + transform.id() + "' reads node '" + transform.fromNode()
                    + "', which does not exist");
        }
        if (to == null) {
            throw problem("transform '" + transform.id() + "' writes node '" + transform.toNode()
                    + "', which does not exist");
        }
        if (transform.isSelfTransform() && transform.mode() == ExecutionMode.ALL_ITEMS) {
            throw problem("transform '" + transform.id() + "' goes from node '" + transform.fromNode()
                    + "' to itself and needs all items at once; a transform within a node works per item");
        }
        for (String input : transform.inputs()) {
            if (!from.hasArray(input)) {
                throw problem("transform '" + transform.id() + "' reads array '" + input + "', which node '"
                        + from.id() + "' does not declare");
            }
        }
        for (String output : transform.outputs()) {
            if (!to.hasArray(output)) {
                throw problem("transform '" + transform.id() + "' writes array '" + output + "', which node '"
                        + to.id() + "' does not declare");
            }
        }
        for (ParameterDescriptor parameter : transform.parameters()) {
            TransformDefinition owner = transformsByParameter.putIfAbsent(parameter.name(), transform);
            if (owner != null) {
                throw problem("parameter '" + parameter.name() + "' is declared by transforms '" + owner.id()
                        + "' and '" + transform.id() + "'; parameter names must be unique in a pipeline");
            }
        }
    }

    /** Kahn's algorithm, keeping declaration order among nodes that are free at the same time. */
    private List<NodeDefinition> sortTopologically() {
        Map<String, Integer> pendingInputs = new HashMap<>();
        for (NodeDefinition node : nodes) {
            pendingInputs.put(node.id(), 0);
        }
        for (TransformDefinition transform : transforms) {
            if (!transform.isSelfTransform()) {
                pendingInputs.merge(transform.toNode(), 1, Integer::sum);
            }
        }
        List<NodeDefinition> order = new ArrayList<>();
        // Of the nodes that are ready, the one declared first: node views follow the author's order.
        PriorityQueue<NodeDefinition> ready = new PriorityQueue<>(Comparator.comparingInt(nodes::indexOf));
        nodes.stream().filter(n -> pendingInputs.get(n.id()) == 0).forEach(ready::add);
        while (!ready.isEmpty()) {
            NodeDefinition node = ready.poll();
            order.add(node);
            for (TransformDefinition transform : outgoing(node.id())) {
                if (pendingInputs.merge(transform.toNode(), -1, Integer::sum) == 0) {
                    ready.add(nodesById.get(transform.toNode()));
                }
            }
        }
        if (order.size() != nodes.size()) {
            List<String> cyclic = nodes.stream().filter(n -> !order.contains(n)).map(NodeDefinition::id).toList();
            throw problem("its transforms form a cycle through nodes " + cyclic);
        }
        return List.copyOf(order);
    }

    private PipelineDefinitionException problem(String what) {
        return new PipelineDefinitionException("pipeline '" + id + "': " + what);
    }

    @Override
    public String toString() {
        return "pipeline " + id + " (" + nodes.size() + " nodes, " + transforms.size() + " transforms)";
    }
}
