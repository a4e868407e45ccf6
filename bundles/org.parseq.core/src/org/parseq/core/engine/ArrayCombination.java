package org.parseq.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
        Optional<ArrayDefinition> abscissa = node.abscissa();
        double[] x = abscissa.map(a -> parents.get(0).arrays().get(a.name())).orElse(null);
        boolean sameGrid = x == null || parents.stream()
                .allMatch(p -> Arrays.equals(x, p.arrays().get(abscissa.get().name())));
        Map<String, double[]> combined = new HashMap<>();
        if (x != null) {
            combined.put(abscissa.get().name(), x.clone());
        }
        for (ArrayDefinition array : node.arrays()) {
            if (array.role() == ArrayRole.X || array.role() == ArrayRole.SCALAR_0D) {
                continue;
            }
            List<double[]> values = new ArrayList<>();
            for (NodeResult parent : parents) {
                double[] value = parent.arrays().get(array.name());
                if (value == null) {
                    continue;
                }
                double[] parentX = x == null ? null : parent.arrays().get(abscissa.get().name());
                if (parentX != null && value.length != parentX.length) {
                    // Not a function of x (e.g. a node's own k grid kept beside its spectra): the
                    // node's own transforms make it again for the combined item.
                    continue;
                }
                if (!sameGrid) {
                    value = interpolate(parent.arrays().get(abscissa.get().name()), value, x, array.name());
                }
                values.add(value);
            }
            if (values.isEmpty()) {
                continue;
            }
            int length = values.get(0).length;
            if (values.stream().anyMatch(v -> v.length != length)) {
                throw new IllegalArgumentException("array '" + array.name() + "' has different lengths in the parents");
            }
            combined.put(array.name(), combiner.combine(values));
        }
        return combined;
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
