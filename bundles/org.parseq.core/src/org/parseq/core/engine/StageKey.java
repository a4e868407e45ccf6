package org.parseq.core.engine;

import java.util.List;
import java.util.Map;

import org.parseq.core.correct.NodeCorrection;

/**
 * Everything a node's result of one item depends on, as a value: two equal keys give equal
 * results. The scheduler re-runs exactly the (item, node) pairs whose key changed, and an
 * undone edit finds its old key, so its old results come back without computing.
 */
public sealed interface StageKey {

    /** Data read from a source. */
    record Loaded(Object sourceIdentity) implements StageKey {
    }

    /** A combination of parents' results at a node. */
    record Combined(String combinerId, List<StageKey> parents) implements StageKey {
    }

    /** A transform applied to an upstream result with the given parameter values. */
    record Transformed(StageKey upstream, String transformId, Map<String, Object> parameters) implements StageKey {
    }

    /**
     * A transform that sees all items: its result for one item depends on every participant.
     *
     * @param participants the upstream key and parameters of every item in the run, in order
     */
    record TransformedTogether(String transformId, List<StageKey> participants, int position) implements StageKey {
    }

    /** An item's corrections at a node applied to what entered the node. */
    record Corrected(StageKey upstream, List<NodeCorrection> corrections) implements StageKey {
    }
}
