package org.parseq.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a combination item is made from its parents' arrays at one node. Average, sum and RMS
 * are {@link StandardCombiner}s, which combine each array point by point and implement
 * {@link #combine(List)}. Combinations whose item depends on all parents' arrays together
 * (PCA, target transformation and MCR-ALS in {@code org.parseq.core.combine}) implement
 * {@link #combine(AlignedArrays)} instead.
 */
public interface Combiner {

    /**
     * Stable id used in project files and in result keys, e.g. {@code average}. Combiners with
     * settings include them: two combiners with equal ids must make equal items of equal parents.
     */
    String id();

    /**
     * Combines one array over the parents, all of the same length.
     *
     * @param parents one array per parent that has it, in the parents' order
     * @throws UnsupportedOperationException unless the combiner works point by point
     */
    default double[] combine(List<double[]> parents) {
        throw new UnsupportedOperationException("combination '" + id() + "' combines whole nodes, not single arrays");
    }

    /**
     * Combines the node's arrays over the parents. By default each array on its own by
     * {@link #combine(List)}, over the parents that have it.
     *
     * @return the combined item's arrays by name, without the abscissa, which the engine adds
     * @throws IllegalArgumentException with a message saying what is wrong with the parents
     */
    default Map<String, double[]> combine(AlignedArrays parents) {
        Map<String, double[]> combined = new LinkedHashMap<>();
        parents.arrays().forEach((name, values) -> {
            List<double[]> present = new ArrayList<>(values.stream().filter(Objects::nonNull).toList());
            if (present.isEmpty()) {
                return;
            }
            int length = present.get(0).length;
            if (present.stream().anyMatch(v -> v.length != length)) {
                throw new IllegalArgumentException("array '" + name + "' has different lengths in the parents");
            }
            combined.put(name, combine(present));
        });
        return combined;
    }
}
