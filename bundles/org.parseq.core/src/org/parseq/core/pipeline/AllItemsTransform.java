package org.parseq.core.pipeline;

import java.util.List;

/** The computation of an {@link ExecutionMode#ALL_ITEMS} transform: it sees every item at once. */
@FunctionalInterface
public interface AllItemsTransform {

    /**
     * @param items one context per item, in data-tree order
     * @throws Exception any failure; the engine marks all these items bad at the to-node
     */
    void apply(List<TransformContext> items) throws Exception;
}
