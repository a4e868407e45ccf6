package org.parseq.ui.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.parseq.model.data.DataItem;

/**
 * The items selected in the data tree, shared by every node view (as in the original: one
 * selection for all nodes). Used in the UI thread only.
 */
public final class ItemSelection {

    private List<DataItem> items = List.of();
    private final List<Consumer<List<DataItem>>> listeners = new CopyOnWriteArrayList<>();

    public List<DataItem> items() {
        return items;
    }

    public void select(List<DataItem> selected) {
        List<DataItem> copy = List.copyOf(selected);
        if (copy.equals(items)) {
            return;
        }
        items = copy;
        listeners.forEach(l -> l.accept(copy));
    }

    public void addListener(Consumer<List<DataItem>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<List<DataItem>> listener) {
        listeners.remove(listener);
    }
}
