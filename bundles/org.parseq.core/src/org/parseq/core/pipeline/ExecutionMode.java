package org.parseq.core.pipeline;

/** Whether a transform works on one item at a time or needs all items at once. */
public enum ExecutionMode {
    /** Items are independent: they may run in parallel. */
    PER_ITEM,
    /** The transform sees all items together, e.g. to align them: a barrier for the scheduler. */
    ALL_ITEMS
}
