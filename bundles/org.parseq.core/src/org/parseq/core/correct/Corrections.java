package org.parseq.core.correct;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a correction from its dictionary in the original's keys (parseq-behaviour.md §11):
 * {@code kind} ({@code delete}, {@code scale}, {@code spline}, {@code spline-}, {@code spikes},
 * {@code step}), {@code lim} (older files: {@code range}), {@code scale}, {@code knots},
 * {@code cutoff} (a number or {@code 'auto'}), {@code left}, {@code right}, and the optional
 * {@code excludeArrays} and {@code use}. Our projects keep the same dictionaries, so both read
 * alike. A bad dictionary is refused with a message naming the key.
 */
public final class Corrections {

    /** The kinds, in the order the original offers them. */
    public static final List<String> KINDS = List.of("delete", "scale", "spline", "spline-", "spikes", "step");

    private Corrections() {
    }

    /** Whether the correction is switched on ({@code use} absent or true). */
    public static boolean isUsed(Map<String, ?> settings) {
        return !(settings.get("use") instanceof Boolean used) || used;
    }

    /**
     * The correction these settings describe.
     *
     * @throws IllegalArgumentException naming the key that is missing or wrong
     */
    public static NodeCorrection parse(Map<String, ?> settings) {
        Object kind = settings.get("kind");
        if (!(kind instanceof String text) || !KINDS.contains(text)) {
            throw new IllegalArgumentException("correction kind " + (kind == null ? "missing" : "'" + kind + "'")
                    + "; expected one of " + KINDS);
        }
        Correction correction = switch (text) {
            case "delete" -> new DeleteRegion(limit(settings, 0), limit(settings, 1));
            case "scale" -> new ScaleRegion(limit(settings, 0), limit(settings, 1), number(settings, "scale"));
            case "spline", "spline-" -> new SplineRegion(limit(settings, 0), limit(settings, 1), knots(settings),
                    text.equals("spline-"));
            case "spikes" -> new DeleteSpikes(limit(settings, 0), limit(settings, 1), cutoff(settings));
            default -> new RemoveStep(number(settings, "left"), pair(settings, "right")[0],
                    pair(settings, "right")[1]);
        };
        return new NodeCorrection(correction, excluded(settings));
    }

    /**
     * A correction that cannot be read, so that the item fails at its node with the reason
     * rather than losing the correction without a word.
     */
    public static NodeCorrection unusable(Map<String, ?> settings, String reason) {
        Object kind = settings.get("kind");
        return new NodeCorrection(new UnusableCorrection(kind == null ? "?" : kind.toString(), reason));
    }

    private static double limit(Map<String, ?> settings, int end) {
        String key = settings.containsKey("lim") || !settings.containsKey("range") ? "lim" : "range";
        return pair(settings, key)[end];
    }

    private static double cutoff(Map<String, ?> settings) {
        Object value = settings.get("cutoff");
        if (value instanceof String) {
            return DeleteSpikes.AUTO_CUTOFF;
        }
        if (value == null) {
            return Double.NaN; // the original deletes nothing without a cutoff
        }
        return number(settings, "cutoff");
    }

    private static List<SplineRegion.Knot> knots(Map<String, ?> settings) {
        if (!(settings.get("knots") instanceof List<?> list)) {
            throw new IllegalArgumentException("correction '" + settings.get("kind")
                    + "' needs 'knots', a list of [x, y] points");
        }
        List<SplineRegion.Knot> knots = new ArrayList<>();
        for (Object knot : list) {
            double[] xy = asPair(knot, "knots");
            knots.add(new SplineRegion.Knot(xy[0], xy[1]));
        }
        return knots;
    }

    private static Set<String> excluded(Map<String, ?> settings) {
        Object value = settings.get("excludeArrays");
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("'excludeArrays' must be a list of array names, not " + value);
        }
        Set<String> names = new LinkedHashSet<>();
        list.forEach(name -> names.add(String.valueOf(name)));
        return names;
    }

    private static double number(Map<String, ?> settings, String key) {
        Object value = settings.get(key);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("correction '" + settings.get("kind") + "' needs a number '" + key
                    + "'" + (value == null ? "" : ", not " + value));
        }
        return number.doubleValue();
    }

    private static double[] pair(Map<String, ?> settings, String key) {
        if (!settings.containsKey(key)) {
            throw new IllegalArgumentException("correction '" + settings.get("kind") + "' needs '" + key
                    + "', two numbers");
        }
        return asPair(settings.get(key), key);
    }

    private static double[] asPair(Object value, String key) {
        if (value instanceof List<?> list && list.size() == 2 && list.get(0) instanceof Number a
                && list.get(1) instanceof Number b) {
            return new double[] {a.doubleValue(), b.doubleValue()};
        }
        throw new IllegalArgumentException("'" + key + "' must hold two numbers, not " + value);
    }
}
