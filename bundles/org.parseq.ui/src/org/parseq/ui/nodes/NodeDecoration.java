package org.parseq.ui.nodes;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.ui.controls.ParameterEditor;
import org.parseq.ui.plot.PlotComposite;

/**
 * What a pipeline UI bundle adds to the view of one of its nodes as a whole, declared in
 * {@code org.parseq.ui.nodeDecorations}: things drawn on the node's plot (ranges, lines, markers,
 * draggable through {@link PlotComposite#addGrabber}) and read-outs beside it. Edits go through
 * the site's {@link ParameterEditor}, so that they apply to the selected items and can be undone.
 */
public interface NodeDecoration {

    /**
     * Attaches to a node view; called once when the view is made.
     *
     * @return what redraws the decoration from the current selection and results; the view runs
     *         it whenever the selection or the results change
     */
    Runnable attach(Site site);

    /** The node view a decoration is attached to. */
    interface Site {
        PipelineDefinition pipeline();

        NodeDefinition node();

        /** The plot of the node's curves. */
        PlotComposite plot();

        /** A row under the plot for read-outs, empty until a decoration fills it (one column grid). */
        Composite readouts();

        /** Edits parameters of the selected items, each edit one undoable command. */
        ParameterEditor editor();

        /** The selected items' results at a node, in selection order. Read only. */
        List<SelectedResult> selectedResults(String nodeId);
    }

    /**
     * A selected item's result at a node; {@code colour} is the item's plot colour ({@code #rrggbb}).
     */
    record SelectedResult(String itemId, String alias, String colour, NodeResult result) {
    }
}
