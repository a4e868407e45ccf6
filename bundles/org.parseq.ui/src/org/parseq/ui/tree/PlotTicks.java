package org.parseq.ui.tree;

import java.util.List;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.parseq.model.DataCommands;
import org.parseq.model.DataTree;
import org.parseq.model.data.DataItem;
import org.parseq.ui.session.WorkbenchSession;

/**
 * The data tree's "plot" column, the original's eye: a click on its header switches the node
 * views between plotting the selected items and plotting the ticked ones, so that a series
 * stays in view while one item is selected and tuned; a click on an item's box ticks or
 * unticks it (an undoable edit, saved in projects).
 */
final class PlotTicks {

    /** Short, so that the column shows beside the names in a narrow data tree. */
    private static final String SELECTED_TITLE = "plot";
    private static final String TICKED_TITLE = "plot \u2611";

    private final TreeViewer viewer;
    private final WorkbenchSession workbench;
    private final TreeColumn column;

    private PlotTicks(TreeViewer viewer, WorkbenchSession workbench, TreeColumn column) {
        this.viewer = viewer;
        this.workbench = workbench;
        this.column = column;
    }

    static PlotTicks install(TreeViewer viewer, WorkbenchSession workbench) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.CENTER);
        column.getColumn().setText(SELECTED_TITLE);
        column.getColumn().setToolTipText("The views plot the selected items; click here to plot the ticked ones"
                + " (tick or untick an item in this column), and again to go back");
        column.getColumn().setWidth(64);
        PlotTicks ticks = new PlotTicks(viewer, workbench, column.getColumn());
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (!(element instanceof DataItem item) || !workbench.selection().plotsTickedItems()) {
                    return "";
                }
                return item.isPlotted() ? "\u2611" : "\u2610";
            }
        });
        column.getColumn().addListener(SWT.Selection, event -> ticks.setPlotsTicked(!ticks.plotsTicked()));
        viewer.getTree().addListener(SWT.MouseDown, event -> ticks.clicked(new Point(event.x, event.y)));
        return ticks;
    }

    boolean plotsTicked() {
        return workbench.selection().plotsTickedItems();
    }

    /** Switches the views between the selected and the ticked items, as a click on the header does. */
    void setPlotsTicked(boolean ticked) {
        workbench.selection().plotTickedItems(ticked ? () -> DataTree.items(workbench.session().root()).stream()
                .filter(DataItem::isPlotted).toList() : null);
        column.setText(ticked ? TICKED_TITLE : SELECTED_TITLE);
        viewer.refresh(true);
    }

    private void clicked(Point point) {
        if (!plotsTicked()) {
            return;
        }
        TreeItem row = viewer.getTree().getItem(point);
        int index = viewer.getTree().indexOf(column);
        if (row != null && row.getData() instanceof DataItem item && row.getBounds(index).contains(point)) {
            var session = workbench.session();
            session.execute(DataCommands.setPlotted(session.domain(), List.of(item), !item.isPlotted()));
        }
    }
}
