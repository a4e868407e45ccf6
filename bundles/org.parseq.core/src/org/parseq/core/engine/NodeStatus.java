package org.parseq.core.engine;

/** The state of one item at one node. */
public enum NodeStatus {
    /** Computed; its arrays are in the result. */
    GOOD,
    /** Failed here or upstream; the result carries the message (and the stack trace where it failed). */
    BAD,
    /** The node is not between the item's entry node and its stop node. */
    NOT_ON_PATH,
    /** The item's data could not be read. */
    SOURCE_NOT_FOUND
}
