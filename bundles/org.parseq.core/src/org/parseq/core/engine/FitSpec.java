package org.parseq.core.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One fit of an item as the user set it: its kind ({@code lcf}, {@code ffit}, ...), the node
 * it is attached to, and its settings as plain data (see
 * {@link org.parseq.core.pipeline.FitKind}). Part of an {@link ItemSpec}: a changed fit
 * setting makes the fit stale, nothing else.
 */
public record FitSpec(String kind, String node, Map<String, Object> settings) {

    public FitSpec {
        Objects.requireNonNull(kind, "fit kind");
        Objects.requireNonNull(node, "node of fit " + kind);
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
}
