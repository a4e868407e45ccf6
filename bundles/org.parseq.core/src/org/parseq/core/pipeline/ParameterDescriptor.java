package org.parseq.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A typed parameter of a transform, from which controls, project files and batch parameter
 * files are made. Parameter names are unique across a pipeline, as in the original, so that
 * an item's parameters form one flat dictionary.
 *
 * @param name         the key in project and parameter files; the original's name where one exists
 * @param type         the kind of value
 * @param defaultValue the value of a new item, already of the type's Java class
 * @param min          lower bound of a number, or null
 * @param max          upper bound of a number, or null
 * @param step         the increment of a spinner, or null
 * @param unit         physical unit, empty when dimensionless
 * @param label        what users see
 * @param choices      the allowed values of a {@link ParameterType#CHOICE}; empty otherwise
 * @param description  one or two sentences for tooltips and help pages
 */
public record ParameterDescriptor(String name, ParameterType type, Object defaultValue, Double min, Double max,
        Double step, String unit, String label, List<String> choices, String description) {

    public ParameterDescriptor {
        Names.requireIdentifier(name, "parameter name");
        Objects.requireNonNull(type, "type of parameter " + name);
        unit = unit == null ? "" : unit;
        label = label == null || label.isBlank() ? name : label;
        choices = choices == null ? List.of() : List.copyOf(choices);
        description = description == null ? "" : description;
        if (type == ParameterType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice parameter '" + name + "' has no choices");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("parameter '" + name + "': min " + min + " > max " + max);
        }
        defaultValue = coerce(name, type, defaultValue, min, max, choices);
    }

    public static ParameterDescriptor real(String name, double defaultValue, String unit, String description) {
        return new ParameterDescriptor(name, ParameterType.REAL, defaultValue, null, null, null, unit, name, null,
                description);
    }

    public static ParameterDescriptor integer(String name, int defaultValue, int min, int max, String description) {
        return new ParameterDescriptor(name, ParameterType.INTEGER, defaultValue, (double) min, (double) max, 1.0, "",
                name, null, description);
    }

    public static ParameterDescriptor bool(String name, boolean defaultValue, String description) {
        return new ParameterDescriptor(name, ParameterType.BOOLEAN, defaultValue, null, null, null, "", name, null,
                description);
    }

    public static ParameterDescriptor choice(String name, String defaultValue, List<String> choices,
            String description) {
        return new ParameterDescriptor(name, ParameterType.CHOICE, defaultValue, null, null, null, "", name, choices,
                description);
    }

    /** A copy with a range and step, for numbers. */
    public ParameterDescriptor withRange(double lower, double upper, double increment) {
        return new ParameterDescriptor(name, type, defaultValue, lower, upper, increment, unit, label, choices,
                description);
    }

    /** A copy with another display label. */
    public ParameterDescriptor withLabel(String displayLabel) {
        return new ParameterDescriptor(name, type, defaultValue, min, max, step, unit, displayLabel, choices,
                description);
    }

    /**
     * Converts a value from a file or a control to this parameter's Java type and checks it.
     *
     * @throws IllegalArgumentException naming the parameter and what is wrong
     */
    public Object coerce(Object value) {
        return coerce(name, type, value, min, max, choices);
    }

    private static Object coerce(String name, ParameterType type, Object value, Double min, Double max,
            List<String> choices) {
        if (value == null) {
            throw new IllegalArgumentException("parameter '" + name + "' has no value");
        }
        Object result = switch (type) {
            case REAL -> toDouble(name, value);
            case INTEGER -> toInteger(name, value);
            case BOOLEAN -> toBoolean(name, value);
            case TEXT -> value.toString();
            case CHOICE -> toChoice(name, value, choices);
            case REAL_LIST -> toRealList(name, value);
        };
        checkRange(name, result, min, max);
        return result;
    }

    private static Double toDouble(String name, Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return Double.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a number, not '" + value + "'");
        }
    }

    private static Integer toInteger(String name, Object value) {
        double real = toDouble(name, value);
        if (real != Math.rint(real) || Math.abs(real) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a whole number, not '" + value + "'");
        }
        return (int) real;
    }

    private static Boolean toBoolean(String name, Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("parameter '" + name + "' must be true or false, not '" + value + "'");
    }

    private static String toChoice(String name, Object value, List<String> choices) {
        String text = value.toString();
        if (!choices.contains(text)) {
            throw new IllegalArgumentException("parameter '" + name + "' must be one of " + choices + ", not '"
                    + value + "'");
        }
        return text;
    }

    private static List<Double> toRealList(String name, Object value) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a list of numbers, not '" + value
                    + "'");
        }
        List<Double> reals = new ArrayList<>(list.size());
        for (Object element : list) {
            reals.add(toDouble(name, element));
        }
        return List.copyOf(reals);
    }

    private static void checkRange(String name, Object value, Double min, Double max) {
        if (!(value instanceof Number number)) {
            return;
        }
        double real = number.doubleValue();
        if (min != null && real < min || max != null && real > max) {
            throw new IllegalArgumentException("parameter '" + name + "' = " + value + " is outside ["
                    + (min == null ? "-inf" : min) + ", " + (max == null ? "inf" : max) + "]");
        }
    }
}
