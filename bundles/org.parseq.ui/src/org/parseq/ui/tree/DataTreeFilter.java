package org.parseq.ui.tree;

import java.util.Locale;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.TreeElement;

/**
 * Shows the elements whose name contains the typed text (any case), with the groups on the way
 * to them; a group whose own name matches shows all its members.
 */
final class DataTreeFilter extends ViewerFilter {

    private String text = "";

    void setText(String typed) {
        text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    boolean isActive() {
        return !text.isEmpty();
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (!isActive() || !(element instanceof TreeElement tree)) {
            return true;
        }
        return matches(tree) || matchesInside(tree) || inMatchingGroup(tree);
    }

    private boolean matches(TreeElement element) {
        return element.getAlias() != null && element.getAlias().toLowerCase(Locale.ROOT).contains(text);
    }

    private boolean matchesInside(TreeElement element) {
        return element instanceof DataGroup group
                && group.getChildren().stream().anyMatch(child -> matches(child) || matchesInside(child));
    }

    private boolean inMatchingGroup(TreeElement element) {
        for (Object owner = element.eContainer(); owner instanceof DataGroup group; owner = group.eContainer()) {
            if (matches(group)) {
                return true;
            }
        }
        return false;
    }
}
