package org.parseq.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.parseq.core.engine.NodeResult;

/**
 * What one item of a batch run reached: its result at every node, in the pipeline's
 * topological order, and the first failure (the one that stopped it), if any.
 *
 * @param parameters  the values it ran with that differ from the defaults, by parameter name
 * @param combination for a combined item how it was made and the matrices behind it
 *                    ({@link CombinationDescription}), else null
 * @param fits        its fits' outcomes in the original's keys ({@link FitDescription}), empty without fits
 * @param format      the data format its data were read with (JSON text), null when not known (a combination)
 */
record ItemOutcome(BatchInput input, String entryNode, Map<String, Object> parameters,
        Map<String, NodeResult> results, String failure, Map<String, Object> combination, Map<String, Object> fits,
        String format) {

    ItemOutcome {
        parameters = Map.copyOf(parameters);
        results = new LinkedHashMap<>(results);
        fits = fits == null ? Map.of() : new LinkedHashMap<>(fits);
    }

    ItemOutcome(BatchInput input, String entryNode, Map<String, Object> parameters, Map<String, NodeResult> results,
            String failure, Map<String, Object> combination, Map<String, Object> fits) {
        this(input, entryNode, parameters, results, failure, combination, fits, null);
    }

    /** The same outcome, read with this data format. */
    ItemOutcome withFormat(String formatText) {
        return new ItemOutcome(input, entryNode, parameters, results, failure, combination, fits, formatText);
    }

    ItemOutcome(BatchInput input, String entryNode, Map<String, Object> parameters, Map<String, NodeResult> results,
            String failure, Map<String, Object> combination) {
        this(input, entryNode, parameters, results, failure, combination, Map.of());
    }

    ItemOutcome(BatchInput input, String entryNode, Map<String, Object> parameters, Map<String, NodeResult> results,
            String failure) {
        this(input, entryNode, parameters, results, failure, null, Map.of());
    }

    /**
     * This outcome without its arrays, images and stack traces: what the summary and the report
     * need once the item's files are written, so that a long run keeps no arrays of done items.
     */
    ItemOutcome summarised() {
        Map<String, NodeResult> light = new LinkedHashMap<>();
        results.forEach((node, result) -> light.put(node, new NodeResult(result.key(), result.status(), Map.of(),
                result.scalars(), result.message(), "")));
        return new ItemOutcome(input, entryNode, parameters, light, failure, combination, fits, format);
    }

    /**
     * This outcome with the arrays of the given nodes only (all nodes when empty); the other nodes keep
     * their status and values: what a run writing only those nodes needs to hold until it writes.
     */
    ItemOutcome withArraysOf(java.util.Set<String> nodeIds) {
        if (nodeIds.isEmpty()) {
            return this;
        }
        Map<String, NodeResult> kept = new LinkedHashMap<>();
        results.forEach((node, result) -> kept.put(node, nodeIds.contains(node) ? result
                : new NodeResult(result.key(), result.status(), Map.of(), result.scalars(), result.message(), "")));
        return new ItemOutcome(input, entryNode, parameters, kept, failure, combination, fits, format);
    }

    boolean failed() {
        return failure != null;
    }

    /** The scalars of the most downstream good node: they include everything found upstream. */
    Map<String, Double> scalars() {
        Map<String, Double> scalars = Map.of();
        for (NodeResult result : results.values()) {
            if (result.isGood()) {
                scalars = result.scalars();
            }
        }
        return scalars;
    }
}
