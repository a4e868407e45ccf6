package org.parseq.ui.correct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parseq.core.correct.Corrections;

/**
 * A correction as the panel's fields describe it, turned into the original's dictionary, and a
 * correction's dictionary turned back into the fields and a one-line description. Empty value
 * fields take what the curve under the range suggests (a spline through the curve at four
 * points, a step back to the level at its left end, the automatic spike cutoff), so that a
 * range dragged on the plot is enough to add most corrections.
 *
 * @param kind  one of {@link Corrections#KINDS}
 * @param from  the range's lower end (the step's left)
 * @param to    the range's upper end (the step's right x)
 * @param value what the kind needs beyond the range: scale, knots as {@code x y; x y; ...},
 *              cutoff, or the step's right y; may be empty
 */
public record CorrectionDraft(String kind, String from, String to, String value) {

    /** The kinds' names as a user reads them, in the order of {@link Corrections#KINDS}. */
    public static final List<String> LABELS = List.of("delete region", "scale region", "replace by spline",
            "subtract spline", "delete spikes", "remove step");

    /** What the value field holds for a kind. */
    public static String valueLabel(String kind) {
        return switch (kind) {
            case "scale" -> "scale to";
            case "spline", "spline-" -> "knots (x y; …)";
            case "spikes" -> "cutoff";
            case "step" -> "right y";
            default -> "";
        };
    }

    /**
     * The correction's dictionary.
     *
     * @param x the first selected item's x at the node, or null; with y it fills empty values
     * @param y its first curve at the node, or null
     * @throws IllegalArgumentException saying which field is wrong
     */
    public Map<String, Object> settings(double[] x, double[] y) {
        double lower = number(from, "from");
        double upper = number(to, "to");
        if (!(lower < upper)) {
            throw new IllegalArgumentException("'from' (" + from + ") must be below 'to' (" + to + ")");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("kind", kind);
        String typed = value.strip();
        switch (kind) {
            case "delete" -> settings.put("lim", List.of(lower, upper));
            case "scale" -> {
                settings.put("lim", List.of(lower, upper));
                settings.put("scale", number(typed, "scale to"));
            }
            case "spline", "spline-" -> {
                settings.put("lim", List.of(lower, upper));
                settings.put("knots", typed.isEmpty() ? knotsOnCurve(lower, upper, x, y) : knots(typed));
            }
            case "spikes" -> {
                settings.put("lim", List.of(lower, upper));
                settings.put("cutoff", typed.isEmpty() || typed.equals("auto") ? "auto" : number(typed, "cutoff"));
            }
            case "step" -> {
                settings.put("left", lower);
                settings.put("right", List.of(upper, typed.isEmpty() ? levelAt(lower, x, y) : number(typed,
                        "right y")));
            }
            default -> throw new IllegalArgumentException("unknown correction kind '" + kind + "'");
        }
        Corrections.parse(settings);
        return settings;
    }

    /** The fields that show a correction's dictionary. */
    public static CorrectionDraft of(Map<String, Object> settings) {
        String kind = String.valueOf(settings.get("kind"));
        if (kind.equals("step")) {
            List<?> right = settings.get("right") instanceof List<?> l ? l : List.of("", "");
            return new CorrectionDraft(kind, text(settings.get("left")), text(right.get(0)), text(right.get(1)));
        }
        List<?> lim = settings.get("lim") instanceof List<?> l ? l
                : settings.get("range") instanceof List<?> r ? r : List.of("", "");
        String value = switch (kind) {
            case "scale" -> text(settings.get("scale"));
            case "spikes" -> text(settings.get("cutoff"));
            case "spline", "spline-" -> knotsText(settings.get("knots"));
            default -> "";
        };
        return new CorrectionDraft(kind, text(lim.get(0)), text(lim.get(1)), value);
    }

    /** One line for the corrections table: where the correction acts and with what. */
    public static String describe(Map<String, Object> settings) {
        CorrectionDraft draft = of(settings);
        return switch (draft.kind) {
            case "step" -> "left " + draft.from + ", right (" + draft.to + ", " + draft.value + ")";
            case "scale" -> "(" + draft.from + ", " + draft.to + ") to " + draft.value;
            case "spikes" -> "(" + draft.from + ", " + draft.to + ") cutoff " + draft.value;
            case "spline", "spline-" -> "(" + draft.from + ", " + draft.to + ") through "
                    + (settings.get("knots") instanceof List<?> k ? k.size() : 0) + " knots";
            default -> "(" + draft.from + ", " + draft.to + ")";
        };
    }

    /** The kind's name for a user. */
    public static String label(String kind) {
        int index = Corrections.KINDS.indexOf(kind);
        return index < 0 ? kind : LABELS.get(index);
    }

    /** Four knots on the curve, evenly over the range, at the curve's points nearest to them. */
    private static List<List<Double>> knotsOnCurve(double lower, double upper, double[] x, double[] y) {
        if (x == null || y == null || x.length == 0) {
            throw new IllegalArgumentException("type the knots as 'x y; x y; ...': there is no curve to take them from");
        }
        List<List<Double>> knots = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            int nearest = nearest(lower + (upper - lower) * k / 3, x);
            List<Double> knot = List.of(x[nearest], y[nearest]);
            if (knots.isEmpty() || knots.get(knots.size() - 1).get(0) < knot.get(0)) {
                knots.add(knot);
            }
        }
        return knots;
    }

    /** The curve's value at its last point at or before x (its first point if none is). */
    private static double levelAt(double at, double[] x, double[] y) {
        if (x == null || y == null || x.length == 0) {
            throw new IllegalArgumentException("type the right y: there is no curve to take the level from");
        }
        int index = 0;
        while (index + 1 < x.length && x[index + 1] <= at) {
            index++;
        }
        return y[index];
    }

    private static int nearest(double at, double[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (Math.abs(x[i] - at) < Math.abs(x[best] - at)) {
                best = i;
            }
        }
        return best;
    }

    private static List<List<Double>> knots(String text) {
        List<List<Double>> knots = new ArrayList<>();
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] xy = pair.strip().split("[\\s,]+");
            if (xy.length != 2) {
                throw new IllegalArgumentException("each knot is 'x y', separated by ';': '" + pair.strip() + "'");
            }
            knots.add(List.of(number(xy[0], "knot x"), number(xy[1], "knot y")));
        }
        if (knots.isEmpty()) {
            throw new IllegalArgumentException("type at least one knot 'x y'");
        }
        return knots;
    }

    private static String knotsText(Object knots) {
        if (!(knots instanceof List<?> list)) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (Object knot : list) {
            if (knot instanceof List<?> xy && xy.size() == 2) {
                pairs.add(text(xy.get(0)) + " " + text(xy.get(1)));
            }
        }
        return String.join("; ", pairs);
    }

    private static double number(String text, String field) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + field + "' needs a number, not '" + text.strip() + "'");
        }
    }

    static String text(Object value) {
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return String.format(Locale.ROOT, "%.8g", d).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2")
                    .replace(".e", "e").replaceAll("\\.$", "");
        }
        return value == null ? "" : value.toString();
    }
}
