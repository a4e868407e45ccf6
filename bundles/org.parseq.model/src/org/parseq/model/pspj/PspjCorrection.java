package org.parseq.model.pspj;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One correction of an item at a node (parseq-behaviour.md §11) as the original saved it under
 * {@code correction_<node name>}, as plain data: the node and the correction's dictionary
 * ({@code kind}, its geometry, {@code use}, ...), in the order they apply.
 *
 * @param originalNode the node name in the file
 * @param nodeId       our node's id, or null when the pipeline has no such node
 * @param settings     the correction's keys and Python values
 */
public record PspjCorrection(String originalNode, String nodeId, Map<String, Object> settings) {

    public PspjCorrection {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The correction's kind as the original names it, or null if the dictionary has none. */
    public String kind() {
        Object kind = settings.get("kind");
        return kind == null ? null : kind.toString();
    }
}
