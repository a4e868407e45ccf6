package org.parseq.ui.tree;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataRoot;
import org.parseq.model.data.TreeElement;

/** Groups and items of the data tree. */
final class DataTreeContent implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof DataRoot root ? root.getChildren().toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof DataGroup group ? group.getChildren().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof TreeElement tree ? tree.eContainer() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof DataGroup group && !group.getChildren().isEmpty();
    }
}
