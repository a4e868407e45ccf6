package org.parseq.ui.tree;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.parseq.model.DataCommands;
import org.parseq.model.DataTree;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.TreeElement;
import org.parseq.ui.session.WorkbenchSession;

/** Drag and drop inside the data tree: onto a group moves into it, between rows moves there. */
final class DataTreeDrop extends ViewerDropAdapter {

    private final WorkbenchSession workbench;

    private DataTreeDrop(TreeViewer viewer, WorkbenchSession workbench) {
        super(viewer);
        this.workbench = workbench;
    }

    static void install(TreeViewer viewer, WorkbenchSession workbench) {
        Transfer[] transfers = {LocalSelectionTransfer.getTransfer()};
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
                event.doit = !viewer.getStructuredSelection().isEmpty();
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_COPY, transfers, new DataTreeDrop(viewer, workbench));
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData type) {
        return LocalSelectionTransfer.getTransfer().isSupportedType(type);
    }

    @Override
    public boolean performDrop(Object data) {
        List<org.parseq.io.tree.TreeEntry> files = draggedFiles();
        if (!files.isEmpty()) {
            workbench.loadFiles(files);
            return true;
        }
        List<TreeElement> moved = dragged();
        if (moved.isEmpty()) {
            return false;
        }
        Object target = getCurrentTarget();
        EObject owner;
        int index;
        if (target instanceof DataGroup group && getCurrentLocation() == LOCATION_ON) {
            owner = group;
            index = -1;
        } else if (target instanceof TreeElement element) {
            owner = element.eContainer();
            int position = DataTree.children(owner).indexOf(element);
            index = getCurrentLocation() == LOCATION_BEFORE ? position : position + 1;
        } else {
            owner = workbench.session().root();
            index = -1;
        }
        return drop(workbench, moved, owner, index);
    }

    /** Moves elements as a drop does; also what tests call to drag without a mouse. */
    static boolean drop(WorkbenchSession workbench, List<TreeElement> moved, EObject owner, int index) {
        return workbench.session().execute(DataCommands.move(workbench.session().domain(), moved, owner, index));
    }

    private static List<org.parseq.io.tree.TreeEntry> draggedFiles() {
        if (LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection) {
            return selection.toList().stream().filter(org.parseq.io.tree.TreeEntry.class::isInstance)
                    .map(org.parseq.io.tree.TreeEntry.class::cast).toList();
        }
        return List.of();
    }

    private static List<TreeElement> dragged() {
        List<TreeElement> elements = new ArrayList<>();
        if (LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection) {
            for (Object element : selection.toList()) {
                if (element instanceof TreeElement tree) {
                    elements.add(tree);
                }
            }
        }
        return elements;
    }
}
