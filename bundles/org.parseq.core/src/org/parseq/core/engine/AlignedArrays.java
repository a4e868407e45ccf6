package org.parseq.core.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.pipeline.NodeDefinition;

/**
 * The parents' arrays of one node, ready to be combined: all on one x grid (the first parent's;
 * interpolated onto it where the parents' grids differ), by array name in the node's order,
 * one entry per parent in the parents' order, null where a parent lacks the array.
 *
 * @param x           the common abscissa, or null if the node has none
 * @param arrays      the arrays other than the abscissa, each list as long as there are parents
 * @param parentNames the parents' names, for messages
 */
public record AlignedArrays(double[] x, Map<String, List<double[]>> arrays, List<String> parentNames) {

    public AlignedArrays {
        List<String> names = List.copyOf(parentNames);
        Map<String, List<double[]>> copy = new LinkedHashMap<>();
        arrays.forEach((name, values) -> {
            if (values.size() != names.size()) {
                throw new IllegalArgumentException("array '" + name + "' has " + values.size() + " entries for "
                        + names.size() + " parents");
            }
            copy.put(name, Collections.unmodifiableList(new ArrayList<>(values)));
        });
        arrays = Collections.unmodifiableMap(copy);
        parentNames = names;
    }

    /**
     * The parents' arrays of a node as a combination sees them, e.g. for a live preview of a
     * PCA or MCR-ALS before the combination is made.
     *
     * @param parents     the parents' results at the node, the first giving the x grid
     * @param parentNames their names, for messages
     * @throws IllegalArgumentException if an array cannot be put onto the first parent's grid
     */
    public static AlignedArrays of(NodeDefinition node, List<NodeResult> parents, List<String> parentNames) {
        if (parents.isEmpty()) {
            throw new IllegalArgumentException("nothing to combine: no parents");
        }
        return ArrayCombination.align(node, parents, parentNames);
    }

    /** How many parents there are. */
    public int parents() {
        return parentNames.size();
    }

    /** The parents' values of one array, null entries included. */
    public List<double[]> array(String name) {
        List<double[]> values = arrays.get(name);
        if (values == null) {
            throw new IllegalArgumentException("the parents have no array '" + name + "'; they have "
                    + arrays.keySet());
        }
        return values;
    }

    /** Whether every parent has this array. */
    public boolean allHave(String name) {
        List<double[]> values = arrays.get(name);
        return values != null && values.stream().allMatch(v -> v != null);
    }
}
