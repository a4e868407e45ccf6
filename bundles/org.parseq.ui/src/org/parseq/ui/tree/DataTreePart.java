package org.parseq.ui.tree;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.parseq.model.DataCommands;
import org.parseq.model.DataTree;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.TreeElement;
import org.parseq.ui.session.ParseqEvents;
import org.parseq.ui.session.WorkbenchSession;

/**
 * The data tree: groups and items with their colours and states, multiple selection (shared
 * by every node view), rename in place (F2), remove with the Delete key (after a confirmation,
 * undoable), drag and drop to move and regroup, and a context menu of edits.
 */
public class DataTreePart {

    private TreeViewer viewer;
    private Text filterField;
    private final DataTreeFilter filter = new DataTreeFilter();
    private WorkbenchSession workbench;
    private final Consumer<List<DataItem>> selectionFollower = this::showSelection;
    private boolean updatingSelection;

    @Inject
    public DataTreePart() {
    }

    @PostConstruct
    public void createControls(Composite parent, WorkbenchSession session) {
        this.workbench = session;
        parent.setLayout(new GridLayout(1, false));
        filterField = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterField.setMessage("filter by name");
        filterField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.addFilter(filter);
        filterField.addListener(SWT.Modify, event -> {
            filter.setText(filterField.getText());
            viewer.refresh();
            if (filter.isActive()) {
                viewer.expandAll();
            }
        });
        viewer.setContentProvider(new DataTreeContent());
        viewer.setUseHashlookup(true);
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText("data");
        column.getColumn().setWidth(230);
        column.setLabelProvider(new DataTreeLabels(session));
        column.setEditingSupport(new RenameSupport());
        plotTicks = PlotTicks.install(viewer, session);
        scalarColumns = ScalarColumns.install(viewer, session);
        ColumnViewerToolTipSupport.enableFor(viewer);
        TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
            }
        }, ColumnViewerEditor.DEFAULT);
        viewer.setInput(session.session().root());
        viewer.addSelectionChangedListener(event -> {
            if (!updatingSelection) {
                session.selection().select(itemsIn(viewer.getStructuredSelection().toList()));
            }
        });
        DataTreeDrop.install(viewer, session);
        DataTreeMenu.install(viewer, session);
        viewer.getTree().addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.DEL && (event.stateMask & SWT.MODIFIER_MASK) == 0) {
                event.doit = false;
                DataTreeMenu.removeAsked(viewer, workbench, viewer.getStructuredSelection().toList().stream()
                        .filter(TreeElement.class::isInstance).map(TreeElement.class::cast).toList());
            }
        });
        session.selection().addListener(selectionFollower);
        followedRoot = session.session().root();
        followedRoot.eAdapters().add(treeFollower);
    }

    private org.parseq.model.data.DataRoot followedRoot;
    /** The columns of the nodes' 0D values (E0, edge step, ...), sortable and copied with Ctrl+C. */
    private ScalarColumns scalarColumns;
    /** The "plot" column: the views plot the selected or the ticked items. */
    private PlotTicks plotTicks;

    /** Whether the node views plot the ticked items rather than the selected ones. */
    public boolean plotsTickedItems() {
        return plotTicks.plotsTicked();
    }

    /** Switches the node views to the ticked items (true) or the selected ones, as the "plot" header does. */
    public void setPlotsTickedItems(boolean ticked) {
        plotTicks.setPlotsTicked(ticked);
    }

    /** The selected items' 0D values as Ctrl+C copies them: a header line, then one tab-separated line per item. */
    public String selectedValuesAsText() {
        return scalarColumns.selectedAsText();
    }

    /** A new session (another pipeline, or File &gt; New Session): show and follow its tree. */
    @Inject
    @Optional
    void sessionReplaced(@UIEventTopic(ParseqEvents.SESSION_REPLACED) WorkbenchSession session) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (followedRoot != null) {
            followedRoot.eAdapters().remove(treeFollower);
        }
        followedRoot = session.session().root();
        followedRoot.eAdapters().add(treeFollower);
        scalarColumns.rebuild();
        viewer.setInput(followedRoot);
    }

    /**
     * Follows every change of the tree, whoever makes it (a command, an undo, opening a
     * project), with one refresh per burst of changes.
     */
    private final org.eclipse.emf.ecore.util.EContentAdapter treeFollower = new org.eclipse.emf.ecore.util.EContentAdapter() {
        private boolean scheduled;

        @Override
        public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
            super.notifyChanged(notification);
            if (notification.isTouch() || scheduled || viewer == null || viewer.getControl().isDisposed()) {
                return;
            }
            scheduled = true;
            viewer.getControl().getDisplay().asyncExec(() -> {
                scheduled = false;
                treeChanged();
            });
        }
    };

    /** The items of the selected elements, a group standing for all its items. */
    static List<DataItem> itemsIn(List<?> elements) {
        Set<DataItem> items = new LinkedHashSet<>();
        for (Object element : elements) {
            if (element instanceof DataItem item) {
                items.add(item);
            } else if (element instanceof DataGroup group) {
                collect(group, items);
            }
        }
        return new ArrayList<>(items);
    }

    private static void collect(DataGroup group, Set<DataItem> items) {
        for (TreeElement child : group.getChildren()) {
            if (child instanceof DataItem item) {
                items.add(item);
            } else if (child instanceof DataGroup inner) {
                collect(inner, items);
            }
        }
    }

    /** Follows a selection made elsewhere, e.g. a click on a curve. */
    private void showSelection(List<DataItem> items) {
        if (viewer.getControl().isDisposed() || itemsIn(viewer.getStructuredSelection().toList()).equals(items)) {
            return;
        }
        updatingSelection = true;
        try {
            viewer.setSelection(new StructuredSelection(items), true);
        } finally {
            updatingSelection = false;
        }
    }

    /** Redraws the tree, labels too (a renamed or re-tagged item), and drops removed items from the selection. */
    private void treeChanged() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
            List<DataItem> present = workbench.selection().items().stream()
                    .filter(i -> DataTree.contains(workbench.session().root(), i)).toList();
            workbench.selection().select(present);
            workbench.selection().ticksChanged();
        }
    }

    @Inject
    @Optional
    void resultsUpdated(@UIEventTopic(ParseqEvents.RESULTS_UPDATED) WorkbenchSession session) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    }

    /**
     * Moves elements as dropping them at a place of the tree does: into a group or root at an
     * index (-1: at the end). A drag with the mouse ends here too.
     */
    public boolean drop(List<TreeElement> elements, org.eclipse.emf.ecore.EObject owner, int index) {
        return DataTreeDrop.drop(workbench, elements, owner, index);
    }

    /** The field that filters the tree by name. */
    public Text filterField() {
        return filterField;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @PreDestroy
    void dispose() {
        if (workbench != null) {
            workbench.selection().removeListener(selectionFollower);
            if (followedRoot != null) {
                followedRoot.eAdapters().remove(treeFollower);
            }
        }
    }

    private final class RenameSupport extends EditingSupport {
        RenameSupport() {
            super(DataTreePart.this.viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(viewer.getTree());
        }

        @Override
        protected boolean canEdit(Object element) {
            return element instanceof TreeElement;
        }

        @Override
        protected Object getValue(Object element) {
            return ((TreeElement) element).getAlias();
        }

        @Override
        protected void setValue(Object element, Object value) {
            String alias = String.valueOf(value).strip();
            if (!alias.isEmpty()) {
                workbench.session().execute(DataCommands.rename(workbench.session().domain(),
                        workbench.session().root(), (TreeElement) element, alias));
            }
        }
    }
}
