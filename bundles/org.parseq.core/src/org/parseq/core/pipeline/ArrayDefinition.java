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
 * @param shownByDefault whether a curve array is drawn before the user chooses which to show
 */
public record ArrayDefinition(String name, ArrayRole role, String label, String unit, boolean optional,
        boolean shownByDefault) {

    /** An array that is drawn by default if it is a curve. */
    public ArrayDefinition(String name, ArrayRole role, String label, String unit, boolean optional) {
        this(name, role, label, unit, optional, true);
    }

    public ArrayDefinition {
        Names.requireIdentifier(name, "array name");
        Objects.requireNonNull(role, "role");
        label = label == null || label.isBlank() ? name : label;
        unit = unit == null ? "" : unit;
    }

    public static ArrayDefinition of(String name, ArrayRole role) {
        return new ArrayDefinition(name, role, name, "", false);
    }

    /** A copy that is not drawn until the user asks for it (e.g. intermediate curves). */
    public ArrayDefinition hiddenByDefault() {
        return new ArrayDefinition(name, role, label, unit, optional, false);
    }
}
