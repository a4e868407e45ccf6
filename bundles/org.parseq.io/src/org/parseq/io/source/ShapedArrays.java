package org.parseq.io.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.engine.SourceData;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.Image2D;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.Stack3D;
import org.parseq.io.DataFormatException;
import org.parseq.io.ShapedValues;
import org.parseq.io.format.DataFormat;

/** Turns what a reader found into the engine's arrays of every rank, checking shapes against the node. */
final class ShapedArrays {

    private ShapedArrays() {
    }

    /**
     * @param source names the file (and entry) in messages
     * @throws DataFormatException when an image or stack does not match the lengths of its axes
     */
    static SourceData toSourceData(String source, NodeDefinition node, DataFormat format, Map<String, double[]> arrays,
            Map<String, ShapedValues> shaped) throws DataFormatException {
        Map<String, Double> scalars = new HashMap<>();
        Map<String, Image2D> images = new HashMap<>();
        Map<String, Stack3D> stacks = new HashMap<>();
        for (Map.Entry<String, ShapedValues> each : shaped.entrySet()) {
            String name = each.getKey();
            ShapedValues values = each.getValue();
            int[] shape = values.shape();
            ArrayDefinition definition = node.arrays().stream().filter(array -> array.name().equals(name))
                    .findFirst().orElseThrow(() -> new DataFormatException(source, "array " + name,
                            "node '" + node.id() + "' has no such array"));
            String origin = format.arrays().stream().filter(spec -> spec.name().equals(name))
                    .map(spec -> spec.source().text()).findFirst().orElse("");
            checkAxes(source, "array " + name + " (" + origin + ")", definition, shape, arrays);
            switch (shape.length) {
            case 0 -> scalars.put(name, values.values()[0]);
            case 2 -> images.put(name, new Image2D(shape[0], shape[1], values.values()));
            case 3 -> stacks.put(name, new Stack3D(shape[0], shape[1], shape[2], values.values()));
            default -> throw new DataFormatException(source, "array " + name, "has shape "
                    + values.describeShape() + "; expected a scalar, an image or a stack");
            }
        }
        return new SourceData(scalars, arrays, images, stacks);
    }

    private static void checkAxes(String source, String location, ArrayDefinition definition, int[] shape,
            Map<String, double[]> arrays) throws DataFormatException {
        List<String> axes = definition.axes();
        String[] axisWords = shape.length == 2 ? new String[] { "rows", "columns" }
                : new String[] { "images", "rows", "columns" };
        for (int axis = 0; axis < axes.size() && axis < shape.length; axis++) {
            String axisArray = axes.get(axis);
            double[] axisValues = axisArray.isEmpty() ? null : arrays.get(axisArray);
            if (axisValues != null && axisValues.length != shape[axis]) {
                throw new DataFormatException(source, location, "has shape "
                        + ShapedValues.describe(shape) + " (" + shape[axis] + " " + axisWords[axis] + ") but its axis "
                        + axisArray + " has " + axisValues.length + " values; expected equal lengths");
            }
        }
    }
}
