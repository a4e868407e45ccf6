package org.parseq.core.engine;

import java.util.List;
import java.util.Objects;

/**
 * How a combination item is made.
 *
 * @param combiner  average, sum, RMS, ...
 * @param node      id of the node where the parents' arrays are combined; the item enters there
 * @param parentIds ids of the parent items, at least two, in order (the first gives the x grid)
 */
public record CombinationSpec(Combiner combiner, String node, List<String> parentIds) {

    public CombinationSpec {
        Objects.requireNonNull(combiner, "combiner");
        Objects.requireNonNull(node, "node");
        parentIds = List.copyOf(parentIds);
        if (parentIds.size() < 2) {
            throw new IllegalArgumentException("a combination needs at least two parents, not " + parentIds.size());
        }
    }
}
