package org.parseq.core.engine;

import java.util.Map;

/**
 * Everything a fit's outcome depends on, as a value: the key of its node's result, its kind
 * and settings, the keys of the other items' results it reads, and what it joins of other
 * items' fits (their fit keys, or, where fits refer to each other, their settings). Two equal
 * keys give equal outcomes, so a fit runs again exactly when one of these changed.
 */
public record FitKey(StageKey node, String kind, Map<String, Object> settings, Map<String, StageKey> dataReferences,
        Map<String, Object> joined) {
}
