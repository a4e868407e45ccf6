package org.parseq.cli;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;

/**
 * Where the spectra of a map ({@code --map}) enter the pipeline: a node with one x array, which takes
 * the energies, and one required curve, which takes the spectrum (XAS: node mu, arrays e and mu).
 *
 * @param nodeId   the entry node
 * @param xArray   the array the energies go to
 * @param yArray   the array a spectrum goes to
 */
record MapEntry(String nodeId, String xArray, String yArray) implements Serializable {

    /**
     * @param nodeName the node given with {@code --map-node} (id or name), or null for the first node, in
     *                 the pipeline's order, that takes one x and one curve
     */
    static MapEntry of(PipelineDefinition pipeline, String nodeName) throws UsageException {
        List<NodeDefinition> nodes = pipeline.topologicalNodes();
        if (nodeName != null) {
            NodeDefinition node = nodes.stream().filter(n -> n.id().equals(nodeName) || n.name().equals(nodeName))
                    .findFirst().orElseThrow(() -> new UsageException("--map-node: no node '" + nodeName
                            + "' in pipeline '" + pipeline.id() + "'; its nodes are: "
                            + nodes.stream().map(NodeDefinition::id).collect(Collectors.joining(", "))));
            MapEntry entry = ofNode(node);
            if (entry == null) {
                throw new UsageException("--map-node " + nodeName + ": a spectrum of a map enters a node with one x "
                        + "array and one required curve; node '" + node.id() + "' has " + node.arrays().stream()
                                .map(a -> a.name() + " (" + a.role() + (a.optional() ? ", optional" : "") + ")")
                                .collect(Collectors.joining(", ")));
            }
            return entry;
        }
        for (NodeDefinition node : nodes) {
            MapEntry entry = ofNode(node);
            if (entry != null) {
                return entry;
            }
        }
        throw new UsageException("--map: pipeline '" + pipeline.id() + "' has no node with one x array and one "
                + "required curve for the spectra of a map");
    }

    private static MapEntry ofNode(NodeDefinition node) {
        List<ArrayDefinition> required = node.arrays().stream().filter(a -> !a.optional()).toList();
        List<ArrayDefinition> x = required.stream().filter(a -> a.role() == ArrayRole.X).toList();
        List<ArrayDefinition> curves = required.stream().filter(a -> a.role().isCurve()).toList();
        if (x.size() != 1 || curves.size() != 1 || required.size() != 2) {
            return null;
        }
        return new MapEntry(node.id(), x.get(0).name(), curves.get(0).name());
    }
}
