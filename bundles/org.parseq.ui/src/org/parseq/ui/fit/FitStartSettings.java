package org.parseq.ui.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings a new fit starts from, in the original's layout (see docs/scripting.md, Fits):
 * an LCF over the named reference items with equal weights in [0, 1] and shifts in [-1, 1];
 * a function fit of a formula with its parameters' start values.
 */
public final class FitStartSettings {

    private FitStartSettings() {
    }

    /**
     * @param names   LCF: reference aliases separated by commas; function fit: {@code name=value, ...}
     * @param formula the function fit's formula
     * @throws IllegalArgumentException saying what is missing or not understood
     */
    public static Map<String, Object> of(String kind, String names, String formula) {
        List<String> given = names.isBlank() ? List.of()
                : List.of(names.strip().split("\\s*,\\s*"));
        Map<String, Object> settings = new LinkedHashMap<>();
        switch (kind) {
            case "lcf" -> {
                if (given.isEmpty()) {
                    throw new IllegalArgumentException("An LCF needs reference items: type their aliases,"
                            + " separated by commas, in 'references'.");
                }
                List<Object> params = new ArrayList<>();
                for (String name : given) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("name", name);
                    entry.put("use", true);
                    entry.put("w", 1.0 / given.size());
                    entry.put("wBounds", List.of(0.0, 1.0, 0.01));
                    entry.put("dx", 0.0);
                    entry.put("dxBounds", List.of(-1.0, 1.0, 0.01));
                    params.add(entry);
                }
                settings.put("params", params);
            }
            case "ffit" -> {
                if (formula.isBlank()) {
                    throw new IllegalArgumentException("A function fit needs a formula in x and its parameters.");
                }
                Map<String, Object> params = new LinkedHashMap<>();
                for (String assignment : given) {
                    String[] parts = assignment.split("=", 2);
                    try {
                        params.put(parts[0].strip(), Map.of("value", Double.parseDouble(parts[1].strip())));
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("Function fit parameter '" + assignment
                                + "': write name=start value, e.g. x0=8980.");
                    }
                }
                if (params.isEmpty()) {
                    throw new IllegalArgumentException("A function fit needs its parameters' start values in"
                            + " 'references': name=value, separated by commas.");
                }
                settings.put("formula", formula.strip());
                settings.put("params", params);
            }
            default -> throw new IllegalArgumentException("A " + kind + " fit needs more than this panel asks"
                    + " (e.g. FEFF paths): open a project that has one (File > Open Project), then edit it here.");
        }
        return settings;
    }
}
