package org.parseq.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * Values of a scalar, image or stack as a reader found them: flattened in C order (the last axis
 * varies fastest), with their shape (empty for a scalar).
 */
public record ShapedValues(int[] shape, double[] values) {

    public ShapedValues {
        Objects.requireNonNull(values, "values");
        shape = shape.clone();
        long size = 1;
        for (int length : shape) {
            size *= length;
        }
        if (size != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + size + " values, not "
                    + values.length);
        }
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** The shape as users read it, e.g. {@code 151 x 1030}, or {@code scalar}. */
    public String describeShape() {
        return describe(shape);
    }

    public static String describe(int[] shape) {
        if (shape.length == 0) {
            return "scalar";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            text.append(i == 0 ? "" : " x ").append(shape[i]);
        }
        return text.toString();
    }
}
