package org.parseq.ui.correct;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.IAxis;
import org.parseq.ui.plot.PlotComposite;

/**
 * Draws a spline correction's knots on a node's plot, against its left y axis, and lets the
 * mouse drag one: the knot follows the drag and the receiver gets its new place when the button
 * is released.
 */
final class KnotDragging implements PlotComposite.Grabber {

    /** How near (pixels) to a knot a press grabs it. */
    private static final int GRAB_PIXELS = 6;
    private static final int HALF_SIZE = 4;

    private final PlotComposite plot;
    private final Supplier<List<double[]>> knots;
    private final BiConsumer<Integer, double[]> moved;
    private int dragged = -1;
    private double[] draggedTo;

    private KnotDragging(PlotComposite plot, Supplier<List<double[]>> knots, BiConsumer<Integer, double[]> moved) {
        this.plot = plot;
        this.knots = knots;
        this.moved = moved;
    }

    /**
     * @param knots gives the knots [x, y] while they should be shown, else an empty list
     * @param moved gets a dragged knot's index and its new [x, y]
     */
    static void attach(PlotComposite plot, Supplier<List<double[]>> knots, BiConsumer<Integer, double[]> moved) {
        KnotDragging dragging = new KnotDragging(plot, knots, moved);
        plot.plotArea().addListener(SWT.Paint, event -> dragging.paint(event.gc));
        plot.addGrabber(dragging);
    }

    private IAxis x() {
        return plot.chart().getAxisSet().getXAxis(0);
    }

    private IAxis y() {
        return plot.chart().getAxisSet().getYAxis(0);
    }

    private void paint(GC gc) {
        List<double[]> shown = knots.get();
        Control area = plot.plotArea();
        Color colour = area.getDisplay().getSystemColor(SWT.COLOR_DARK_MAGENTA);
        gc.setBackground(colour);
        for (int i = 0; i < shown.size(); i++) {
            double[] knot = i == dragged && draggedTo != null ? draggedTo : shown.get(i);
            int px = x().getPixelCoordinate(knot[0]);
            int py = y().getPixelCoordinate(knot[1]);
            gc.fillRectangle(px - HALF_SIZE, py - HALF_SIZE, 2 * HALF_SIZE + 1, 2 * HALF_SIZE + 1);
        }
    }

    @Override
    public boolean grab(int x, int y) {
        List<double[]> shown = knots.get();
        for (int i = 0; i < shown.size(); i++) {
            if (Math.abs(x().getPixelCoordinate(shown.get(i)[0]) - x) <= GRAB_PIXELS
                    && Math.abs(y().getPixelCoordinate(shown.get(i)[1]) - y) <= GRAB_PIXELS) {
                dragged = i;
                draggedTo = shown.get(i).clone();
                return true;
            }
        }
        return false;
    }

    @Override
    public void dragTo(int x, int y) {
        draggedTo = new double[] {x().getDataCoordinate(x), y().getDataCoordinate(y)};
        plot.plotArea().redraw();
    }

    @Override
    public void release(int x, int y) {
        dragTo(x, y);
        int index = dragged;
        double[] place = draggedTo;
        dragged = -1;
        draggedTo = null;
        moved.accept(index, place);
    }
}
