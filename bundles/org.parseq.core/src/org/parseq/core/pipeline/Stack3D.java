package org.parseq.core.pipeline;

import java.util.Objects;

/**
 * A 3D array of a node (role {@link ArrayRole#STACK_3D}): {@code depth} images of
 * {@code rows × columns}, stored image after image, row by row. Like all arrays of a node, its
 * values are never modified once made.
 *
 * @param depth   number of images, at least 1
 * @param rows    rows of each image, at least 1
 * @param columns columns of each image, at least 1
 * @param values  depth × rows × columns values
 */
public record Stack3D(int depth, int rows, int columns, double[] values) {

    public Stack3D {
        Objects.requireNonNull(values, "values");
        if (depth < 1 || rows < 1 || columns < 1 || (long) depth * rows * columns != values.length) {
            throw new IllegalArgumentException("a stack of " + depth + " x " + rows + " x " + columns + " needs "
                    + (long) depth * rows * columns + " values, not " + values.length);
        }
    }

    public double at(int image, int row, int column) {
        return values[(image * rows + row) * columns + column];
    }

    /** One image of the stack, copied out. */
    public Image2D image(int index) {
        if (index < 0 || index >= depth) {
            throw new IndexOutOfBoundsException("image " + index + " of a stack of " + depth);
        }
        double[] frame = new double[rows * columns];
        System.arraycopy(values, index * frame.length, frame, 0, frame.length);
        return new Image2D(rows, columns, frame);
    }

    /** The images summed pixel by pixel, as the summed view of a stack shows. */
    public Image2D summed() {
        double[] sum = new double[rows * columns];
        for (int image = 0; image < depth; image++) {
            int offset = image * sum.length;
            for (int i = 0; i < sum.length; i++) {
                sum[i] += values[offset + i];
            }
        }
        return new Image2D(rows, columns, sum);
    }
}
