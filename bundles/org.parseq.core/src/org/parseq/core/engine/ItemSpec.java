package org.parseq.core.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.parseq.core.correct.NodeCorrection;

/**
 * What the engine needs to know of one data item: a snapshot of the user's decisions, from
 * which its results are computed.
 *
 * @param id          stable and unique in a session; results are kept under it
 * @param alias       display name, for messages
 * @param entryNode   id of the node where its data enter the pipeline
 * @param stopNode    id of the node after which propagation ends, or null for an open end
 * @param source      where its data come from; null for a combination
 * @param combination how it is combined from other items; null for loaded data
 * @param parameters  parameter values that differ from the transforms' defaults, by name
 * @param fits        its fits, at most one of each kind
 * @param corrections its corrections by node id, each list in the order they apply
 */
public record ItemSpec(String id, String alias, String entryNode, String stopNode, ItemSource source,
        CombinationSpec combination, Map<String, Object> parameters, List<FitSpec> fits,
        Map<String, List<NodeCorrection>> corrections) {

    public ItemSpec {
        Objects.requireNonNull(id, "id");
        alias = alias == null ? id : alias;
        Objects.requireNonNull(entryNode, "entry node of " + alias);
        if ((source == null) == (combination == null)) {
            throw new IllegalArgumentException("item '" + alias + "' needs either a source or a combination");
        }
        if (combination != null && !combination.node().equals(entryNode)) {
            throw new IllegalArgumentException("combination item '" + alias + "' must enter at its combination node '"
                    + combination.node() + "'");
        }
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        fits = fits == null ? List.of() : List.copyOf(fits);
        Map<String, List<NodeCorrection>> byNode = new LinkedHashMap<>();
        if (corrections != null) {
            corrections.forEach((node, list) -> {
                if (!list.isEmpty()) {
                    byNode.put(node, List.copyOf(list));
                }
            });
        }
        corrections = Collections.unmodifiableMap(byNode);
        for (int i = 0; i < fits.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (fits.get(i).kind().equals(fits.get(j).kind())) {
                    throw new IllegalArgumentException("item '" + alias + "' has two fits '" + fits.get(i).kind()
                            + "'");
                }
            }
        }
    }

    public ItemSpec(String id, String alias, String entryNode, String stopNode, ItemSource source,
            CombinationSpec combination, Map<String, Object> parameters, List<FitSpec> fits) {
        this(id, alias, entryNode, stopNode, source, combination, parameters, fits, Map.of());
    }

    public ItemSpec(String id, String alias, String entryNode, String stopNode, ItemSource source,
            CombinationSpec combination, Map<String, Object> parameters) {
        this(id, alias, entryNode, stopNode, source, combination, parameters, List.of());
    }

    /** Its corrections at a node, in the order they apply; empty where it has none. */
    public List<NodeCorrection> corrections(String nodeId) {
        return corrections.getOrDefault(nodeId, List.of());
    }

    public ItemSpec withCorrections(Map<String, List<NodeCorrection>> newCorrections) {
        return new ItemSpec(id, alias, entryNode, stopNode, source, combination, parameters, fits, newCorrections);
    }

    /** Its fit of that kind, if it has one. */
    public Optional<FitSpec> fit(String kind) {
        return fits.stream().filter(f -> f.kind().equals(kind)).findFirst();
    }

    public ItemSpec withFits(List<FitSpec> newFits) {
        return new ItemSpec(id, alias, entryNode, stopNode, source, combination, parameters, newFits, corrections);
    }

    public static ItemSpec loaded(String id, String alias, String entryNode, ItemSource source,
            Map<String, Object> parameters) {
        return new ItemSpec(id, alias, entryNode, null, source, null, parameters);
    }

    public ItemSpec withParameters(Map<String, Object> newParameters) {
        return new ItemSpec(id, alias, entryNode, stopNode, source, combination, newParameters, fits, corrections);
    }

    public ItemSpec withStopNode(String newStopNode) {
        return new ItemSpec(id, alias, entryNode, newStopNode, source, combination, parameters, fits, corrections);
    }
}
