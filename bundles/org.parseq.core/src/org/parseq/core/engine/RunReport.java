package org.parseq.core.engine;

import java.util.Comparator;
import java.util.List;

/**
 * What a run did.
 *
 * @param computed stages actually computed (read, combined or transformed), sorted
 * @param restored (item, node) pairs whose earlier results were taken back without computing
 * @param failures stages that failed, sorted
 * @param canceled whether the run stopped before it reached everything
 */
public record RunReport(List<Stage> computed, int restored, List<Failure> failures, boolean canceled) {

    /** One computed (item, node) pair and what made it. */
    public record Stage(String itemId, String nodeId, String madeBy) {
    }

    /** One item that failed at one node. */
    public record Failure(String itemId, String alias, String nodeId, String message) {
    }

    static final Comparator<Stage> STAGE_ORDER =
            Comparator.comparing(Stage::nodeId).thenComparing(Stage::itemId);

    public RunReport {
        computed = computed.stream().sorted(STAGE_ORDER).toList();
        failures = failures.stream()
                .sorted(Comparator.comparing(Failure::nodeId).thenComparing(Failure::itemId)).toList();
    }

    public boolean computedAny(String itemId) {
        return computed.stream().anyMatch(s -> s.itemId().equals(itemId));
    }

    public boolean computed(String itemId, String nodeId) {
        return computed.stream().anyMatch(s -> s.itemId().equals(itemId) && s.nodeId().equals(nodeId));
    }
}
