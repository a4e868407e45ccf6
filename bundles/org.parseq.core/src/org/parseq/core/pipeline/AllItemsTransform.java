package org.parseq.core.pipeline;

import java.util.List;

/** The computation of an {@link ExecutionMode#ALL_ITEMS} transform: it sees every item at once. */
@FunctionalInterface
public interface AllItemsTransform {

    /**
     * @param items one context per item with good data at the from-node, in data-tree order;
     *              items without are left out and marked with their own reason
     * @throws Exception any failure; the engine marks all these items bad at the to-node. To fail
     *              one item only, call {@link TransformContext#fail(String)} on it instead
     */
    void apply(List<TransformContext> items) throws Exception;
}
