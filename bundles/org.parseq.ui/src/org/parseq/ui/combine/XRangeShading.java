package org.parseq.ui.combine;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.IAxis;
import org.parseq.ui.plot.PlotComposite;

/**
 * Shades a panel's x range on a node's plot, so that the range is seen against the curves. With
 * a receiver, an end of the range can be dragged by the mouse: the shading follows the drag and
 * the receiver gets the new range when the button is released.
 */
public final class XRangeShading {

    /** How near (pixels) to an end's line a press grabs that end. */
    private static final int GRAB_PIXELS = 5;

    private final PlotComposite plot;
    private final Supplier<double[]> range;
    private final BiConsumer<Double, Double> dragged;
    /** The range while an end is dragged, else null. */
    private double[] dragging;
    private int draggedEnd;

    private XRangeShading(PlotComposite plot, Supplier<double[]> range, BiConsumer<Double, Double> dragged) {
        this.plot = plot;
        this.range = range;
        this.dragged = dragged;
    }

    /** @param range gives [min, max] (an open end infinite) while a range should be shown, else null */
    public static void attach(PlotComposite plot, Supplier<double[]> range) {
        attach(plot, range, null);
    }

    /**
     * @param dragged gets the range [min, max] after an end was dragged (an open end null); null:
     *                the range is only shown
     */
    public static void attach(PlotComposite plot, Supplier<double[]> range, BiConsumer<Double, Double> dragged) {
        XRangeShading shading = new XRangeShading(plot, range, dragged);
        plot.plotArea().addListener(SWT.Paint, event -> shading.paint(event.gc));
        if (dragged != null) {
            plot.addGrabber(shading.new EndDrag());
        }
    }

    private double[] shown() {
        return dragging != null ? dragging : range.get();
    }

    private IAxis x() {
        return plot.chart().getAxisSet().getXAxis(0);
    }

    private void paint(GC gc) {
        double[] shown = shown();
        if (shown == null) {
            return;
        }
        Control area = plot.plotArea();
        Rectangle bounds = area.getBounds();
        int left = Double.isInfinite(shown[0]) ? 0 : x().getPixelCoordinate(shown[0]);
        int right = Double.isInfinite(shown[1]) ? bounds.width : x().getPixelCoordinate(shown[1]);
        left = Math.max(0, Math.min(bounds.width, left));
        right = Math.max(0, Math.min(bounds.width, right));
        Color colour = area.getDisplay().getSystemColor(SWT.COLOR_DARK_CYAN);
        int alpha = gc.getAlpha();
        gc.setBackground(colour);
        gc.setForeground(colour);
        gc.setAlpha(40);
        gc.fillRectangle(left, 0, Math.max(1, right - left), bounds.height);
        gc.setAlpha(180);
        if (!Double.isInfinite(shown[0])) {
            gc.drawLine(left, 0, left, bounds.height);
        }
        if (!Double.isInfinite(shown[1])) {
            gc.drawLine(right, 0, right, bounds.height);
        }
        gc.setAlpha(alpha);
    }

    /** Drags the end of the range nearest the press, if the press is on its line. */
    private final class EndDrag implements PlotComposite.Grabber {

        @Override
        public boolean grab(int x, int y) {
            double[] shown = range.get();
            if (shown == null) {
                return false;
            }
            for (int end = 0; end < 2; end++) {
                if (Double.isFinite(shown[end]) && Math.abs(x().getPixelCoordinate(shown[end]) - x) <= GRAB_PIXELS) {
                    draggedEnd = end;
                    dragging = shown.clone();
                    return true;
                }
            }
            return false;
        }

        @Override
        public void dragTo(int x, int y) {
            dragging[draggedEnd] = x().getDataCoordinate(x);
            plot.plotArea().redraw();
        }

        @Override
        public void release(int x, int y) {
            dragTo(x, y);
            double low = Math.min(dragging[0], dragging[1]);
            double high = Math.max(dragging[0], dragging[1]);
            dragging = null;
            dragged.accept(Double.isFinite(low) ? low : null, Double.isFinite(high) ? high : null);
        }
    }
}
