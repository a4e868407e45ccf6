package org.parseq.core.correct;

import java.util.Comparator;
import java.util.List;

/**
 * Replaces the points with {@code from < x < to} by the interpolating spline through the
 * knots, or subtracts that spline from them ({@code subtract}, the original's {@code spline-}).
 * The spline has degree {@code min(knots − 1, 3)}; one knot gives a constant. Knots are taken
 * in order of x; no knot, or two knots at the same x, leave the curve alone (the original's
 * spline refuses them).
 */
public record SplineRegion(double from, double to, List<Knot> knots, boolean subtract) implements ValueCorrection {

    /** A point the spline passes through. */
    public record Knot(double x, double y) {
    }

    public SplineRegion {
        knots = List.copyOf(knots);
    }

    @Override
    public String kind() {
        return subtract ? "spline-" : "spline";
    }

    @Override
    public double[] corrected(double[] x, double[] y) {
        if (knots.isEmpty()) {
            return y;
        }
        List<Knot> sorted = knots.stream().sorted(Comparator.comparingDouble(Knot::x)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (!(sorted.get(i).x() > sorted.get(i - 1).x())) {
                return y;
            }
        }
        InterpolatingSpline spline = InterpolatingSpline.through(sorted);
        double[] result = y.clone();
        boolean changed = false;
        for (int i = 0; i < x.length; i++) {
            if (Correction.inside(x[i], from, to)) {
                double value = spline.value(x[i]);
                result[i] = subtract ? y[i] - value : value;
                changed = true;
            }
        }
        return changed ? result : y;
    }
}
