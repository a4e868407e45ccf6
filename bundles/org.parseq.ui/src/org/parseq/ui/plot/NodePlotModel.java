package org.parseq.ui.plot;

import java.util.ArrayList;
import java.util.List;

import org.parseq.core.engine.FitRecord;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.model.ItemColours;
import org.parseq.model.data.DataItem;

/**
 * What a node's plot shows: one curve per selected item and plotted array, from the results
 * the engine computed: the item gives the colour, the array the line style. No SWT here: the
 * plot widget only draws these curves.
 *
 * @param title        the node's display name
 * @param xLabel       abscissa label with unit
 * @param yLabel       left axis label
 * @param yRightLabel  right axis label, empty when no curve uses it
 * @param curves       in selection order
 */
public record NodePlotModel(String title, String xLabel, String yLabel, String yRightLabel, List<Curve> curves) {

    /** The curves of the arrays a node draws by default. */
    public static NodePlotModel of(NodeDefinition node, List<DataItem> items, ResultStore results) {
        return of(node, items, results, defaultArrays(node));
    }

    /** The names of a node's curve arrays that are drawn until the user chooses otherwise. */
    public static java.util.Set<String> defaultArrays(NodeDefinition node) {
        return node.arrays().stream().filter(a -> a.role().isCurve() && a.shownByDefault())
                .map(ArrayDefinition::name).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The curves of the chosen arrays of a node. */
    public static NodePlotModel of(NodeDefinition node, List<DataItem> items, ResultStore results,
            java.util.Set<String> shownArrays) {
        return of(node, items, results, shownArrays, null);
    }

    /**
     * The curves of the chosen arrays of a node against an abscissa: each curve against its own
     * axis if it names one, else the node's abscissa, either replaced as {@code choice} says
     * (null: the node's own); with a choice, curves on an x it does not replace are left out.
     */
    public static NodePlotModel of(NodeDefinition node, List<DataItem> items, ResultStore results,
            java.util.Set<String> shownArrays, AbscissaChoice choice) {
        ArrayDefinition abscissa = node.abscissa().orElse(null);
        // an array keeps its line style whichever others are shown with it
        List<ArrayDefinition> curveArrays = node.arrays().stream().filter(a -> a.role().isCurve()).toList();
        List<ArrayDefinition> plotted = curveArrays.stream().filter(a -> shownArrays.contains(a.name())).toList();
        List<Curve> curves = new ArrayList<>();
        if (abscissa != null) {
            for (DataItem item : items) {
                NodeResult result = results.resultOrEmpty(item.getId(), node.id());
                if (!result.isGood()) {
                    continue;
                }
                String colour = ItemColours.colourOf(item);
                for (ArrayDefinition array : plotted) {
                    String xName = array.axes().isEmpty() || array.axes().get(0).isEmpty() ? abscissa.name()
                            : array.axes().get(0);
                    if (choice != null && !choice.replacing().containsKey(xName)) {
                        continue; // on an x the chosen abscissa does not replace: it has no place on this axis
                    }
                    double[] x = result.arrays().get(choice == null ? xName : choice.xFor(xName));
                    double[] y = result.arrays().get(array.name());
                    if (x != null && y != null && y.length == x.length) {
                        String label = plotted.size() == 1 ? item.getAlias() : item.getAlias() + " " + array.label();
                        curves.add(new Curve(item.getId(), label, colour, x, y, array.role() == ArrayRole.Y_RIGHT,
                                curveArrays.indexOf(array)));
                    }
                }
                if (choice == null) {
                    addFitCurves(curves, item, colour, result.arrays().get(abscissa.name()),
                            results.fitsAt(item.getId(), node.id()), curveArrays.size());
                }
            }
        }
        String xLabel = abscissa == null ? "" : choice == null ? withUnit(abscissa) : choice.label();
        return new NodePlotModel(node.name(), xLabel,
                axisLabel(plotted, ArrayRole.Y), axisLabel(plotted, ArrayRole.Y_RIGHT), List.copyOf(curves));
    }

    /**
     * The model and residual curves of an item's fits at the node, in the item's colour and in
     * line styles after the node's own arrays; curves on another grid (an EXAFS fit's FT) are left out.
     */
    private static void addFitCurves(List<Curve> curves, DataItem item, String colour, double[] x,
            List<FitRecord> fits, int firstStyle) {
        int style = firstStyle;
        for (FitRecord fit : fits) {
            for (java.util.Map.Entry<String, double[]> array : fit.arrays().entrySet()) {
                if (x != null && array.getValue().length == x.length) {
                    curves.add(new Curve(item.getId(), item.getAlias() + " " + array.getKey().replace('_', ' '), colour,
                            x, array.getValue(), false, style));
                }
                style++;
            }
        }
    }

    private static String axisLabel(List<ArrayDefinition> arrays, ArrayRole role) {
        return String.join(", ", arrays.stream().filter(a -> a.role() == role).map(NodePlotModel::withUnit).toList());
    }

    private static String withUnit(ArrayDefinition array) {
        return array.unit().isEmpty() ? array.label() : array.label() + " (" + array.unit() + ")";
    }

    public boolean hasRightAxis() {
        return curves.stream().anyMatch(Curve::rightAxis);
    }
}
