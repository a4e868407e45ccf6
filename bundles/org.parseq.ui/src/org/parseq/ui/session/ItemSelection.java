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
    /** Null: the views plot the selected items; else where the ticked ones come from. */
    private java.util.function.Supplier<List<DataItem>> tickedItems;

    public List<DataItem> items() {
        return items;
    }

    /**
     * The items whose curves the node views draw: the selected ones, or, when the user chose
     * so in the data tree, the ticked ones whatever is selected (a series kept in view while
     * one item is tuned). Edits still go to the selected items.
     */
    public List<DataItem> plotted() {
        return tickedItems == null ? items : tickedItems.get();
    }

    public boolean plotsTickedItems() {
        return tickedItems != null;
    }

    /** Plots the ticked items (null: the selected ones again); the views redraw. */
    public void plotTickedItems(java.util.function.Supplier<List<DataItem>> ticked) {
        tickedItems = ticked;
        listeners.forEach(l -> l.accept(items));
    }

    /** An item was ticked or unticked: the views redraw when they plot the ticked items. */
    public void ticksChanged() {
        if (tickedItems != null) {
            listeners.forEach(l -> l.accept(items));
        }
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
