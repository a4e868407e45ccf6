package org.parseq.core.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A stop of the pipeline where data are plotted, inspected and steered.
 *
 * @param id     ASCII id used in files and paths, e.g. {@code mu}
 * @param name   display name, e.g. {@code µd}
 * @param arrays the arrays that exist at this node, in display order
 */
public record NodeDefinition(String id, String name, List<ArrayDefinition> arrays) {

    public NodeDefinition {
        Names.requireIdentifier(id, "node id");
        name = name == null || name.isBlank() ? id : name;
        arrays = List.copyOf(arrays);
        Set<String> seen = new HashSet<>();
        for (ArrayDefinition array : arrays) {
            if (!seen.add(array.name())) {
                throw new IllegalArgumentException("node '" + id + "' declares array '" + array.name() + "' twice");
            }
        }
        long abscissas = arrays.stream().filter(a -> a.role() == ArrayRole.X).count();
        if (abscissas > 1) {
            throw new IllegalArgumentException("node '" + id + "' declares " + abscissas + " x arrays; at most one is allowed");
        }
    }

    public Optional<ArrayDefinition> array(String arrayName) {
        return arrays.stream().filter(a -> a.name().equals(arrayName)).findFirst();
    }

    public boolean hasArray(String arrayName) {
        return array(arrayName).isPresent();
    }

    /** The abscissa array, if this is a 1D node. */
    public Optional<ArrayDefinition> abscissa() {
        return arrays.stream().filter(a -> a.role() == ArrayRole.X).findFirst();
    }
}
