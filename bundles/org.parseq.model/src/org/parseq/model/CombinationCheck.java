package org.parseq.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;

/**
 * Whether parents can be combined with given settings, asked before a "Combine" (by the combine
 * panel and by batch runs) so that bad input gets one sentence naming the item and the setting
 * instead of an exception or a silently bad result: a parent without good data, fewer items than
 * components, items of different lengths without interpolation, an x range that holds no point,
 * NaN in what is combined.
 */
public final class CombinationCheck {

    private CombinationCheck() {
    }

    /**
     * @param names       the parents' aliases, in the order of {@code results}; for a target
     *                    transformation the basis items first, then the targets
     * @param results     the parents' results at the node
     * @param basisSize   for a target transformation how many of the parents are the basis, else 0
     * @param interpolate whether parents of different lengths may be put on the first one's grid
     * @return why the combination cannot be made, or empty if it can
     */
    public static Optional<String> problem(NodeDefinition node, CombinationKind kind, CombineSettings settings,
            boolean interpolate, List<String> names, List<NodeResult> results, int basisSize) {
        if (names.size() != results.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + results.size() + " results");
        }
        Optional<String> count = countProblem(kind, settings, names.size(), basisSize);
        if (count.isPresent()) {
            return count;
        }
        for (int i = 0; i < results.size(); i++) {
            NodeResult result = results.get(i);
            if (!result.isGood()) {
                return Optional.of(names.get(i) + " has no good data at node '" + node.name() + "' ("
                        + result.status() + (result.message().isEmpty() ? "" : ": " + result.message()) + ")");
            }
        }
        List<String> arrays = checkedArrays(node, kind, settings);
        for (String array : arrays) {
            for (int i = 0; i < results.size(); i++) {
                double[] values = results.get(i).arrays().get(array);
                if (values == null) {
                    if (!kind.isPointwise() && kind != CombinationKind.TARGET_TRANSFORMATION) {
                        return Optional.of(names.get(i) + " has no array '" + array + "' at node '" + node.name()
                                + "'");
                    }
                    continue;
                }
                for (int p = 0; p < values.length; p++) {
                    if (Double.isNaN(values[p])) {
                        return Optional.of(names.get(i) + " has NaN in '" + array + "' at node '" + node.name()
                                + "' (point " + p + xText(node, results.get(i), p) + "); fix its parameters first");
                    }
                }
            }
        }
        Optional<ArrayDefinition> abscissa = node.abscissa();
        if (abscissa.isEmpty()) {
            return Optional.empty();
        }
        String xName = abscissa.get().name();
        double[] firstX = results.get(0).arrays().get(xName);
        if (!interpolate) {
            for (int i = 1; i < results.size(); i++) {
                double[] x = results.get(i).arrays().get(xName);
                if (firstX != null && x != null && x.length != firstX.length) {
                    return Optional.of("items of different lengths at node '" + node.name() + "': " + names.get(0)
                            + " has " + firstX.length + " points, " + names.get(i) + " " + x.length
                            + "; combine with interpolation");
                }
            }
        }
        return rangeProblem(node, settings, names.get(0), firstX);
    }

    private static Optional<String> countProblem(CombinationKind kind, CombineSettings settings, int parents,
            int basisSize) {
        if (kind == CombinationKind.TARGET_TRANSFORMATION) {
            if (basisSize < 1) {
                return Optional.of("target transformation needs at least one basis item");
            }
            if (parents - basisSize < 1) {
                return Optional.of("target transformation needs at least one target besides the basis");
            }
            return Optional.empty();
        }
        if (parents < 2) {
            return Optional.of(kind.id() + " needs at least two items, not " + parents);
        }
        if (kind.isPointwise()) {
            return Optional.empty();
        }
        int components = settings.components();
        if (components < 1) {
            return Optional.of(kind.id() + " needs at least one component, not " + components);
        }
        if (components > parents) {
            return Optional.of(components + " components need at least " + components + " items; " + parents
                    + (parents == 1 ? " is" : " are") + " selected");
        }
        return Optional.empty();
    }

    /**
     * The array whose values must be numbers: the decomposed one, else the node's first curve
     * (other curves, such as a reference channel, may hold NaN where they are not measured).
     */
    private static List<String> checkedArrays(NodeDefinition node, CombinationKind kind, CombineSettings settings) {
        if ((kind.isPca() || kind == CombinationKind.MCR_ALS) && settings.array() != null) {
            return List.of(settings.array());
        }
        List<String> curves = new ArrayList<>();
        node.arrays().stream().filter(a -> a.role() == ArrayRole.Y).findFirst().ifPresent(a -> curves.add(a.name()));
        return curves;
    }

    private static Optional<String> rangeProblem(NodeDefinition node, CombineSettings settings, String firstName,
            double[] x) {
        if (x == null || x.length == 0 || settings.xMin() == null && settings.xMax() == null) {
            return Optional.empty();
        }
        double min = settings.xMin() == null ? Double.NEGATIVE_INFINITY : settings.xMin();
        double max = settings.xMax() == null ? Double.POSITIVE_INFINITY : settings.xMax();
        for (double value : x) {
            if (value >= min && value <= max) {
                return Optional.empty();
            }
        }
        return Optional.of("the x range [" + text(settings.xMin()) + ", " + text(settings.xMax())
                + "] holds no point of " + firstName + " at node '" + node.name() + "' (its x runs from " + x[0]
                + " to " + x[x.length - 1] + ")");
    }

    private static String xText(NodeDefinition node, NodeResult result, int point) {
        return node.abscissa().map(a -> result.arrays().get(a.name()))
                .filter(x -> point < x.length).map(x -> ", " + node.abscissa().get().name() + " = " + x[point])
                .orElse("");
    }

    private static String text(Double end) {
        return end == null ? "open" : end.toString();
    }
}
