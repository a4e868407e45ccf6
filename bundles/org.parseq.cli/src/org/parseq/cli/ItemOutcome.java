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
 */
record ItemOutcome(BatchInput input, String entryNode, Map<String, Object> parameters,
        Map<String, NodeResult> results, String failure, Map<String, Object> combination) {

    ItemOutcome {
        parameters = Map.copyOf(parameters);
        results = new LinkedHashMap<>(results);
    }

    ItemOutcome(BatchInput input, String entryNode, Map<String, Object> parameters, Map<String, NodeResult> results,
            String failure) {
        this(input, entryNode, parameters, results, failure, null);
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
