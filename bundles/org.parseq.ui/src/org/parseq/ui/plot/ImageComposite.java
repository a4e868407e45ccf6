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
import org.parseq.ui.overlays.OverlayShape;

/**
 * Draws a 2D array as an image (SWTChart has no image plot): rows from bottom to top, both axes
 * with their values and labels, a perceptually even dark-blue to yellow colour map on a linear or
 * logarithmic scale with its colour bar, and the value under the cursor. The wheel zooms about the
 * cursor, a drag pans, a double click shows the whole image again. Overlays (spans, line bands)
 * are drawn over the image; dragging one of their handles reshapes it and, on release, hands the
 * new shape to whoever edits the parameters behind it. It draws what its {@link NodeImageModel}
 * and overlays say and computes nothing else.
 */
public class ImageComposite extends Canvas {

    private static final int LEFT = 70;
    private static final int RIGHT = 90;
    private static final int TOP = 24;
    private static final int BOTTOM = 44;
    /** Anchor colours of the map, evenly spaced from the lowest to the highest value. */
    private static final int[][] ANCHORS = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};

    private NodeImageModel model;
    private Image rendered;
    private boolean logScale;
    /** The visible part of the image in fractional column and row indices. */
    private double columnFrom;
    private double columnTo;
    private double rowFrom;
    private double rowTo;
    private String cursorText = "";
    private boolean showProfiles;
    /** The row and column under the cursor, -1 when it is outside the image. */
    private int cursorRow = -1;
    private int cursorColumn = -1;
    private int dragX = -1;
    private int dragY = -1;
    private OverlayDragging overlays = new OverlayDragging(this);

    public ImageComposite(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(event -> paint(event.gc));
        addDisposeListener(event -> disposeImage());
        addListener(SWT.MouseVerticalWheel, event -> zoom(event.x, event.y, event.count > 0 ? 0.8 : 1.25));
        addListener(SWT.MouseDown, event -> {
            if (event.button == 1 && overlays.grab(event.x, event.y)) {
                return;
            }
            dragX = event.x;
            dragY = event.y;
        });
        addListener(SWT.MouseUp, event -> {
            dragX = -1;
            overlays.release();
        });
        addListener(SWT.MouseMove, event -> {
            if (overlays.isDragging()) {
                overlays.dragTo(event.x, event.y);
            } else if (dragX >= 0 && (event.stateMask & SWT.BUTTON1) != 0) {
                pan(event.x - dragX, event.y - dragY);
                dragX = event.x;
                dragY = event.y;
            }
            describeCursor(event.x, event.y);
        });
        addListener(SWT.MouseDoubleClick, event -> resetZoom());
    }

    /** Shows an image, or an empty view with a hint when there is none; a new shape shows it whole. */
    public void show(NodeImageModel newModel) {
        boolean sameShape = model != null && newModel != null && model.image().rows() == newModel.image().rows()
                && model.image().columns() == newModel.image().columns();
        model = newModel;
        disposeImage();
        if (model != null) {
            rendered = render(model);
            if (!sameShape) {
                resetView();
            }
        }
        redraw();
    }

    public NodeImageModel model() {
        return model;
    }

    /**
     * Shows overlays over the image (not while one of them is being dragged) and where a dragged one
     * goes when it is let go.
     */
    public void setOverlays(java.util.List<OverlayShape> shapes, java.util.function.Consumer<OverlayShape> edited) {
        overlays.show(shapes, edited);
        redraw();
    }

    public java.util.List<OverlayShape> overlays() {
        return overlays.shapes();
    }

    /** Screen x of a value of the column axis (for tests and handles). */
    public int screenX(double columnValue) {
        Rectangle plot = plotArea();
        double index = indexOf(model.columns(), columnValue, model.image().columns());
        return plot.x + (int) Math.round((index - columnFrom) / (columnTo - columnFrom) * plot.width);
    }

    /** Screen y of a value of the row axis. */
    public int screenY(double rowValue) {
        Rectangle plot = plotArea();
        double index = indexOf(model.rows(), rowValue, model.image().rows());
        return plot.y + plot.height - (int) Math.round((index - rowFrom) / (rowTo - rowFrom) * plot.height);
    }

    double columnValueAt(int x) {
        Rectangle plot = plotArea();
        return model.columns().at(columnFrom + (x - plot.x) / (double) plot.width * (columnTo - columnFrom),
                model.image().columns());
    }

    double rowValueAt(int y) {
        Rectangle plot = plotArea();
        return model.rows().at(rowTo - (y - plot.y) / (double) plot.height * (rowTo - rowFrom), model.image().rows());
    }

    private static double indexOf(ImageAxis axis, double value, int count) {
        return axis.last() == axis.first() || count < 2 ? 0
                : (value - axis.first()) / (axis.last() - axis.first()) * (count - 1);
    }

    /** Draws the colours on a logarithmic scale of the values (non-positive values take the first colour). */
    public void setLogScale(boolean log) {
        if (log != logScale) {
            logScale = log;
            show(model);
        }
    }

    public boolean isLogScale() {
        return logScale;
    }

    /** Draws the row and the column under the cursor as profiles over the image's lower and left edges. */
    public void setProfiles(boolean show) {
        showProfiles = show;
        redraw();
    }

    /** The row and column the profiles show: {row, column}, -1 each when the cursor is outside the image. */
    public int[] profileCell() {
        return new int[] {cursorRow, cursorColumn};
    }

    public void resetZoom() {
        resetView();
        redraw();
    }

    /** The visible column and row ranges, in fractional indices: {columnFrom, columnTo, rowFrom, rowTo}. */
    public double[] visibleRange() {
        return new double[] {columnFrom, columnTo, rowFrom, rowTo};
    }

    /** The text of the value under the cursor, empty when the cursor is outside the image. */
    public String cursorText() {
        return cursorText;
    }

    private void resetView() {
        columnFrom = -0.5;
        rowFrom = -0.5;
        columnTo = model == null ? 0.5 : model.image().columns() - 0.5;
        rowTo = model == null ? 0.5 : model.image().rows() - 0.5;
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

    private double fraction(double value) {
        if (!logScale) {
            return (value - model.low()) / (model.high() - model.low());
        }
        double high = Math.log10(Math.max(model.high(), Double.MIN_NORMAL));
        double low = model.low() > 0 ? Math.log10(model.low()) : high - 6;
        return value <= 0 ? 0 : (Math.log10(value) - low) / Math.max(high - low, 1e-12);
    }

    private Image render(NodeImageModel shown) {
        int rows = shown.image().rows();
        int columns = shown.image().columns();
        ImageData data = new ImageData(columns, rows, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                double value = shown.image().at(row, column);
                RGB rgb = Double.isFinite(value) ? colour(fraction(value)) : new RGB(255, 255, 255);
                data.setPixel(column, rows - 1 - row, data.palette.getPixel(rgb));
            }
        }
        return new Image(getDisplay(), data);
    }

    private Rectangle plotArea() {
        Rectangle area = getClientArea();
        return new Rectangle(LEFT, TOP, Math.max(1, area.width - LEFT - RIGHT), Math.max(1, area.height - TOP - BOTTOM));
    }

    private void zoom(int x, int y, double factor) {
        if (model == null) {
            return;
        }
        Rectangle plot = plotArea();
        double column = columnFrom + (x - plot.x) / (double) plot.width * (columnTo - columnFrom);
        double row = rowTo - (y - plot.y) / (double) plot.height * (rowTo - rowFrom);
        columnFrom = column - (column - columnFrom) * factor;
        columnTo = column + (columnTo - column) * factor;
        rowFrom = row - (row - rowFrom) * factor;
        rowTo = row + (rowTo - row) * factor;
        redraw();
    }

    private void pan(int dx, int dy) {
        Rectangle plot = plotArea();
        double columns = -dx / (double) plot.width * (columnTo - columnFrom);
        double rows = dy / (double) plot.height * (rowTo - rowFrom);
        columnFrom += columns;
        columnTo += columns;
        rowFrom += rows;
        rowTo += rows;
        redraw();
    }

    private void describeCursor(int x, int y) {
        String text = "";
        cursorRow = -1;
        cursorColumn = -1;
        Rectangle plot = plotArea();
        if (model != null && plot.contains(x, y)) {
            int column = (int) Math.round(columnFrom + (x - plot.x) / (double) plot.width * (columnTo - columnFrom));
            int row = (int) Math.round(rowTo - (y - plot.y) / (double) plot.height * (rowTo - rowFrom));
            if (column >= 0 && row >= 0 && column < model.image().columns() && row < model.image().rows()) {
                cursorRow = row;
                cursorColumn = column;
                text = model.columns().label() + " = " + format(model.columns().at(column, model.image().columns()))
                        + ",  " + model.rows().label() + " = " + format(model.rows().at(row, model.image().rows()))
                        + ",  value = " + format(model.image().at(row, column));
            }
        }
        if (!text.equals(cursorText)) {
            cursorText = text;
            redraw();
        }
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
        Rectangle plot = plotArea();
        int rows = model.image().rows();
        Rectangle clip = gc.getClipping();
        gc.setClipping(plot);
        // source rectangle in image pixels; rows are stored bottom-up in the rendered image
        double sourceX = columnFrom + 0.5;
        double sourceY = rows - 0.5 - rowTo;
        double sourceWidth = columnTo - columnFrom;
        double sourceHeight = rowTo - rowFrom;
        double scaleX = plot.width / sourceWidth;
        double scaleY = plot.height / sourceHeight;
        Rectangle bounds = rendered.getBounds();
        gc.drawImage(rendered, 0, 0, bounds.width, bounds.height, (int) Math.round(plot.x - sourceX * scaleX),
                (int) Math.round(plot.y - sourceY * scaleY), (int) Math.round(bounds.width * scaleX),
                (int) Math.round(bounds.height * scaleY));
        overlays.paint(gc, plot);
        if (showProfiles && cursorRow >= 0) {
            paintProfiles(gc, plot);
        }
        gc.setClipping(clip);
        gc.drawRectangle(plot);
        gc.drawText(model.title(), LEFT, 4, true);
        if (!cursorText.isEmpty()) {
            gc.drawText(cursorText, Math.max(LEFT + gc.textExtent(model.title()).x + 24,
                    plot.x + plot.width - gc.textExtent(cursorText).x), 4, true);
        }
        paintColumnAxis(gc, plot);
        paintRowAxis(gc, plot);
        paintColourBar(gc, plot.x + plot.width + 16, plot.y, plot.height);
    }

    /** The cursor's row along the lower quarter of the plot, its column along the left fifth, in white. */
    private void paintProfiles(GC gc, Rectangle plot) {
        int rows = model.image().rows();
        int columns = model.image().columns();
        double span = Math.max(model.high() - model.low(), 1e-300);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.setLineWidth(1);
        int height = plot.height / 4;
        int[] rowLine = new int[2 * columns];
        for (int column = 0; column < columns; column++) {
            double level = Math.max(0, Math.min(1, (model.image().at(cursorRow, column) - model.low()) / span));
            rowLine[2 * column] = screenX(model.columns().at(column, columns));
            rowLine[2 * column + 1] = plot.y + plot.height - (int) Math.round(level * height);
        }
        gc.drawPolyline(rowLine);
        int width = plot.width / 5;
        int[] columnLine = new int[2 * rows];
        for (int row = 0; row < rows; row++) {
            double level = Math.max(0, Math.min(1, (model.image().at(row, cursorColumn) - model.low()) / span));
            columnLine[2 * row] = plot.x + (int) Math.round(level * width);
            columnLine[2 * row + 1] = screenY(model.rows().at(row, rows));
        }
        gc.drawPolyline(columnLine);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
    }

    private void paintColumnAxis(GC gc, Rectangle plot) {
        int columns = model.image().columns();
        ImageAxis axis = model.columns();
        double from = axis.at(columnFrom, columns);
        double to = axis.at(columnTo, columns);
        for (double tick : NiceTicks.across(from, to, Math.max(2, plot.width / 90))) {
            int x = plot.x + (int) Math.round((tick - from) / (to - from) * plot.width);
            gc.drawLine(x, plot.y + plot.height, x, plot.y + plot.height + 4);
            String text = tickText(tick);
            gc.drawText(text, x - gc.textExtent(text).x / 2, plot.y + plot.height + 5, true);
        }
        gc.drawText(axis.label(), plot.x + plot.width / 2 - gc.textExtent(axis.label()).x / 2,
                plot.y + plot.height + 24, true);
    }

    private void paintRowAxis(GC gc, Rectangle plot) {
        int rows = model.image().rows();
        ImageAxis axis = model.rows();
        double from = axis.at(rowFrom, rows);
        double to = axis.at(rowTo, rows);
        for (double tick : NiceTicks.across(from, to, Math.max(2, plot.height / 60))) {
            int y = plot.y + plot.height - (int) Math.round((tick - from) / (to - from) * plot.height);
            gc.drawLine(plot.x - 4, y, plot.x, y);
            String text = tickText(tick);
            gc.drawText(text, plot.x - 6 - gc.textExtent(text).x, y - gc.textExtent(text).y / 2, true);
        }
        Image label = verticalText(gc, axis.label());
        gc.drawImage(label, 2, plot.y + plot.height / 2 - label.getBounds().height / 2);
        label.dispose();
    }

    /** Text turned a quarter left, for the row axis label. */
    private Image verticalText(GC gc, String text) {
        org.eclipse.swt.graphics.Point extent = gc.textExtent(text);
        Image horizontal = new Image(getDisplay(), Math.max(1, extent.x), Math.max(1, extent.y));
        GC textGc = new GC(horizontal);
        textGc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        textGc.fillRectangle(0, 0, extent.x, extent.y);
        textGc.setForeground(gc.getForeground());
        textGc.setFont(gc.getFont());
        textGc.drawText(text, 0, 0, true);
        textGc.dispose();
        ImageData source = horizontal.getImageData();
        horizontal.dispose();
        ImageData turned = new ImageData(source.height, source.width, source.depth, source.palette);
        for (int x = 0; x < source.width; x++) {
            for (int y = 0; y < source.height; y++) {
                turned.setPixel(y, source.width - 1 - x, source.getPixel(x, y));
            }
        }
        return new Image(getDisplay(), turned);
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
        gc.drawText(format(model.high()), x + 18, top, true);
        gc.drawText(logScale ? format(model.low() > 0 ? model.low() : model.high() * 1e-6) + " (log)"
                : format(model.low()), x + 18, top + height - 14, true);
    }

    /** A round tick value without trailing zeros: 100, 0.05, -0.2. */
    private static String tickText(double tick) {
        return new java.math.BigDecimal(String.format("%.6g", tick)).stripTrailingZeros().toPlainString();
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
