package org.parseq.ui.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.engine.FitRecord;
import org.parseq.core.fit.FittedParameter;
import org.parseq.core.fit.ItemFit;
import org.parseq.model.FitCommands;

/**
 * The rows of a fit's parameter table read from its settings (the original's layouts: LCF
 * entries with {@code w}/{@code dx}, bounds and ties; a map of named {@code {value, lim, tie}}
 * for function fits; a list of such maps per EXAFS shell), and the new settings after one cell
 * is edited. Settings are never changed in place: every edit gives a new map, which the panel
 * hands to {@link FitCommands} as one undoable edit.
 */
public final class FitParameterRows {

    /** The editable columns of the table. */
    public enum Column {
        VALUE, FIXED, MIN, MAX, TIE
    }

    /**
     * One parameter.
     *
     * @param label       what the table shows, e.g. {@code cu2o w}
     * @param fittedName  the name in the fit's result, e.g. {@code w1}
     * @param path        where it lives in {@code params}: the entry index (or -1 for a map) and keys
     * @param fitted      the value after the last fit, NaN without one
     * @param error       its standard error, NaN without one or when not varied
     */
    public record Row(String label, String fittedName, Path path, double value, boolean fixed, double min,
            double max, String tie, double fitted, double error) {
    }

    /**
     * Where a parameter lives: {@code params[entry]} (entry -1: {@code params} itself is a map),
     * then {@code name} in it; LCF style keeps the value under {@code valueKey} with bounds
     * {@code valueKey + "Bounds"} and tie {@code valueKey + "tie"}, the others under
     * {@code name → {value, lim, tie}}.
     */
    public record Path(int entry, String name, boolean lcfStyle) {
    }

    private FitParameterRows() {
    }

    /** The parameter rows of a fit, with the values and errors of its latest outcome where there is one. */
    public static List<Row> rows(String kind, Map<String, Object> settings, FitRecord record) {
        ItemFit fitted = record != null && record.hasOutcome() ? record.outcome().result().first() : null;
        List<Row> rows = new ArrayList<>();
        Object params = settings.get("params");
        if ("lcf".equals(kind) && params instanceof List<?> entries) {
            for (int i = 0; i < entries.size(); i++) {
                if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                    continue;
                }
                String name = String.valueOf(entry.get("name"));
                if (Boolean.TRUE.equals(entry.get("isMeta"))) {
                    rows.add(lcfRow(name, name, new Path(i, "w", true), entry, fitted));
                } else {
                    rows.add(lcfRow(name + " w", "w" + (i + 1), new Path(i, "w", true), entry, fitted));
                    rows.add(lcfRow(name + " dx", "dx" + (i + 1), new Path(i, "dx", true), entry, fitted));
                }
            }
        } else if (params instanceof Map<?, ?> named) {
            named.forEach((name, p) -> rows.add(namedRow(String.valueOf(name), String.valueOf(name),
                    new Path(-1, String.valueOf(name), false), p, fitted)));
        } else if (params instanceof List<?> shells) {
            for (int i = 0; i < shells.size(); i++) {
                if (shells.get(i) instanceof Map<?, ?> shell) {
                    // shells (r, n, s, e) are numbered in the result; the last map's globals are not
                    boolean numbered = shell.containsKey("r");
                    for (Map.Entry<?, ?> p : shell.entrySet()) {
                        String name = String.valueOf(p.getKey());
                        String resultName = numbered ? name + (i + 1) : name;
                        rows.add(namedRow(resultName, resultName, new Path(i, name, false), p.getValue(), fitted));
                    }
                }
            }
        }
        return rows;
    }

    private static Row lcfRow(String label, String fittedName, Path path, Map<?, ?> entry, ItemFit fitted) {
        double[] bounds = bounds(entry.get(path.name() + "Bounds"));
        String tie = text(entry.get(path.name() + "tie"));
        return row(label, fittedName, path, number(entry.get(path.name())), bounds, tie, fitted);
    }

    private static Row namedRow(String label, String fittedName, Path path, Object p, ItemFit fitted) {
        if (!(p instanceof Map<?, ?> dict)) {
            return row(label, fittedName, path, number(p), bounds(null), "", fitted);
        }
        return row(label, fittedName, path, number(dict.get("value")), bounds(dict.get("lim")),
                text(dict.get("tie")), fitted);
    }

    private static Row row(String label, String fittedName, Path path, double value, double[] bounds, String tie,
            ItemFit fitted) {
        FittedParameter after = fitted == null ? null : fitted.parameter(fittedName);
        boolean fixed = tie.startsWith("fix");
        return new Row(label, fittedName, path, value, fixed, bounds[0], bounds[1], fixed ? "" : tie,
                after == null ? Double.NaN : after.value(), after == null ? Double.NaN : after.error());
    }

    /**
     * The settings with one cell of a row changed; the text is what the user typed ("" clears
     * a bound or a tie; for FIXED "true"/"false").
     *
     * @throws IllegalArgumentException naming the parameter when the text is not a number
     */
    public static Map<String, Object> edited(Map<String, Object> settings, Row row, Column column, String text) {
        Path path = row.path();
        Map<String, Object> copy = new LinkedHashMap<>(settings);
        Object params = copy.get("params");
        Map<String, Object> holder;
        if (path.entry() < 0) {
            holder = mutable(params);
        } else {
            List<Object> entries = new ArrayList<>((List<?>) params);
            holder = mutable(entries.get(path.entry()));
            entries.set(path.entry(), holder);
            copy.put("params", entries);
        }
        if (path.entry() < 0) {
            copy.put("params", holder);
        }
        if (path.lcfStyle()) {
            editLcf(holder, path.name(), row, column, text);
        } else {
            Map<String, Object> dict = holder.get(path.name()) instanceof Map<?, ?> m ? mutable(m)
                    : new LinkedHashMap<>(Map.of("value", number(holder.get(path.name()))));
            editNamed(dict, row, column, text);
            holder.put(path.name(), dict);
        }
        return FitCommands.frozen(copy);
    }

    private static void editLcf(Map<String, Object> entry, String key, Row row, Column column, String text) {
        switch (column) {
            case VALUE -> entry.put(key, parse(row, text, false));
            case MIN, MAX -> {
                List<Object> bounds = entry.get(key + "Bounds") instanceof List<?> l ? new ArrayList<>(l)
                        : new ArrayList<>(java.util.Arrays.asList(null, null, 0.01));
                while (bounds.size() < 2) {
                    bounds.add(null);
                }
                bounds.set(column == Column.MIN ? 0 : 1, parse(row, text, true));
                entry.put(key + "Bounds", bounds);
            }
            case FIXED -> putTie(entry, key + "tie", Boolean.parseBoolean(text) ? "fixed" : row.tie());
            case TIE -> putTie(entry, key + "tie", text.strip());
        }
    }

    private static void editNamed(Map<String, Object> dict, Row row, Column column, String text) {
        switch (column) {
            case VALUE -> dict.put("value", parse(row, text, false));
            case MIN, MAX -> {
                List<Object> lim = dict.get("lim") instanceof List<?> l ? new ArrayList<>(l)
                        : new ArrayList<>(java.util.Arrays.asList(null, null));
                lim.set(column == Column.MIN ? 0 : 1, parse(row, text, true));
                if (lim.stream().allMatch(v -> v == null)) {
                    dict.remove("lim");
                } else {
                    dict.put("lim", lim);
                }
            }
            case FIXED -> putTie(dict, "tie", Boolean.parseBoolean(text) ? "fixed" : row.tie());
            case TIE -> putTie(dict, "tie", text.strip());
        }
    }

    private static void putTie(Map<String, Object> holder, String key, String tie) {
        if (tie.isEmpty()) {
            holder.remove(key);
        } else {
            holder.put(key, tie);
        }
    }

    private static Double parse(Row row, String text, boolean emptyAllowed) {
        String t = text.strip();
        if (t.isEmpty() && emptyAllowed) {
            return null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + row.label() + "': '" + text + "' is not a number");
        }
    }

    private static Map<String, Object> mutable(Object map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (map instanceof Map<?, ?> m) {
            m.forEach((k, v) -> copy.put(String.valueOf(k), v));
        }
        return copy;
    }

    private static double[] bounds(Object list) {
        double[] bounds = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        if (list instanceof List<?> l) {
            if (l.size() > 0 && l.get(0) instanceof Number n) {
                bounds[0] = n.doubleValue();
            }
            if (l.size() > 1 && l.get(1) instanceof Number n) {
                bounds[1] = n.doubleValue();
            }
        }
        return bounds;
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }
}
