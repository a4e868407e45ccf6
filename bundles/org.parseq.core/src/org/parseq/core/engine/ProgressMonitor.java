package org.parseq.core.engine;

/**
 * How a run reports progress and learns that it should stop. The workbench adapts it to
 * Eclipse Jobs; batch runs print it. Implementations must be thread-safe.
 */
public interface ProgressMonitor {

    ProgressMonitor NONE = new ProgressMonitor() {
    };

    /** The run is about to compute {@code totalWork} (item, node) stages. */
    default void begin(int totalWork) {
    }

    /** Which node the run is at now. */
    default void node(String nodeName) {
    }

    default void worked(int units) {
    }

    /** Checked between stages: once true, the run stops and leaves what it did not reach stale. */
    default boolean isCanceled() {
        return false;
    }

    default void done() {
    }
}
