package org.parseq.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parseq.core.pipeline.ExecutionMode;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;

/**
 * The key of every (item, node) pair of a session snapshot. Keys depend only on the user's
 * decisions, not on results, so the whole run is planned before anything is computed.
 */
final class RunPlan {

    private final PipelineDefinition pipeline;
    private final List<ItemSpec> items;
    private final Map<String, ItemSpec> itemsById = new LinkedHashMap<>();
    private final Map<String, ItemRoute> routes = new HashMap<>();
    private final Map<String, Map<String, StageKey>> keys = new HashMap<>();

    RunPlan(PipelineDefinition pipeline, List<ItemSpec> items) {
        this.pipeline = pipeline;
        this.items = List.copyOf(items);
        for (ItemSpec item : items) {
            if (itemsById.putIfAbsent(item.id(), item) != null) {
                throw new IllegalArgumentException("item id '" + item.id() + "' is used twice");
            }
            routes.put(item.id(), ItemRoute.of(pipeline, item));
            keys.put(item.id(), new HashMap<>());
        }
        for (ItemSpec item : items) {
            if (item.combination() != null) {
                for (String parentId : item.combination().parentIds()) {
                    ItemSpec parent = itemsById.get(parentId);
                    if (parent == null) {
                        throw new IllegalArgumentException("combination '" + item.alias() + "' has a parent '"
                                + parentId + "' that is not in the session");
                    }
                    if (!routes.get(parentId).isOnPath(item.entryNode())) {
                        throw new IllegalArgumentException("combination '" + item.alias() + "': parent '"
                                + parent.alias() + "' does not reach node '" + item.entryNode() + "'");
                    }
                }
            }
        }
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            planNode(node.id());
        }
    }

    List<ItemSpec> items() {
        return items;
    }

    ItemSpec item(String id) {
        return itemsById.get(id);
    }

    ItemRoute route(String itemId) {
        return routes.get(itemId);
    }

    /** The key of a pair on the item's path; null where the node is not on it. */
    StageKey key(String itemId, String nodeId) {
        return keys.get(itemId).get(nodeId);
    }

    /** Items whose data enter at this node by combination, parents before children. */
    List<ItemSpec> combinationsAt(String nodeId) {
        List<ItemSpec> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<ItemSpec> pending = items.stream()
                .filter(i -> i.combination() != null && i.entryNode().equals(nodeId)).toList();
        while (ordered.size() < pending.size()) {
            boolean progress = false;
            for (ItemSpec item : pending) {
                if (!placed.contains(item.id()) && item.combination().parentIds().stream()
                        .allMatch(p -> placed.contains(p) || item(p).combination() == null
                                || !item(p).entryNode().equals(nodeId))) {
                    ordered.add(item);
                    placed.add(item.id());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalArgumentException("combinations at node '" + nodeId + "' are made of each other");
            }
        }
        return ordered;
    }

    /** Parameter values of a transform for an item: its own where set, else the defaults. */
    Map<String, Object> parameters(TransformDefinition transform, ItemSpec item) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterDescriptor descriptor : transform.parameters()) {
            Object value = item.parameters().get(descriptor.name());
            if (value == null) {
                value = descriptor.defaultValue();
            } else {
                try {
                    value = descriptor.coerce(value);
                } catch (IllegalArgumentException e) {
                    // Kept as given: the transform stage reports the problem for this item only.
                }
            }
            values.put(descriptor.name(), value);
        }
        return values;
    }

    private void planNode(String nodeId) {
        Map<String, List<ItemSpec>> together = new LinkedHashMap<>();
        for (ItemSpec item : items) {
            ItemRoute route = routes.get(item.id());
            if (!route.isOnPath(nodeId) || item.combination() != null && route.isEntry(nodeId)) {
                continue;
            }
            if (route.isEntry(nodeId)) {
                putWithSelfTransforms(item, nodeId, new StageKey.Loaded(item.source().identity()));
                continue;
            }
            TransformDefinition transform = route.incoming(nodeId).orElseThrow();
            if (transform.mode() == ExecutionMode.ALL_ITEMS) {
                together.computeIfAbsent(transform.id(), t -> new ArrayList<>()).add(item);
            } else {
                StageKey upstream = key(item.id(), transform.fromNode());
                putWithSelfTransforms(item, nodeId,
                        new StageKey.Transformed(upstream, transform.id(), parameters(transform, item)));
            }
        }
        together.forEach((transformId, participants) -> {
            TransformDefinition transform = pipeline.transform(transformId).orElseThrow();
            List<StageKey> inputs = participants.stream()
                    .map(p -> (StageKey) new StageKey.Transformed(key(p.id(), transform.fromNode()), transformId,
                            parameters(transform, p)))
                    .toList();
            for (int i = 0; i < participants.size(); i++) {
                putWithSelfTransforms(participants.get(i), nodeId,
                        new StageKey.TransformedTogether(transformId, inputs, i));
            }
        });
        for (ItemSpec combination : combinationsAt(nodeId)) {
            List<StageKey> parents = combination.combination().parentIds().stream()
                    .map(p -> key(p, nodeId)).toList();
            putWithSelfTransforms(combination, nodeId,
                    new StageKey.Combined(combination.combination().combiner().id(), parents));
        }
    }

    private void putWithSelfTransforms(ItemSpec item, String nodeId, StageKey key) {
        StageKey result = item.corrections(nodeId).isEmpty() ? key
                : new StageKey.Corrected(key, item.corrections(nodeId));
        for (TransformDefinition self : pipeline.selfTransforms(nodeId)) {
            result = new StageKey.Transformed(result, self.id(), parameters(self, item));
        }
        keys.get(item.id()).put(nodeId, result);
    }
}
