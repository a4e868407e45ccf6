package org.parseq.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.io.write.AthenaJsonWriter;
import org.parseq.io.write.XasXdiExport;

/**
 * The XAS exchange formats, XDI and Athena projects, hold µ(E) and χ(k): they are written from
 * the nodes whose arrays are named as those formats name them, a node with x {@code e} and curve
 * {@code mu} (µ(E)) and one with x {@code k} and curve {@code chi} (χ·k^kw, with the parameter
 * {@code kw}), in whichever pipeline has them. Items that did not reach them are left out.
 */
final class ExchangeNodes {

    static final String MU_FILE = "mu.xdi";
    static final String CHI_FILE = "chi.xdi";
    static final String ATHENA_FILE = "results.prj";

    private final PipelineDefinition pipeline;
    private final Optional<NodeDefinition> muNode;
    private final Optional<NodeDefinition> chiNode;

    ExchangeNodes(PipelineDefinition pipeline, OutputSelection selection) {
        this.pipeline = pipeline;
        this.muNode = find(pipeline, selection, "e", "mu");
        this.chiNode = find(pipeline, selection, "k", "chi");
    }

    private static Optional<NodeDefinition> find(PipelineDefinition pipeline, OutputSelection selection, String x,
            String y) {
        return pipeline.topologicalNodes().stream()
                .filter(n -> n.abscissa().map(a -> a.name().equals(x)).orElse(false) && n.hasArray(y))
                .filter(n -> selection.writes(n) && selection.writes(n, n.array(y).orElseThrow()))
                .findFirst();
    }

    Optional<NodeDefinition> muNode() {
        return muNode;
    }

    Optional<NodeDefinition> chiNode() {
        return chiNode;
    }

    /** Whether an item's χ is written unweighted (divided by k^kw), or as χ·k^kw where k reaches 0. */
    static boolean chiDivisible(double[] k, int kw) {
        if (kw == 0) {
            return true;
        }
        for (double value : k) {
            if (!(value > 0)) {
                return false;
            }
        }
        return true;
    }

    int kw(ItemOutcome outcome) {
        Object kw = values(outcome).get("kw");
        return kw instanceof Number number ? number.intValue() : 0;
    }

    /** {@code DIR/<alias>/mu.xdi} and {@code chi.xdi} for every item that reached the nodes. */
    void writeXdi(Path outFolder, List<ItemOutcome> outcomes) throws IOException {
        for (ItemOutcome outcome : outcomes) {
            Path folder = outFolder.resolve(outcome.input().alias());
            XasXdiExport export = new XasXdiExport(null, null, outcome.scalars().getOrDefault("e0", Double.NaN),
                    Double.NaN, null, outcome.input().alias(), outcome.input().argument());
            Map<String, Object> values = values(outcome);
            NodeResult mu = muNode.map(n -> good(outcome, n)).orElse(null);
            if (mu != null) {
                export.writeMu(folder.resolve(MU_FILE), mu.arrays().get("e"), mu.arrays().get("mu"),
                        XasXdiExport.MuMode.TRANSMISSION, values, true);
            }
            NodeResult chi = chiNode.map(n -> good(outcome, n)).orElse(null);
            if (chi != null) {
                export.writeChi(folder.resolve(CHI_FILE), chi.arrays().get("k"), chi.arrays().get("chi"), kw(outcome),
                        values, true);
            }
        }
    }

    /** The items in the Athena project, in order: those that reached µ(E). */
    List<ItemOutcome> athenaItems(List<ItemOutcome> outcomes) {
        return muNode.isEmpty() ? List.of() : outcomes.stream().filter(o -> good(o, muNode.get()) != null).toList();
    }

    /** {@code DIR/results.prj}: every item's µ(E) with its E0 and ranges. */
    void writeAthena(Path outFolder, List<ItemOutcome> outcomes) throws IOException {
        List<AthenaJsonWriter.Group> groups = new ArrayList<>();
        for (ItemOutcome outcome : athenaItems(outcomes)) {
            NodeResult mu = good(outcome, muNode.orElseThrow());
            groups.add(new AthenaJsonWriter.Group(outcome.input().alias(), mu.arrays().get("e"), mu.arrays().get("mu"),
                    outcome.scalars().getOrDefault("e0", Double.NaN), values(outcome)));
        }
        if (!groups.isEmpty()) {
            AthenaJsonWriter.write(outFolder.resolve(ATHENA_FILE), groups, true);
        }
    }

    static NodeResult good(ItemOutcome outcome, NodeDefinition node) {
        NodeResult result = outcome.results().get(node.id());
        return result != null && result.isGood() ? result : null;
    }

    /** Every parameter of the transforms the item went through, as it ran with it. */
    private Map<String, Object> values(ItemOutcome outcome) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (TransformDefinition transform : pipeline.transforms()) {
            NodeResult from = outcome.results().get(transform.fromNode());
            NodeResult to = outcome.results().get(transform.toNode());
            if (from == null || to == null || from.key() == null || to.key() == null) {
                continue;
            }
            for (ParameterDescriptor descriptor : transform.parameters()) {
                values.put(descriptor.name(), outcome.parameters().getOrDefault(descriptor.name(),
                        descriptor.defaultValue()));
            }
        }
        return values;
    }
}
