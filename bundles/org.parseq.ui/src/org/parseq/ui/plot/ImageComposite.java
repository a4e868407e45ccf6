package org.parseq.ui.plot;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Draws a 2D array as an image with a colour scale (SWTChart has no image plot): rows from
 * bottom to top, columns along the abscissa, colours from a perceptually even dark-blue to
 * yellow map, and a colour bar with the value range.
 */
public class ImageComposite extends Canvas {

    private static final int LEFT = 60;
    private static final int RIGHT = 90;
    private static final int TOP = 24;
    private static final int BOTTOM = 40;
    /** Anchor colours of the map, evenly spaced from the lowest to the highest value. */
    private static final int[][] ANCHORS = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};

    private NodeImageModel model;
    private Image rendered;
    private double low;
    private double high;

    public ImageComposite(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(event -> paint(event.gc));
        addDisposeListener(event -> disposeImage());
    }

    /** Shows an image, or an empty view with a hint when there is none. */
    public void show(NodeImageModel newModel) {
        model = newModel;
        disposeImage();
        if (model != null) {
            rendered = render(model);
        }
        redraw();
    }

    public NodeImageModel model() {
        return model;
    }

    /** The colour of a value at a fraction (0..1) of the range. */
    static RGB colour(double fraction) {
        double position = Math.max(0, Math.min(1, Double.isNaN(fraction) ? 0 : fraction)) * (ANCHORS.length - 1);
        int lower = Math.min(ANCHORS.length - 2, (int) position);
        double t = position - lower;
        int[] a = ANCHORS[lower];
        int[] b = ANCHORS[lower + 1];
        return new RGB((int) Math.round(a[0] + t * (b[0] - a[0])), (int) Math.round(a[1] + t * (b[1] - a[1])),
                (int) Math.round(a[2] + t * (b[2] - a[2])));
    }

    private Image render(NodeImageModel shown) {
        double[] values = shown.image().values();
        low = Double.POSITIVE_INFINITY;
        high = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (Double.isFinite(value)) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        if (!(low < high)) {
            high = low + 1;
        }
        int rows = shown.image().rows();
        int columns = shown.image().columns();
        ImageData data = new ImageData(columns, rows, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                double value = shown.image().at(row, column);
                RGB rgb = Double.isFinite(value) ? colour((value - low) / (high - low)) : new RGB(255, 255, 255);
                data.setPixel(column, rows - 1 - row, data.palette.getPixel(rgb));
            }
        }
        return new Image(getDisplay(), data);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        if (model == null || rendered == null) {
            gc.drawText("Select an item to see its image here.", LEFT, TOP, true);
            return;
        }
        int width = Math.max(1, area.width - LEFT - RIGHT);
        int height = Math.max(1, area.height - TOP - BOTTOM);
        Rectangle source = rendered.getBounds();
        gc.drawImage(rendered, 0, 0, source.width, source.height, LEFT, TOP, width, height);
        gc.drawRectangle(LEFT, TOP, width, height);
        gc.drawText(model.title(), LEFT, 4, true);
        gc.drawText(format(model.xFirst()), LEFT, TOP + height + 4, true);
        String last = format(model.xLast());
        gc.drawText(last, LEFT + width - gc.textExtent(last).x, TOP + height + 4, true);
        gc.drawText(model.xLabel(), LEFT + width / 2 - gc.textExtent(model.xLabel()).x / 2, TOP + height + 20, true);
        gc.drawText("row 1", 4, TOP + height - 14, true);
        gc.drawText("row " + model.image().rows(), 4, TOP, true);
        paintColourBar(gc, LEFT + width + 16, TOP, height);
    }

    private void paintColourBar(GC gc, int x, int top, int height) {
        for (int y = 0; y < height; y++) {
            Color colour = new Color(getDisplay(), colour(1 - y / (double) Math.max(1, height - 1)));
            gc.setForeground(colour);
            gc.drawLine(x, top + y, x + 14, top + y);
            colour.dispose();
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawRectangle(x, top, 14, height);
        gc.drawText(format(high), x + 18, top, true);
        gc.drawText(format(low), x + 18, top + height - 14, true);
    }

    private static String format(double value) {
        return String.format("%.4g", value);
    }

    private void disposeImage() {
        if (rendered != null) {
            rendered.dispose();
            rendered = null;
        }
    }
}
