package org.parseq.core.pipeline;

import java.util.Objects;

/**
 * One array of a node.
 *
 * @param name     unique within its node; the key under which transforms read and write it
 * @param role     how it is plotted and combined
 * @param label    what users see, e.g. {@code µ} or {@code χ(k)}
 * @param unit     physical unit, empty when dimensionless
 * @param optional whether data may lack it (then it is absent, not an error)
 */
public record ArrayDefinition(String name, ArrayRole role, String label, String unit, boolean optional) {

    public ArrayDefinition {
        Names.requireIdentifier(name, "array name");
        Objects.requireNonNull(role, "role");
        label = label == null || label.isBlank() ? name : label;
        unit = unit == null ? "" : unit;
    }

    public static ArrayDefinition of(String name, ArrayRole role) {
        return new ArrayDefinition(name, role, name, "", false);
    }
}
