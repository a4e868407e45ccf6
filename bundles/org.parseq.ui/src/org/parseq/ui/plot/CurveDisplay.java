package org.parseq.ui.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a node's curves are displayed, a view choice that never touches the data: each curve
 * scaled to run from 0 to 1 (to compare shapes of spectra with different edge steps or
 * counts), and the items stacked apart by a fraction of the plot's height (to see a series
 * one above the other), and a line style of the user's for an array. All curves of one item share its offset, so that an item's arrays
 * (µd with its pre- and post-edge lines, a fit's model) stay together.
 *
 * @param normalised    each curve mapped linearly onto [0, 1] by its own minimum and maximum
 * @param offsetFraction the shift between consecutive items as a fraction of the y span of all
 *                      left-axis curves (0: none)
 * @param arrayStyles   the line style the user chose for an array (by its index among the node's
 *                      curve arrays, as {@link Curve#dash()} holds it) in place of its own
 */
public record CurveDisplay(boolean normalised, double offsetFraction, Map<Integer, Integer> arrayStyles) {

    public static final CurveDisplay AS_COMPUTED = new CurveDisplay(false, 0);

    public CurveDisplay {
        if (!(offsetFraction >= 0) || Double.isInfinite(offsetFraction)) {
            throw new IllegalArgumentException("an offset must be a fraction of at least 0, not " + offsetFraction);
        }
        arrayStyles = Map.copyOf(arrayStyles);
    }

    public CurveDisplay(boolean normalised, double offsetFraction) {
        this(normalised, offsetFraction, Map.of());
    }

    /** This display with another style for an array's curves (its own index: back to its own style). */
    public CurveDisplay withArrayStyle(int array, int style) {
        Map<Integer, Integer> styles = new java.util.HashMap<>(arrayStyles);
        if (style == array) {
            styles.remove(array);
        } else {
            styles.put(array, style);
        }
        return new CurveDisplay(normalised, offsetFraction, styles);
    }

    /** The style an array's curves are drawn with. */
    public int styleOf(int array) {
        return arrayStyles.getOrDefault(array, array);
    }

    public boolean changesCurves() {
        return normalised || offsetFraction > 0 || !arrayStyles.isEmpty();
    }

    /** The model with its curves as displayed; the model itself when nothing changes. */
    public NodePlotModel apply(NodePlotModel model) {
        if (!changesCurves() || model.curves().isEmpty()) {
            return model;
        }
        List<Curve> styled = arrayStyles.isEmpty() ? model.curves() : model.curves().stream()
                .map(curve -> new Curve(curve.itemId(), curve.label(), curve.colour(), curve.x(), curve.y(),
                        curve.rightAxis(), styleOf(curve.dash())))
                .toList();
        List<Curve> scaled = normalised ? styled.stream().map(CurveDisplay::normalise).toList() : styled;
        List<Curve> shown = offsetFraction > 0 ? offset(scaled) : scaled;
        String yLabel = normalised ? model.yLabel() + " (each curve 0\u20131)" : model.yLabel();
        return new NodePlotModel(model.title(), model.xLabel(), yLabel, model.yRightLabel(), shown);
    }

    private static Curve normalise(Curve curve) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double y : curve.y()) {
            if (Double.isFinite(y)) {
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
        }
        if (!(max > min)) {
            return curve; // flat or empty: nothing to scale by
        }
        double[] y = new double[curve.y().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (curve.y()[i] - min) / (max - min);
        }
        return with(curve, y);
    }

    private List<Curve> offset(List<Curve> curves) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Curve curve : curves) {
            if (!curve.rightAxis()) {
                for (double y : curve.y()) {
                    if (Double.isFinite(y)) {
                        min = Math.min(min, y);
                        max = Math.max(max, y);
                    }
                }
            }
        }
        double step = max > min ? offsetFraction * (max - min) : 0;
        Map<String, Integer> itemPlace = new LinkedHashMap<>();
        curves.forEach(curve -> itemPlace.putIfAbsent(curve.itemId(), itemPlace.size()));
        List<Curve> shifted = new ArrayList<>(curves.size());
        for (Curve curve : curves) {
            double shift = curve.rightAxis() ? 0 : step * itemPlace.get(curve.itemId());
            if (shift == 0) {
                shifted.add(curve);
                continue;
            }
            double[] y = new double[curve.y().length];
            for (int i = 0; i < y.length; i++) {
                y[i] = curve.y()[i] + shift;
            }
            shifted.add(with(curve, y));
        }
        return shifted;
    }

    private static Curve with(Curve curve, double[] y) {
        return new Curve(curve.itemId(), curve.label(), curve.colour(), curve.x(), y, curve.rightAxis(), curve.dash());
    }
}
