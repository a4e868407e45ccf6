package org.parseq.model.pspj;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.ParameterType;

/**
 * How the original's parameter values become ours, the same rules as PARAMS.json of batch runs
 * (org.parseq.cli.ParameterFile): a nested dictionary is a group of parameters named
 * {@code dict.key} ({@code rebinRegions = {'deltas': ...}} gives {@code rebinRegions.deltas});
 * in a list of numbers {@code None} is NaN (e.g. kmax "the data end") and a list that is
 * {@code None} as a whole is empty; the text {@code 'inf'} is infinity; a list for a text
 * parameter is its elements separated by {@code "; "} (the XES-scan pipeline's
 * {@code calibrationData.base = ['elastic_19630', 'elastic_19570']}). Values are plain Java
 * objects as {@link PythonLiteral} reads them; tuples are lists.
 */
public final class ParameterFlattening {

    private ParameterFlattening() {
    }

    /** The value under its name, or each value of a nested dictionary under {@code name.key}, in order. */
    public static Map<String, Object> flatten(String name, Object value) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flattenInto(name, value, flat);
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
     * @throws IllegalArgumentException naming the parameter when a value is missing where one is needed
     */
    public static Object forDescriptor(Object value, ParameterDescriptor descriptor) {
        boolean numeric = descriptor.type() == ParameterType.REAL || descriptor.type() == ParameterType.REAL_LIST
                || descriptor.type() == ParameterType.INTEGER;
        if (value == null) {
            if (descriptor.type() == ParameterType.REAL_LIST) {
                return List.of();
            }
            throw new IllegalArgumentException("parameter '" + descriptor.name() + "' cannot be None");
        }
        if (value instanceof List<?> list && descriptor.type() == ParameterType.TEXT) {
            List<String> parts = new ArrayList<>(list.size());
            for (Object element : list) {
                if (element instanceof List<?> || element instanceof java.util.Map<?, ?>) {
                    throw new IllegalArgumentException("parameter '" + descriptor.name()
                            + "' is a text; a list of lists cannot be one: " + value);
                }
                parts.add(String.valueOf(element));
            }
            return String.join("; ", parts);
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
}
