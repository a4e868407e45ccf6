package org.parseq.xas.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.ParameterType;

/**
 * Descriptors and conversions for the original's list-valued parameters, which are
 * {@link ParameterType#REAL_LIST}s here: a JSON {@code null} inside a list is NaN, a list that
 * is {@code null} as a whole is empty, and lists of whole numbers are checked when read.
 */
final class ParameterLists {

    private ParameterLists() {
    }

    static ParameterDescriptor realList(String name, List<Double> defaultValue, String unit, String description) {
        return new ParameterDescriptor(name, ParameterType.REAL_LIST, defaultValue, null, null, null, unit, name, null,
                description);
    }

    static ParameterDescriptor real(String name, double defaultValue, String unit, double min, double max,
            double step, String description) {
        return ParameterDescriptor.real(name, defaultValue, unit, description).withRange(min, max, step);
    }

    static ParameterDescriptor text(String name, String defaultValue, String description) {
        return new ParameterDescriptor(name, ParameterType.TEXT, defaultValue, null, null, null, "", name, null,
                description);
    }

    static double[] reals(List<Double> values, int expectedSize, String name) {
        if (expectedSize > 0 && values.size() != expectedSize) {
            throw new IllegalArgumentException("parameter '" + name + "' needs " + expectedSize + " numbers, not "
                    + values.size() + " " + values);
        }
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /** An empty list stands for the original's {@code null}. */
    static double[] realsOrNull(List<Double> values, int expectedSize, String name) {
        return values.isEmpty() ? null : reals(values, expectedSize, name);
    }

    static int[] wholeNumbers(List<Double> values, String name) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            double value = values.get(i);
            if (value != Math.rint(value) || Math.abs(value) > 1000) {
                throw new IllegalArgumentException("parameter '" + name + "' must hold whole numbers, not " + values);
            }
            out[i] = (int) value;
        }
        return out;
    }

    /** [start, end] with NaN for the original's {@code null} end; a single number leaves the end open. */
    static Double[] range(List<Double> values, String name) {
        if (values.isEmpty() || values.size() > 2) {
            throw new IllegalArgumentException("parameter '" + name + "' needs [start, end], not " + values);
        }
        Double[] out = new Double[2];
        for (int i = 0; i < values.size(); i++) {
            double value = values.get(i);
            out[i] = Double.isNaN(value) ? null : value;
        }
        return out;
    }

    static List<Double> list(double... values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double value : values) {
            out.add(value);
        }
        return List.copyOf(out);
    }
}
