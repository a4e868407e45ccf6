package org.parseq.model.pspj;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;

/**
 * Which nodes an item passes through, so that the reader leaves out what the engine cannot
 * run (a stop node its data never reach, a combination at a node its parents do not reach)
 * instead of failing the whole project's run.
 */
final class NodeRoutes {

    private NodeRoutes() {
    }

    /** Whether data entering at {@code entry} and stopping after {@code stop} (null: open) pass {@code node}. */
    static boolean passes(PipelineDefinition pipeline, String entry, String stop, String node) {
        Set<String> downstream = downstream(pipeline, entry);
        return downstream.contains(node) && (stop == null || downstream(pipeline, node).contains(stop));
    }

    /** The node and every node its outgoing transforms lead to. */
    static Set<String> downstream(PipelineDefinition pipeline, String node) {
        Set<String> reached = new HashSet<>();
        Deque<String> open = new ArrayDeque<>();
        open.add(node);
        while (!open.isEmpty()) {
            String current = open.poll();
            if (reached.add(current)) {
                for (TransformDefinition transform : pipeline.outgoing(current)) {
                    open.add(transform.toNode());
                }
            }
        }
        return reached;
    }
}
