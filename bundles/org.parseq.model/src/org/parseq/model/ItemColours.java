package org.parseq.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.parseq.model.data.ColourPolicy;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataRoot;
import org.parseq.model.data.TreeElement;

/**
 * The colour an item is drawn in, the same in every node: its own colour if it has one, else
 * what its group's (or the root's) colour policy gives it. A cycle picks by the item's colour
 * index, given once when the item is loaded, so that moving or regrouping items never recolours
 * them; a gradient runs over the group in tree order, which is what a gradient means. Items
 * without an index (combinations, projects of earlier versions) use their position.
 * Colours are {@code #rrggbb}.
 */
public final class ItemColours {

    /** The original's default cycle of ten colours. */
    public static final List<String> CYCLE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
            "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf");

    private static final String DEFAULT_GROUP_COLOUR = "#1f77b4";
    private static final String DEFAULT_GRADIENT_END = "#d62728";

    private ItemColours() {
    }

    public static String colourOf(DataItem item) {
        if (item.getColour() != null && !item.getColour().isBlank()) {
            return item.getColour();
        }
        EObject owner = item.eContainer();
        List<DataItem> siblings = owner == null ? List.of(item)
                : DataTree.children(owner).stream().filter(DataItem.class::isInstance).map(DataItem.class::cast)
                        .toList();
        int position = Math.max(0, siblings.indexOf(item));
        int index = item.getColourIndex() != null ? item.getColourIndex() : position;
        ColourPolicy policy = owner instanceof DataGroup group ? group.getColourPolicy()
                : owner instanceof DataRoot root ? root.getColourPolicy() : ColourPolicy.CYCLE;
        String groupColour = owner instanceof TreeElement element && element.getColour() != null
                ? element.getColour() : DEFAULT_GROUP_COLOUR;
        return switch (policy) {
            case CYCLE -> CYCLE.get(Math.floorMod(index, CYCLE.size()));
            case INDIVIDUAL -> groupColour;
            case GRADIENT -> gradient(groupColour,
                    owner instanceof DataGroup group && group.getGradientEndColour() != null
                            ? group.getGradientEndColour() : DEFAULT_GRADIENT_END,
                    siblings.size() < 2 ? 0 : position / (double) (siblings.size() - 1));
        };
    }

    /** The index a newly loaded item gets: one after the highest of the items in the tree. */
    public static int nextIndex(DataRoot root) {
        int next = 0;
        for (DataItem item : DataTree.items(root)) {
            next = Math.max(next, indexOf(item) + 1);
        }
        return next;
    }

    /**
     * Gives every item without an index the one its position gives it now, so that a project read
     * from a file keeps its colours when its items move later.
     */
    public static void keepPositions(DataRoot root) {
        for (DataItem item : DataTree.items(root)) {
            if (item.getColourIndex() == null) {
                item.setColourIndex(indexOf(item));
            }
        }
    }

    private static int indexOf(DataItem item) {
        if (item.getColourIndex() != null) {
            return item.getColourIndex();
        }
        EObject owner = item.eContainer();
        return owner == null ? 0
                : Math.max(0, DataTree.children(owner).stream().filter(DataItem.class::isInstance).toList()
                        .indexOf(item));
    }

    /** Linear interpolation in HSV from one colour to another, as the original does. */
    static String gradient(String from, String to, double fraction) {
        float[] a = hsv(from);
        float[] b = hsv(to);
        float[] mixed = new float[3];
        for (int i = 0; i < 3; i++) {
            mixed[i] = (float) (a[i] + (b[i] - a[i]) * fraction);
        }
        int rgb = java.awt.Color.HSBtoRGB(mixed[0], mixed[1], mixed[2]) & 0xffffff;
        return String.format("#%06x", rgb);
    }

    private static float[] hsv(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return java.awt.Color.RGBtoHSB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, null);
    }
}
