package org.parseq.core.engine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parseq.core.correct.NodeCorrection;
import org.parseq.core.correct.NodeCorrections;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;

/**
 * Computes one (item, node) result: reading the source, combining parents or applying the
 * incoming transform, then the node's own transforms. Failures become bad results of that
 * item; nothing is thrown.
 */
final class StageComputer {

    private final PipelineDefinition pipeline;
    private final RunPlan plan;
    private final ResultStore store;

    StageComputer(PipelineDefinition pipeline, RunPlan plan, ResultStore store) {
        this.pipeline = pipeline;
        this.plan = plan;
        this.store = store;
    }

    NodeResult load(ItemSpec item, String nodeId, StageKey key) {
        NodeDefinition node = pipeline.requireNode(nodeId);
        SourceData data;
        try {
            data = item.source().read();
        } catch (Exception | LinkageError e) {
            return NodeResult.failed(key, NodeStatus.SOURCE_NOT_FOUND,
                    "cannot read data of " + item.alias() + ": " + e.getMessage(), stackTrace(e));
        }
        Set<String> computedHere = pipeline.outputsWithin(node.id());
        for (ArrayDefinition array : node.arrays()) {
            if (!array.optional() && array.role() != ArrayRole.SCALAR_0D && !computedHere.contains(array.name())
                    && !data.has(array.name())) {
                return NodeResult.failed(key, NodeStatus.BAD, "the data of " + item.alias() + " lack array '"
                        + array.name() + "' of node '" + node.name() + "'", "");
            }
        }
        return applySelfTransforms(item, node, key, NodeData.of(data));
    }

    NodeResult transform(ItemSpec item, TransformDefinition transform, StageKey key) {
        NodeDefinition node = pipeline.requireNode(transform.toNode());
        NodeResult upstream = store.resultOrEmpty(item.id(), transform.fromNode());
        if (!upstream.isGood()) {
            return notComputedBecauseOf(upstream, key, transform.fromNode());
        }
        ItemComputation computation = new ItemComputation(item.alias(), NodeData.of(upstream),
                plan.parameters(transform, item));
        try {
            checkParameters(transform, item);
            transform.perItem().apply(computation);
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            return failure(key, transform, item, e);
        }
        return afterTransform(item, node, key, transform, computation);
    }

    /**
     * Applies an all-items transform; returns one result per participant, in order. A participant
     * without good data at the from-node, or with a parameter that does not fit, is left out of
     * the call with its own reason, and one the transform fails ({@link ItemComputation#fail})
     * fails alone; the others compute.
     */
    List<NodeResult> transformTogether(List<ItemSpec> participants, TransformDefinition transform,
            List<StageKey> keys) {
        NodeDefinition node = pipeline.requireNode(transform.toNode());
        NodeResult[] results = new NodeResult[participants.size()];
        List<Integer> called = new ArrayList<>();
        List<ItemComputation> computations = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            ItemSpec participant = participants.get(i);
            NodeResult upstream = store.resultOrEmpty(participant.id(), transform.fromNode());
            if (!upstream.isGood()) {
                results[i] = notComputedBecauseOf(upstream, keys.get(i), transform.fromNode());
                continue;
            }
            try {
                checkParameters(transform, participant);
            } catch (IllegalArgumentException e) {
                results[i] = failure(keys.get(i), transform, participant, e);
                continue;
            }
            called.add(i);
            computations.add(new ItemComputation(participant.alias(), NodeData.of(upstream),
                    plan.parameters(transform, participant)));
        }
        if (!called.isEmpty()) {
            try {
                transform.allItems().apply(List.copyOf(computations));
            } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
                for (int i : called) {
                    results[i] = failure(keys.get(i), transform, participants.get(i), e);
                }
                return List.of(results);
            }
        }
        for (int c = 0; c < called.size(); c++) {
            int i = called.get(c);
            results[i] = afterTransform(participants.get(i), node, keys.get(i), transform, computations.get(c));
        }
        return List.of(results);
    }

    /** Failed if the transform failed the item, else the item's result after the node's own transforms. */
    private NodeResult afterTransform(ItemSpec item, NodeDefinition node, StageKey key, TransformDefinition transform,
            ItemComputation computation) {
        if (computation.failure() != null) {
            return failedByTransform(key, transform, item, computation.failure());
        }
        return applySelfTransforms(item, node, key, computation.written());
    }

    NodeResult combine(ItemSpec item, StageKey key) {
        NodeDefinition node = pipeline.requireNode(item.entryNode());
        List<NodeResult> parents = new ArrayList<>();
        for (String parentId : item.combination().parentIds()) {
            NodeResult parent = store.resultOrEmpty(parentId, node.id());
            if (!parent.isGood()) {
                return NodeResult.failed(key, NodeStatus.BAD, "cannot combine: " + plan.item(parentId).alias()
                        + " has no good data at node '" + node.name() + "'", "");
            }
            parents.add(parent);
        }
        try {
            Map<String, double[]> arrays = ArrayCombination.combine(node, item.combination().combiner(), parents);
            return applySelfTransforms(item, node, key, NodeData.ofArrays(arrays));
        } catch (RuntimeException e) {
            return NodeResult.failed(key, NodeStatus.BAD, "cannot combine " + item.alias() + ": " + e.getMessage(),
                    stackTrace(e));
        }
    }

    private NodeResult applySelfTransforms(ItemSpec item, NodeDefinition node, StageKey key, NodeData entering) {
        NodeData current;
        try {
            current = corrected(item, node, entering);
        } catch (IllegalArgumentException e) {
            return NodeResult.failed(key, NodeStatus.BAD, "the corrections of " + item.alias() + " failed: "
                    + e.getMessage(), stackTrace(e));
        }
        for (TransformDefinition self : pipeline.selfTransforms(node.id())) {
            ItemComputation computation = new ItemComputation(item.alias(), current, plan.parameters(self, item));
            try {
                checkParameters(self, item);
                self.perItem().apply(computation);
            } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
                return failure(key, self, item, e);
            }
            if (computation.failure() != null) {
                return failedByTransform(key, self, item, computation.failure());
            }
            current = computation.after();
        }
        return NodeResult.good(key, current.arrays(), current.scalars(), current.images(), current.stacks());
    }

    /** The item's corrections at the node, applied before the node's own transforms see the data. */
    private static NodeData corrected(ItemSpec item, NodeDefinition node, NodeData entering) {
        List<NodeCorrection> corrections = item.corrections(node.id());
        if (corrections.isEmpty()) {
            return entering;
        }
        return new NodeData(NodeCorrections.apply(node, corrections, entering.arrays()), entering.scalars(),
                entering.images(), entering.stacks());
    }

    private void checkParameters(TransformDefinition transform, ItemSpec item) {
        for (var descriptor : transform.parameters()) {
            Object value = item.parameters().get(descriptor.name());
            if (value != null) {
                descriptor.coerce(value);
            }
        }
    }

    private static NodeResult notComputedBecauseOf(NodeResult upstream, StageKey key, String upstreamNode) {
        NodeStatus status = upstream.status() == NodeStatus.SOURCE_NOT_FOUND ? NodeStatus.SOURCE_NOT_FOUND
                : NodeStatus.BAD;
        return NodeResult.failed(key, status, "not computed: no good data at node '" + upstreamNode + "'"
                + (upstream.message().isEmpty() ? "" : " (" + upstream.message() + ")"), "");
    }

    /** An item the transform failed by {@link ItemComputation#fail}: its message says what is wrong. */
    private static NodeResult failedByTransform(StageKey key, TransformDefinition transform, ItemSpec item,
            String message) {
        return NodeResult.failed(key, NodeStatus.BAD, "\"" + transform.name() + "\" failed for " + item.alias()
                + ": " + message, "");
    }

    private static NodeResult failure(StageKey key, TransformDefinition transform, ItemSpec item, Throwable e) {
        return NodeResult.failed(key, NodeStatus.BAD, "failed \"" + transform.name() + "\" transform for data: "
                + item.alias() + ": " + reason(e), stackTrace(e));
    }

    /**
     * What the user reads: a transform's own refusal (an illegal argument or state: bad data or
     * parameters) is its message, which names the parameter; anything else is a program error
     * and keeps its type, the stack trace going to the details.
     */
    static String reason(Throwable e) {
        String message = e.getMessage();
        boolean refusal = e instanceof IllegalArgumentException || e instanceof IllegalStateException;
        if (refusal && message != null && !message.isBlank()) {
            return message;
        }
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }

    static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
