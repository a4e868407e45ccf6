package org.parseq.ui.overlays;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where an overlay is for one item: its spec with the values of its parameters, in the image's
 * axis values. A drag makes a new shape; {@link #parameterValues()} is what the drag edits.
 */
public sealed interface OverlayShape {

    OverlaySpec spec();

    /** The parameter values this shape stands for, by parameter name. */
    Map<String, Object> parameterValues();

    record Span(OverlaySpec.Span spec, double from, double to) implements OverlayShape {
        @Override
        public Map<String, Object> parameterValues() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put(spec.fromParameter(), Math.min(from, to));
            values.put(spec.toParameter(), Math.max(from, to));
            return values;
        }
    }

    /** A band about the line from (x1, y1) to (x2, y2), of full width {@code width} along y. */
    record LineBand(OverlaySpec.LineBand spec, double x1, double y1, double x2, double y2, double width)
            implements OverlayShape {
        @Override
        public Map<String, Object> parameterValues() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put(spec.beginParameter(), List.of(x1, y1));
            values.put(spec.endParameter(), List.of(x2, y2));
            values.put(spec.widthParameter(), Math.abs(width));
            return values;
        }

        /** y of the centre line at x. */
        public double centreAt(double x) {
            return x2 == x1 ? y1 : y1 + (y2 - y1) * (x - x1) / (x2 - x1);
        }
    }

    /**
     * The shape of a spec for an item, from its parameter values.
     *
     * @param value an item's value of a parameter (its own or the default)
     * @throws IllegalArgumentException when a value does not fit the shape (e.g. a point of one number)
     */
    static OverlayShape of(OverlaySpec spec, Function<String, Object> value) {
        return switch (spec) {
        case OverlaySpec.Span span -> new Span(span, number(value.apply(span.fromParameter()), span.fromParameter()),
                number(value.apply(span.toParameter()), span.toParameter()));
        case OverlaySpec.LineBand band -> {
            double[] begin = point(value.apply(band.beginParameter()), band.beginParameter());
            double[] end = point(value.apply(band.endParameter()), band.endParameter());
            yield new LineBand(band, begin[0], begin[1], end[0], end[1],
                    number(value.apply(band.widthParameter()), band.widthParameter()));
        }
        };
    }

    private static double number(Object value, String parameter) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new IllegalArgumentException("parameter " + parameter + " is " + value + ", not a number");
    }

    private static double[] point(Object value, String parameter) {
        if (value instanceof List<?> list && list.size() == 2 && list.get(0) instanceof Number x
                && list.get(1) instanceof Number y) {
            return new double[] {x.doubleValue(), y.doubleValue()};
        }
        throw new IllegalArgumentException("parameter " + parameter + " is " + value + ", not a point (x, y)");
    }
}
