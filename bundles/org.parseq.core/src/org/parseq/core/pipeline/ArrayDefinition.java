package org.parseq.core.pipeline;

import java.util.List;
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
 * @param axes     for an image or a stack, the 1D arrays of the same node along its axes, slowest
 *                 first (for an image: rows, then columns); an empty name means the index
 *                 (e.g. detector pixels). Empty when the array has no named axes.
 */
public record ArrayDefinition(String name, ArrayRole role, String label, String unit, boolean optional,
        boolean shownByDefault, List<String> axes) {

    /** An array that is drawn by default if it is a curve. */
    public ArrayDefinition(String name, ArrayRole role, String label, String unit, boolean optional) {
        this(name, role, label, unit, optional, true, List.of());
    }

    public ArrayDefinition(String name, ArrayRole role, String label, String unit, boolean optional,
            boolean shownByDefault) {
        this(name, role, label, unit, optional, shownByDefault, List.of());
    }

    public ArrayDefinition {
        Names.requireIdentifier(name, "array name");
        Objects.requireNonNull(role, "role");
        label = label == null || label.isBlank() ? name : label;
        unit = unit == null ? "" : unit;
        axes = axes == null ? List.of() : List.copyOf(axes);
        if (!axes.isEmpty() && axes.size() != rank(role)) {
            throw new IllegalArgumentException("array '" + name + "' is " + rank(role) + "D but names " + axes.size()
                    + " axes " + axes);
        }
    }

    /** 0 for scalars, 2 for images, 3 for stacks, 1 for every other role. */
    public static int rank(ArrayRole role) {
        return switch (role) {
        case SCALAR_0D -> 0;
        case IMAGE_2D -> 2;
        case STACK_3D -> 3;
        default -> 1;
        };
    }

    public int rank() {
        return rank(role);
    }

    /**
     * A copy with named axes, e.g. {@code withAxes("theta", "")} for an image whose rows follow
     * the node's θ array and whose columns are detector pixels.
     */
    public ArrayDefinition withAxes(String... axisArrays) {
        return new ArrayDefinition(name, role, label, unit, optional, shownByDefault, List.of(axisArrays));
    }

    public static ArrayDefinition of(String name, ArrayRole role) {
        return new ArrayDefinition(name, role, name, "", false);
    }

    /** A copy that is not drawn until the user asks for it (e.g. intermediate curves). */
    public ArrayDefinition hiddenByDefault() {
        return new ArrayDefinition(name, role, label, unit, optional, false, axes);
    }
}
