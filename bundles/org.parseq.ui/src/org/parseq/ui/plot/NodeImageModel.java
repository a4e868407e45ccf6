package org.parseq.ui.plot;

import java.util.List;
import java.util.Optional;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.Image2D;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.model.data.DataItem;

/**
 * What a node's image view shows: the first 2D array of the first selected item that has it,
 * with the abscissa's range for the columns where the node has one. No SWT here.
 *
 * @param title   item alias and array label
 * @param image   the values
 * @param xFirst  abscissa of the first column (column index where there is no abscissa)
 * @param xLast   abscissa of the last column
 * @param xLabel  abscissa label with unit
 */
public record NodeImageModel(String title, Image2D image, double xFirst, double xLast, String xLabel) {

    /** The image to show, if any selected item has one at this node. */
    public static Optional<NodeImageModel> of(NodeDefinition node, List<DataItem> items, ResultStore results) {
        Optional<ArrayDefinition> imageArray = node.arrays().stream().filter(a -> a.role() == ArrayRole.IMAGE_2D)
                .findFirst();
        if (imageArray.isEmpty()) {
            return Optional.empty();
        }
        for (DataItem item : items) {
            NodeResult result = results.resultOrEmpty(item.getId(), node.id());
            Optional<Image2D> image = result.image(imageArray.get().name());
            if (result.isGood() && image.isPresent()) {
                Image2D values = image.get();
                double[] x = node.abscissa().map(a -> result.arrays().get(a.name())).orElse(null);
                boolean matches = x != null && x.length == values.columns();
                String xLabel = node.abscissa().map(a -> a.unit().isEmpty() ? a.label() : a.label() + " (" + a.unit()
                        + ")").orElse("column");
                return Optional.of(new NodeImageModel(item.getAlias() + " \u2013 " + imageArray.get().label(), values,
                        matches ? x[0] : 0, matches ? x[x.length - 1] : values.columns() - 1,
                        matches ? xLabel : "column"));
            }
        }
        return Optional.empty();
    }
}
