package org.parseq.ui.tree;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.parseq.model.ItemColours;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.ui.session.ItemProblems;
import org.parseq.ui.session.WorkbenchSession;

/**
 * Alias with a swatch of the item's colour, in the colour of its tag; groups in bold; items
 * in error in red with the message as tooltip.
 */
final class DataTreeLabels extends ColumnLabelProvider {

    private static final int SWATCH = 12;

    private final WorkbenchSession workbench;
    private final Map<String, Image> swatches = new HashMap<>();
    private final Map<Integer, Color> tagColours = new HashMap<>();

    DataTreeLabels(WorkbenchSession workbench) {
        this.workbench = workbench;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof DataGroup group) {
            return group.getAlias() + "  (" + group.getChildren().size() + ")";
        }
        return element instanceof DataItem item ? item.getAlias() : String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof DataItem item ? swatch(ItemColours.colourOf(item)) : null;
    }

    @Override
    public Font getFont(Object element) {
        return element instanceof DataGroup ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
                : null;
    }

    @Override
    public Color getForeground(Object element) {
        if (element instanceof DataItem item && ItemProblems.firstOf(workbench.session(), item).isPresent()) {
            return Display.getCurrent().getSystemColor(SWT.COLOR_RED);
        }
        if (element instanceof DataItem item && item.getColourTag() != 0) {
            return tagColours.computeIfAbsent(item.getColourTag(), tag -> {
                int rgb = Integer.parseInt(org.parseq.model.ColourTags.colourOf(tag).substring(1), 16);
                return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
            });
        }
        return null;
    }

    @Override
    public String getToolTipText(Object element) {
        if (!(element instanceof DataItem item)) {
            return null;
        }
        return ItemProblems.firstOf(workbench.session(), item)
                .map(p -> p.node().name() + ": " + p.message())
                .orElseGet(() -> item.getCombination() != null
                        ? item.getCombination().getKind() + " of " + item.getCombination().getParents().size()
                                + " items at " + item.getCombination().getNode()
                        : item.getSource() == null ? null : item.getSource().getLocation());
    }

    private Image swatch(String colour) {
        return swatches.computeIfAbsent(colour, c -> {
            int rgb = Integer.parseInt(c.substring(1), 16);
            Display display = Display.getCurrent();
            Image image = new Image(display, SWATCH, SWATCH);
            GC gc = new GC(image);
            Color fill = new Color(display, new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff));
            gc.setBackground(fill);
            gc.fillRectangle(0, 0, SWATCH, SWATCH);
            gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawRectangle(0, 0, SWATCH - 1, SWATCH - 1);
            gc.dispose();
            fill.dispose();
            return image;
        });
    }

    @Override
    public void dispose() {
        swatches.values().forEach(Image::dispose);
        swatches.clear();
        super.dispose();
    }
}
