package org.parseq.ui.plot;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.Image2D;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.Stack3D;
import org.parseq.model.data.DataItem;

/**
 * What a node's image view shows: the first 2D array of the first selected item that has it,
 * its axes (from the array's named axis arrays, else the node's abscissa along the columns, else
 * indices) and the range its colour scale spans. No SWT here.
 *
 * @param title   item alias and array label
 * @param image   the values, row by row; row 0 is drawn at the bottom
 * @param rows    what the rows mean
 * @param columns what the columns mean
 * @param low     the value drawn with the first colour of the map
 * @param high    the value drawn with the last colour; values beyond the range take the end colours
 * @param stackDepth the number of images of the stack this image comes from, 0 for a 2D array
 */
public record NodeImageModel(String title, Image2D image, ImageAxis rows, ImageAxis columns, double low,
        double high, int stackDepth) {

    /** Which image of a stack a view shows: one by index, or all of them summed. */
    public record StackChoice(int index, boolean summed) {
        public static final StackChoice FIRST = new StackChoice(0, false);
    }

    /** The share of the values at each end left out of the colour range, so that a few hot pixels do not wash it out. */
    static final double CLIPPED_FRACTION = 0.001;

    /** An image whose colour scale spans the bulk of its values. */
    public static NodeImageModel of(String title, Image2D image, ImageAxis rows, ImageAxis columns) {
        double[] range = colourRange(image.values());
        return new NodeImageModel(title, image, rows, columns, range[0], range[1], 0);
    }

    /** The image of a stack the choice names, with the stack's depth for the view's slider. */
    public static NodeImageModel ofStack(String title, Stack3D stack, StackChoice choice, ImageAxis rows,
            ImageAxis columns) {
        int index = Math.max(0, Math.min(stack.depth() - 1, choice.index()));
        Image2D image = choice.summed() ? stack.summed() : stack.image(index);
        String which = choice.summed() ? " \u2013 sum of " + stack.depth() + " images"
                : " \u2013 image " + (index + 1) + " of " + stack.depth();
        double[] range = colourRange(image.values());
        return new NodeImageModel(title + which, image, rows, columns, range[0], range[1], stack.depth());
    }

    /** The image to show, if any selected item has one at this node (the first image of a stack). */
    public static Optional<NodeImageModel> of(NodeDefinition node, List<DataItem> items, ResultStore results) {
        return of(node, items, results, StackChoice.FIRST);
    }

    /** The image to show, if any selected item has one at this node; of a stack, the chosen image. */
    public static Optional<NodeImageModel> of(NodeDefinition node, List<DataItem> items, ResultStore results,
            StackChoice choice) {
        Optional<ArrayDefinition> imageArray = node.arrays().stream().filter(a -> a.role() == ArrayRole.IMAGE_2D)
                .findFirst();
        if (imageArray.isEmpty()) {
            return ofStack(node, items, results, choice);
        }
        for (DataItem item : items) {
            NodeResult result = results.resultOrEmpty(item.getId(), node.id());
            Optional<Image2D> image = result.image(imageArray.get().name());
            if (result.isGood() && image.isPresent()) {
                Image2D values = image.get();
                List<String> axes = imageArray.get().axes();
                ImageAxis rows = axis(node, result, axes.isEmpty() ? "" : axes.get(0), values.rows(), "row");
                ImageAxis columns = axes.isEmpty()
                        ? axis(node, result, node.abscissa().map(ArrayDefinition::name).orElse(""), values.columns(),
                                "column")
                        : axis(node, result, axes.get(1), values.columns(), "pixel");
                return Optional.of(of(item.getAlias() + " \u2013 " + imageArray.get().label(), values, rows, columns));
            }
        }
        return Optional.empty();
    }

    private static Optional<NodeImageModel> ofStack(NodeDefinition node, List<DataItem> items, ResultStore results,
            StackChoice choice) {
        Optional<ArrayDefinition> stackArray = node.arrays().stream().filter(a -> a.role() == ArrayRole.STACK_3D)
                .findFirst();
        if (stackArray.isEmpty()) {
            return Optional.empty();
        }
        for (DataItem item : items) {
            NodeResult result = results.resultOrEmpty(item.getId(), node.id());
            Optional<Stack3D> stack = result.stack(stackArray.get().name());
            if (result.isGood() && stack.isPresent()) {
                List<String> axes = stackArray.get().axes();
                ImageAxis rows = axis(node, result, axes.isEmpty() ? "" : axes.get(1), stack.get().rows(), "row");
                ImageAxis columns = axis(node, result, axes.isEmpty() ? "" : axes.get(2), stack.get().columns(),
                        "column");
                return Optional.of(ofStack(item.getAlias() + " \u2013 " + stackArray.get().label(), stack.get(), choice,
                        rows, columns));
            }
        }
        return Optional.empty();
    }

    private static ImageAxis axis(NodeDefinition node, NodeResult result, String arrayName, int count,
            String indexLabel) {
        double[] values = arrayName.isEmpty() ? null : result.arrays().get(arrayName);
        if (values == null || values.length != count) {
            return ImageAxis.indices(indexLabel, count);
        }
        String label = node.arrays().stream().filter(a -> a.name().equals(arrayName)).findFirst()
                .map(a -> a.unit().isEmpty() ? a.label() : a.label() + " (" + a.unit() + ")").orElse(arrayName);
        return new ImageAxis(label, values[0], values[count - 1]);
    }

    /** The values at {@link #CLIPPED_FRACTION} and 1 - {@link #CLIPPED_FRACTION} of the finite values. */
    static double[] colourRange(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new double[] {0, 1};
        }
        Arrays.sort(finite);
        int lowIndex = (int) Math.floor(CLIPPED_FRACTION * (finite.length - 1));
        int highIndex = (int) Math.ceil((1 - CLIPPED_FRACTION) * (finite.length - 1));
        double low = finite[lowIndex];
        double high = finite[highIndex];
        if (!(low < high)) {
            low = finite[0];
            high = finite[finite.length - 1];
        }
        return low < high ? new double[] {low, high} : new double[] {low, low + 1};
    }
}
