package org.parseq.core.pipeline;

/** The computation of a {@link ExecutionMode#PER_ITEM} transform for one item. */
@FunctionalInterface
public interface Transform {

    /**
     * Reads the from-node arrays and parameters of one item and writes its to-node arrays.
     * Must not keep state between calls: calls for different items run concurrently.
     *
     * @throws Exception any failure; the engine marks this item bad at the to-node with it
     */
    void apply(TransformContext item) throws Exception;
}
