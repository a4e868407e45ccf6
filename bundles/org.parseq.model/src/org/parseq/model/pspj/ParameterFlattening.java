package org.parseq.model.pspj;

import java.util.Map;

import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.ParameterValues;

/**
 * How the original's parameter values become ours: the rules of
 * {@link ParameterValues}, which PARAMS.json of batch runs follows too (nested dictionaries as
 * {@code dict.key}, {@code None} in a number list as NaN, {@code 'inf'} as infinity, a list for a
 * text parameter joined by {@code "; "}). Values are plain Java objects as {@link PythonLiteral}
 * reads them; tuples are lists.
 */
public final class ParameterFlattening {

    private ParameterFlattening() {
    }

    /** The value under its name, or each value of a nested dictionary under {@code name.key}, in order. */
    public static Map<String, Object> flatten(String name, Object value) {
        return ParameterValues.flatten(name, value);
    }

    /**
     * The value as the descriptor's {@link ParameterDescriptor#coerce} takes it.
     *
     * @throws IllegalArgumentException naming the parameter when a value is missing where one is needed
     */
    public static Object forDescriptor(Object value, ParameterDescriptor descriptor) {
        return ParameterValues.forDescriptor(value, descriptor);
    }
}
