package org.parseq.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataPackage;
import org.parseq.model.data.DataRoot;
import org.parseq.model.data.TreeElement;

/** Read-only walks over the data tree. */
public final class DataTree {

    private DataTree() {
    }

    /** All items, depth first in tree order: the order in which the engine sees them. */
    public static List<DataItem> items(DataRoot root) {
        List<DataItem> items = new ArrayList<>();
        collectItems(root.getChildren(), items);
        return items;
    }

    private static void collectItems(List<TreeElement> elements, List<DataItem> items) {
        for (TreeElement element : elements) {
            if (element instanceof DataItem item) {
                items.add(item);
            } else if (element instanceof DataGroup group) {
                collectItems(group.getChildren(), items);
            }
        }
    }

    /** All groups and items, depth first, a group before its members. */
    public static List<TreeElement> elements(DataRoot root) {
        List<TreeElement> all = new ArrayList<>();
        collectElements(root.getChildren(), all);
        return all;
    }

    private static void collectElements(List<TreeElement> elements, List<TreeElement> all) {
        for (TreeElement element : elements) {
            all.add(element);
            if (element instanceof DataGroup group) {
                collectElements(group.getChildren(), all);
            }
        }
    }

    public static Optional<TreeElement> byId(DataRoot root, String id) {
        return elements(root).stream().filter(e -> id.equals(e.getId())).findFirst();
    }

    public static Optional<TreeElement> byAlias(DataRoot root, String alias) {
        return elements(root).stream().filter(e -> alias.equals(e.getAlias())).findFirst();
    }

    /** The root or group that holds an element. */
    public static EObject owner(TreeElement element) {
        return element.eContainer();
    }

    /** The feature of a root or group that holds tree elements. */
    public static EReference childrenFeature(EObject owner) {
        if (owner instanceof DataRoot) {
            return DataPackage.Literals.DATA_ROOT__CHILDREN;
        }
        if (owner instanceof DataGroup) {
            return DataPackage.Literals.DATA_GROUP__CHILDREN;
        }
        throw new IllegalArgumentException(owner + " holds no tree elements");
    }

    @SuppressWarnings("unchecked")
    public static EList<TreeElement> children(EObject owner) {
        return (EList<TreeElement>) owner.eGet(childrenFeature(owner));
    }

    /** Whether an element is (still) in this tree, e.g. not removed. */
    public static boolean contains(DataRoot root, TreeElement element) {
        EObject container = element;
        while (container != null && container != root) {
            container = container.eContainer();
        }
        return container == root;
    }
}
