package org.parseq.ui.tree;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.TreeColumn;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.data.DataItem;
import org.parseq.ui.session.WorkbenchSession;

/**
 * Columns of the data tree for the values (0D arrays) the pipeline's nodes declare, e.g. E0 and the
 * edge step of XAS's µd: each item's value from the result store. A click on a column's header sorts
 * the items of each group by it (again: the other way; items without a value last); Ctrl+C copies
 * the selected items' values as tab-separated text with a header line, for a spreadsheet.
 */
final class ScalarColumns {

    private record Value(NodeDefinition node, ArrayDefinition array) {
        String title() {
            return array.unit().isEmpty() ? array.label() : array.label() + " (" + array.unit() + ")";
        }

        OptionalDouble of(Object element, WorkbenchSession session) {
            if (!(element instanceof DataItem item)) {
                return OptionalDouble.empty();
            }
            return session.session().results().resultOrEmpty(item.getId(), node.id()).scalar(array.name())
                    .filter(Double::isFinite).map(OptionalDouble::of).orElse(OptionalDouble.empty());
        }
    }

    private final TreeViewer viewer;
    private final WorkbenchSession session;
    private final List<TreeViewerColumn> columns = new ArrayList<>();
    private List<Value> values = List.of();

    private ScalarColumns(TreeViewer viewer, WorkbenchSession session) {
        this.viewer = viewer;
        this.session = session;
    }

    /** Adds the columns of the session's pipeline and Ctrl+C; {@link #rebuild()} after the session changes. */
    static ScalarColumns install(TreeViewer viewer, WorkbenchSession session) {
        ScalarColumns scalars = new ScalarColumns(viewer, session);
        scalars.rebuild();
        viewer.getTree().addListener(SWT.KeyDown, event -> {
            if ((event.stateMask & SWT.MOD1) != 0 && event.keyCode == 'c') {
                scalars.copySelected();
            }
        });
        return scalars;
    }

    /** Makes the columns of the current session's pipeline, in place of those of another. */
    void rebuild() {
        columns.forEach(column -> column.getColumn().dispose());
        columns.clear();
        viewer.setComparator(null);
        PipelineDefinition pipeline = session.session().pipeline();
        List<Value> declared = new ArrayList<>();
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            node.arrays().stream().filter(a -> a.role() == ArrayRole.SCALAR_0D)
                    .forEach(array -> declared.add(new Value(node, array)));
        }
        values = List.copyOf(declared);
        viewer.getTree().setHeaderVisible(true); // the "plot" header switches what the views plot
        for (Value value : values) {
            TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.RIGHT);
            column.getColumn().setText(value.title());
            column.getColumn().setToolTipText(value.array().label() + " at node " + value.node().name()
                    + "; click to sort");
            column.getColumn().setWidth(90);
            column.getColumn().setMoveable(true);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    OptionalDouble number = value.of(element, session);
                    return number.isPresent() ? format(number.getAsDouble()) : "";
                }
            });
            column.getColumn().addListener(SWT.Selection, event -> sortBy(column.getColumn(), value));
            columns.add(column);
        }
    }

    private void sortBy(TreeColumn column, Value value) {
        boolean up = viewer.getTree().getSortColumn() != column || viewer.getTree().getSortDirection() != SWT.UP;
        viewer.getTree().setSortColumn(column);
        viewer.getTree().setSortDirection(up ? SWT.UP : SWT.DOWN);
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer shown, Object first, Object second) {
                OptionalDouble a = value.of(first, session);
                OptionalDouble b = value.of(second, session);
                if (a.isEmpty() || b.isEmpty()) {
                    return Boolean.compare(a.isEmpty(), b.isEmpty()); // without a value: last, in tree order
                }
                return up ? Double.compare(a.getAsDouble(), b.getAsDouble())
                        : Double.compare(b.getAsDouble(), a.getAsDouble());
            }
        });
    }

    /** The selected items' values as tab-separated lines under a header line. */
    String selectedAsText() {
        StringBuilder text = new StringBuilder("item");
        values.forEach(value -> text.append('\t').append(value.title()));
        text.append('\n');
        for (Object element : viewer.getStructuredSelection().toList()) {
            if (element instanceof DataItem item) {
                text.append(item.getAlias());
                for (Value value : values) {
                    OptionalDouble number = value.of(item, session);
                    text.append('\t').append(number.isPresent() ? String.valueOf(number.getAsDouble()) : "");
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private void copySelected() {
        if (values.isEmpty() || viewer.getStructuredSelection().isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(viewer.getControl().getDisplay());
        try {
            clipboard.setContents(new Object[] {selectedAsText()}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    /** Six significant digits without trailing zeros, e.g. 8978.72 or 1.873. */
    private static String format(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
