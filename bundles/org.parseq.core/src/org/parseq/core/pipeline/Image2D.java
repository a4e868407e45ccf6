package org.parseq.core.pipeline;

import java.util.Objects;

/**
 * A 2D array of a node (role {@link ArrayRole#IMAGE_2D}), stored row by row. Like 1D arrays,
 * its values are never modified once made.
 *
 * @param rows    number of rows, at least 1
 * @param columns number of columns, at least 1
 * @param values  rows × columns values, row after row
 */
public record Image2D(int rows, int columns, double[] values) {

    public Image2D {
        Objects.requireNonNull(values, "values");
        if (rows < 1 || columns < 1 || (long) rows * columns != values.length) {
            throw new IllegalArgumentException("an image of " + rows + " x " + columns + " needs "
                    + (long) rows * columns + " values, not " + values.length);
        }
    }

    public double at(int row, int column) {
        return values[row * columns + column];
    }
}
