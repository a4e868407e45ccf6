package org.parseq.core.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How parameter values written as the original writes them become ours and back, one rule for
 * every reader of such values (PARAMS.json of batch runs, the original's {@code .pspj} projects)
 * and for the batch output that writes them again:
 * <ul>
 * <li>a nested dictionary is a group of parameters named {@code dict.key}
 * ({@code rebinRegions = {'deltas': ...}} gives {@code rebinRegions.deltas}), and
 * {@link #nest} makes the dictionaries again;</li>
 * <li>in a list of numbers a missing value ({@code null}, Python's {@code None}) is NaN (e.g. kmax
 * "the data end"); a list that is missing as a whole is empty;</li>
 * <li>the text {@code inf}, {@code -inf} or {@code nan} where a number is expected is that number;</li>
 * <li>a list for a text parameter is its elements separated by {@code "; "} (the XES-scan
 * pipeline's {@code calibrationData.base = ['elastic_19630', 'elastic_19570']}).</li>
 * </ul>
 * Values are plain Java objects: maps, lists, numbers, booleans, text and null.
 */
public final class ParameterValues {

    /** What joins the elements of a list given for a text parameter. */
    public static final String TEXT_LIST_SEPARATOR = "; ";

    private ParameterValues() {
    }

    /** The value under its name, or each value of a nested dictionary under {@code name.key}, in order. */
    public static Map<String, Object> flatten(String name, Object value) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flattenInto(name, value, flat);
        return flat;
    }

    /** Every value of a dictionary of parameters, nested dictionaries under {@code dict.key}, in order. */
    public static Map<String, Object> flatten(Map<String, ?> values) {
        Map<String, Object> flat = new LinkedHashMap<>();
        values.forEach((name, value) -> flattenInto(name, value, flat));
        return flat;
    }

    private static void flattenInto(String name, Object value, Map<String, Object> flat) {
        if (value instanceof Map<?, ?> nested) {
            for (Map.Entry<?, ?> entry : nested.entrySet()) {
                flattenInto(name + "." + entry.getKey(), entry.getValue(), flat);
            }
        } else {
            flat.put(name, value);
        }
    }

    /**
     * The value as the descriptor's {@link ParameterDescriptor#coerce} takes it.
     *
     * @throws IllegalArgumentException naming the parameter when a value is missing where one is
     *         needed or a text parameter is given nested lists
     */
    public static Object forDescriptor(Object value, ParameterDescriptor descriptor) {
        ParameterType type = descriptor.type();
        boolean numeric = type == ParameterType.REAL || type == ParameterType.REAL_LIST
                || type == ParameterType.INTEGER;
        if (value == null) {
            if (type == ParameterType.REAL_LIST) {
                return List.of();
            }
            throw new IllegalArgumentException("parameter '" + descriptor.name() + "' has no value (null/None)");
        }
        if (value instanceof List<?> list && type == ParameterType.TEXT) {
            return joinedText(list, descriptor);
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>(list.size());
            for (Object element : list) {
                converted.add(element == null && numeric ? Double.NaN : forDescriptor(element, descriptor));
            }
            return Collections.unmodifiableList(converted);
        }
        if (value instanceof String text && numeric) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
                case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
                case "nan" -> Double.NaN;
                default -> text;
            };
        }
        return value;
    }

    /** {@link #forDescriptor} then {@link ParameterDescriptor#coerce}: the checked value of our type. */
    public static Object coerce(Object value, ParameterDescriptor descriptor) {
        return descriptor.coerce(forDescriptor(value, descriptor));
    }

    private static String joinedText(List<?> list, ParameterDescriptor descriptor) {
        List<String> parts = new ArrayList<>(list.size());
        for (Object element : list) {
            if (element instanceof List<?> || element instanceof Map<?, ?>) {
                throw new IllegalArgumentException("parameter '" + descriptor.name()
                        + "' is a text; a list of lists cannot be one: " + list);
            }
            parts.add(String.valueOf(element));
        }
        return String.join(TEXT_LIST_SEPARATOR, parts);
    }

    /**
     * The dictionaries back from {@code dict.key} names, in the order given. A value under a
     * name that is already a plain value replaces it by a dictionary: a value found by a
     * transform as {@code calibrationPoly.slope} takes the place of the {@code calibrationPoly} given.
     */
    public static Map<String, Object> nest(Map<String, ?> flat) {
        Map<String, Object> nested = new LinkedHashMap<>();
        flat.forEach((name, value) -> putNested(nested, name, value));
        return nested;
    }

    /** Puts one value into nested dictionaries, by its {@code dict.key} name; see {@link #nest}. */
    @SuppressWarnings("unchecked")
    public static void putNested(Map<String, Object> nested, String name, Object value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            nested.put(name, value);
            return;
        }
        String group = name.substring(0, dot);
        Object inner = nested.get(group);
        if (!(inner instanceof Map<?, ?>)) {
            inner = new LinkedHashMap<String, Object>();
            nested.put(group, inner);
        }
        putNested((Map<String, Object>) inner, name.substring(dot + 1), value);
    }
}
