package org.parseq.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;

/**
 * Combines the arrays of a node over parents. Where the parents' x grids differ, every array
 * is first interpolated linearly (and extrapolated linearly) onto the first parent's x.
 */
final class ArrayCombination {

    private ArrayCombination() {
    }

    static Map<String, double[]> combine(NodeDefinition node, Combiner combiner, List<NodeResult> parents) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= parents.size(); i++) {
            names.add("parent " + i);
        }
        return combine(node, combiner, parents, names);
    }

    /** @param parentNames the parents' aliases, for messages */
    static Map<String, double[]> combine(NodeDefinition node, Combiner combiner, List<NodeResult> parents,
            List<String> parentNames) {
        AlignedArrays aligned = align(node, parents, parentNames);
        Map<String, double[]> combined = new HashMap<>(combiner.combine(aligned));
        node.abscissa().ifPresent(abscissa -> {
            if (aligned.x() != null) {
                combined.put(abscissa.name(), aligned.x().clone());
            }
        });
        return combined;
    }

    static AlignedArrays align(NodeDefinition node, List<NodeResult> parents, List<String> parentNames) {
        Optional<ArrayDefinition> abscissa = node.abscissa();
        double[] x = abscissa.map(a -> parents.get(0).arrays().get(a.name())).orElse(null);
        boolean sameGrid = x == null || parents.stream()
                .allMatch(p -> Arrays.equals(x, p.arrays().get(abscissa.get().name())));
        Map<String, List<double[]>> arrays = new LinkedHashMap<>();
        for (ArrayDefinition array : node.arrays()) {
            if (array.role() == ArrayRole.X || array.role() == ArrayRole.SCALAR_0D) {
                continue;
            }
            List<double[]> values = new ArrayList<>();
            for (NodeResult parent : parents) {
                values.add(alignedValue(parent, array.name(), x, sameGrid, abscissa));
            }
            if (values.stream().anyMatch(v -> v != null)) {
                arrays.put(array.name(), values);
            }
        }
        return new AlignedArrays(x, arrays, parentNames);
    }

    private static double[] alignedValue(NodeResult parent, String arrayName, double[] x, boolean sameGrid,
            Optional<ArrayDefinition> abscissa) {
        double[] value = parent.arrays().get(arrayName);
        if (value == null || x == null) {
            return value;
        }
        double[] parentX = parent.arrays().get(abscissa.get().name());
        if (parentX != null && value.length != parentX.length) {
            // Not a function of x (e.g. a node's own k grid kept beside its spectra): the
            // node's own transforms make it again for the combined item.
            return null;
        }
        return sameGrid ? value : interpolate(parentX, value, x, arrayName);
    }

    /** Linear interpolation of (xs, ys) at the points of {@code at}, extrapolating linearly. */
    static double[] interpolate(double[] xs, double[] ys, double[] at, String arrayName) {
        if (xs == null || xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException("array '" + arrayName + "' cannot be interpolated: it needs an x of"
                    + " the same length and at least two points");
        }
        double[] result = new double[at.length];
        int segment = 0;
        for (int i = 0; i < at.length; i++) {
            double target = at[i];
            while (segment < xs.length - 2 && target > xs[segment + 1]) {
                segment++;
            }
            while (segment > 0 && target < xs[segment]) {
                segment--;
            }
            double x0 = xs[segment];
            double x1 = xs[segment + 1];
            double t = (target - x0) / (x1 - x0);
            result[i] = ys[segment] + t * (ys[segment + 1] - ys[segment]);
        }
        return result;
    }
}
