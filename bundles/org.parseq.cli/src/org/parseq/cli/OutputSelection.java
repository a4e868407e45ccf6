package org.parseq.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.write.ExportSelection;

/**
 * Which nodes and arrays a batch run writes ({@code --nodes}, {@code --arrays}); all of them when
 * not given. A node's x is written with any of its arrays, since the numbers mean nothing without it.
 *
 * @param nodeIds    the node ids written, empty for all
 * @param arrayNames the array names written, empty for all
 */
record OutputSelection(Set<String> nodeIds, Set<String> arrayNames) {

    static final OutputSelection ALL = new OutputSelection(Set.of(), Set.of());

    OutputSelection {
        nodeIds = Set.copyOf(nodeIds);
        arrayNames = Set.copyOf(arrayNames);
    }

    /**
     * @param nodes  node ids or names as given to {@code --nodes}, null or empty for all
     * @param arrays array names as given to {@code --arrays}, null or empty for all
     * @throws UsageException naming the unknown names and listing the valid ones
     */
    static OutputSelection parse(List<String> nodes, List<String> arrays, PipelineDefinition pipeline)
            throws UsageException {
        Set<String> nodeIds = new LinkedHashSet<>();
        for (String name : names(nodes)) {
            NodeDefinition node = pipeline.nodes().stream()
                    .filter(n -> n.id().equals(name) || n.name().equals(name)).findFirst()
                    .orElseThrow(() -> new UsageException("--nodes: no node '" + name + "' in pipeline '"
                            + pipeline.id() + "'; its nodes are: " + pipeline.topologicalNodes().stream()
                                    .map(n -> n.id().equals(n.name()) ? n.id() : n.id() + " (" + n.name() + ")")
                                    .collect(Collectors.joining(", "))));
            nodeIds.add(node.id());
        }
        OutputSelection nodesOnly = new OutputSelection(nodeIds, Set.of());
        Set<String> valid = new LinkedHashSet<>();
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            if (nodesOnly.writes(node)) {
                node.arrays().forEach(array -> valid.add(array.name()));
            }
        }
        Set<String> arrayNames = new LinkedHashSet<>();
        for (String name : names(arrays)) {
            if (!valid.contains(name)) {
                throw new UsageException("--arrays: no array '" + name + "' at the "
                        + (nodeIds.isEmpty() ? "nodes of pipeline '" + pipeline.id() + "'" : "nodes " + nodeIds)
                        + "; the arrays there are: " + String.join(", ", valid));
            }
            arrayNames.add(name);
        }
        return new OutputSelection(nodeIds, arrayNames);
    }

    private static List<String> names(List<String> given) {
        if (given == null) {
            return List.of();
        }
        return given.stream().flatMap(g -> List.of(g.split(",")).stream()).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The same choice for the writers of org.parseq.io.write. */
    ExportSelection export() {
        return new ExportSelection(nodeIds, arrayNames);
    }

    boolean writes(NodeDefinition node) {
        return export().writes(node);
    }

    /** Whether the array is written at a node that is written; the node's x goes with any of its arrays. */
    boolean writes(NodeDefinition node, ArrayDefinition array) {
        return export().writes(node, array);
    }
}
