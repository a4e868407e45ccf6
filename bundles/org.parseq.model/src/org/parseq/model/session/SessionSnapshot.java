package org.parseq.model.session;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parseq.core.correct.Corrections;
import org.parseq.core.correct.NodeCorrection;
import org.parseq.core.engine.AlignedArrays;
import org.parseq.core.engine.CombinationSpec;
import org.parseq.core.engine.Combiner;
import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSourceResolver;
import org.parseq.core.engine.FitSpec;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.pipeline.FitKind;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.model.CombinationKind;
import org.parseq.model.CorrectionCommands;
import org.parseq.model.DataTree;
import org.parseq.model.FitCommands;
import org.parseq.model.data.Combination;
import org.parseq.model.data.CorrectionSettings;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataRoot;
import org.parseq.model.data.DataSource;
import org.parseq.model.data.FitSettings;
import org.parseq.model.data.ParameterValue;

/**
 * Turns the data tree into what the engine computes from: one {@link ItemSpec} per item, in
 * tree order. Reading it is cheap, so the engine can be given a fresh snapshot after every edit.
 * A combined item that cannot be made (a parent removed or not reaching its node, a wrong
 * setting) becomes an item that fails with the reason, so that it shows why and the run goes on.
 */
final class SessionSnapshot {

    private SessionSnapshot() {
    }

    /**
     * @param baseDirectory where relative source paths are resolved from (the project's folder), or null
     * @param shared        the session's shared decompositions; keeps those this snapshot uses
     */
    static List<ItemSpec> of(PipelineDefinition pipeline, DataRoot root, ItemSourceResolver resolver,
            Path baseDirectory, SharedCombinations shared) {
        List<DataItem> items = DataTree.items(root);
        Set<DataItem> inTree = Set.copyOf(items);
        Set<String> used = new HashSet<>();
        List<ItemSpec> specs = new ArrayList<>(items.size());
        for (DataItem item : items) {
            Map<String, Object> parameters = new HashMap<>();
            for (ParameterValue parameter : item.getParameters()) {
                parameters.put(parameter.getName(), parameter.getValue());
            }
            ItemSpec spec = item.getCombination() != null ? combined(pipeline, item, parameters, inTree, shared, used)
                    : new ItemSpec(item.getId(), item.getAlias(), item.getEntryNode(), item.getStopNode(),
                            source(item, resolver, baseDirectory), null, parameters);
            specs.add(spec.withFits(fits(pipeline, item)).withCorrections(corrections(item)));
        }
        shared.retainOnly(used);
        return specs;
    }

    /** The item's fits; a fit without a node is attached where its kind is by default. */
    private static List<FitSpec> fits(PipelineDefinition pipeline, DataItem item) {
        List<FitSpec> fits = new ArrayList<>();
        for (FitSettings fit : item.getFits()) {
            String node = fit.getNode() != null ? fit.getNode()
                    : pipeline.fitKind(fit.getKind()).map(FitKind::defaultNode).orElse("");
            fits.add(new FitSpec(fit.getKind(), node, FitCommands.settings(fit)));
        }
        return fits;
    }

    /**
     * The item's corrections that are switched on, by node; settings that cannot be read become
     * a correction that fails the item at its node with the reason.
     */
    private static Map<String, List<NodeCorrection>> corrections(DataItem item) {
        Map<String, List<NodeCorrection>> byNode = new LinkedHashMap<>();
        for (CorrectionSettings correction : item.getCorrections()) {
            Map<String, Object> settings = CorrectionCommands.settings(correction);
            if (!Corrections.isUsed(settings)) {
                continue;
            }
            NodeCorrection parsed;
            try {
                parsed = Corrections.parse(settings);
            } catch (IllegalArgumentException e) {
                parsed = Corrections.unusable(settings, e.getMessage());
            }
            byNode.computeIfAbsent(correction.getNode(), n -> new ArrayList<>()).add(parsed);
        }
        return byNode;
    }

    private static ItemSpec combined(PipelineDefinition pipeline, DataItem item, Map<String, Object> parameters,
            Set<DataItem> inTree, SharedCombinations shared, Set<String> used) {
        Combination combination = item.getCombination();
        String node = combination.getNode();
        List<DataItem> parents;
        try {
            CombinationKind kind = CombinationKind.byId(combination.getKind());
            parents = SharedCombinations.engineParents(combination);
            if (kind.isPointwise()) {
                // Average, sum and RMS go on over the parents that are left.
                parents = parents.stream().filter(inTree::contains).toList();
            }
        } catch (IllegalArgumentException e) {
            return failing(item, parameters, e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        for (DataItem parent : parents) {
            if (!inTree.contains(parent)) {
                problems.add(parent.getAlias() + " is no longer in the data tree");
            } else if (!reaches(pipeline, parent, node)) {
                problems.add("the data of " + parent.getAlias() + " do not reach node '" + node + "'");
            }
        }
        if (parents.size() < 2) {
            problems.add("it needs at least two items, and " + parents.size() + " are left");
        }
        if (!problems.isEmpty()) {
            return failing(item, parameters, String.join("; ", problems));
        }
        List<String> parentIds = parents.stream().map(DataItem::getId).toList();
        Combiner combiner;
        try {
            combiner = shared.combiner(combination, parentIds, used);
        } catch (IllegalArgumentException e) {
            combiner = new InvalidCombiner(e.getMessage());
        }
        return new ItemSpec(item.getId(), item.getAlias(), item.getEntryNode(), item.getStopNode(), null,
                new CombinationSpec(combiner, node, parentIds), parameters);
    }

    /** Whether data of the parent pass the node: it lies downstream of their entry and not after their stop. */
    static boolean reaches(PipelineDefinition pipeline, DataItem parent, String node) {
        Set<String> downstream = downstream(pipeline, parent.getEntryNode());
        return downstream.contains(node)
                && (parent.getStopNode() == null || downstream(pipeline, node).contains(parent.getStopNode()));
    }

    private static Set<String> downstream(PipelineDefinition pipeline, String node) {
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

    private static ItemSpec failing(DataItem item, Map<String, Object> parameters, String reason) {
        return new ItemSpec(item.getId(), item.getAlias(), item.getEntryNode(), item.getStopNode(),
                new UnresolvableSource("the combination cannot be made: " + reason), null, parameters);
    }

    private static ItemSource source(DataItem item, ItemSourceResolver resolver, Path baseDirectory) {
        DataSource source = item.getSource();
        if (source == null || source.getLocation() == null) {
            return new UnresolvableSource("item " + item.getAlias() + " has no data source");
        }
        String location = SourcePaths.resolve(source.getLocation(), baseDirectory);
        try {
            return resolver.resolve(location, source.getContainerPath(), source.getFormat());
        } catch (IllegalArgumentException e) {
            return new UnresolvableSource(e.getMessage());
        }
    }

    /** A source that fails when read, so that the item shows why instead of vanishing. */
    private record UnresolvableSource(String reason) implements ItemSource {
        @Override
        public Object identity() {
            return this;
        }

        @Override
        public Map<String, double[]> load() {
            throw new IllegalArgumentException(reason);
        }
    }

    /** A combination whose settings are wrong: the item is bad with the reason. */
    private record InvalidCombiner(String reason) implements Combiner {
        @Override
        public String id() {
            return "invalid(" + reason + ")";
        }

        @Override
        public Map<String, double[]> combine(AlignedArrays parents) {
            throw new IllegalArgumentException(reason);
        }
    }
}
