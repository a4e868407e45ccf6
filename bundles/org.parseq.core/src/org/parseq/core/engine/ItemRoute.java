package org.parseq.core.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;

/**
 * The nodes an item passes through: those downstream of its entry node and, if it stops at a
 * node, upstream of that node too; and which transform brings it into each of them.
 */
final class ItemRoute {

    private final String entryNode;
    private final Set<String> nodesOnPath;
    private final Map<String, TransformDefinition> incoming;

    private ItemRoute(String entryNode, Set<String> nodesOnPath, Map<String, TransformDefinition> incoming) {
        this.entryNode = entryNode;
        this.nodesOnPath = nodesOnPath;
        this.incoming = incoming;
    }

    static ItemRoute of(PipelineDefinition pipeline, ItemSpec item) {
        pipeline.requireNode(item.entryNode());
        Set<String> stopUpstream = item.stopNode() == null ? null : upstreamOf(pipeline, item.stopNode());
        Set<String> onPath = new HashSet<>();
        Map<String, TransformDefinition> incoming = new HashMap<>();
        onPath.add(item.entryNode());
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            if (node.id().equals(item.entryNode()) || stopUpstream != null && !stopUpstream.contains(node.id())) {
                continue;
            }
            for (TransformDefinition transform : pipeline.incoming(node.id())) {
                if (onPath.contains(transform.fromNode())) {
                    onPath.add(node.id());
                    incoming.put(node.id(), transform);
                    break;
                }
            }
        }
        if (stopUpstream != null && !onPath.contains(item.stopNode())) {
            throw new IllegalArgumentException("item '" + item.alias() + "' stops at node '" + item.stopNode()
                    + "', which its entry node '" + item.entryNode() + "' does not lead to");
        }
        return new ItemRoute(item.entryNode(), onPath, incoming);
    }

    private static Set<String> upstreamOf(PipelineDefinition pipeline, String stopNode) {
        pipeline.requireNode(stopNode);
        Set<String> upstream = new HashSet<>();
        upstream.add(stopNode);
        var nodes = pipeline.topologicalNodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            String nodeId = nodes.get(i).id();
            for (TransformDefinition transform : pipeline.outgoing(nodeId)) {
                if (upstream.contains(transform.toNode())) {
                    upstream.add(nodeId);
                }
            }
        }
        return upstream;
    }

    boolean isOnPath(String nodeId) {
        return nodesOnPath.contains(nodeId);
    }

    boolean isEntry(String nodeId) {
        return entryNode.equals(nodeId);
    }

    /** The transform into a node on the path other than the entry node. */
    Optional<TransformDefinition> incoming(String nodeId) {
        return Optional.ofNullable(incoming.get(nodeId));
    }
}
