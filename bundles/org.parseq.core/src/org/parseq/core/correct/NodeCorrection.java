package org.parseq.core.correct;

import java.util.Objects;
import java.util.Set;

/**
 * A correction as an item holds it at a node: what it does, and the node's arrays it must
 * leave alone (the original's {@code excludeArrays}).
 */
public record NodeCorrection(Correction correction, Set<String> excludedArrays) {

    public NodeCorrection {
        Objects.requireNonNull(correction, "correction");
        excludedArrays = excludedArrays == null ? Set.of() : Set.copyOf(excludedArrays);
    }

    public NodeCorrection(Correction correction) {
        this(correction, Set.of());
    }
}
