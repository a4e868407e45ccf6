package org.parseq.ui.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;


import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.parseq.ui.overlays.OverlaySpec;
import org.parseq.ui.overlays.OverlayShape;

/**
 * The overlays of an {@link ImageComposite}: draws them with their handles and reshapes the one
 * whose handle the user drags. A span's edges are its handles; a line band has its two end points,
 * a width handle on its upper edge, and its body, which moves it whole.
 */
final class OverlayDragging {

    /** How near to a handle, in screen pixels, a press grabs it. */
    static final int GRAB_PIXELS = 7;
    private static final int HANDLE = 5;

    private final ImageComposite view;
    private List<OverlayShape> shapes = List.of();
    private Consumer<OverlayShape> edited = shape -> {
    };
    private int draggedIndex = -1;
    private int handle;
    private OverlayShape atGrab;
    private double grabX;
    private double grabY;

    OverlayDragging(ImageComposite view) {
        this.view = view;
    }

    void show(List<OverlayShape> newShapes, Consumer<OverlayShape> onEdited) {
        if (draggedIndex < 0) {
            shapes = List.copyOf(newShapes);
        }
        edited = onEdited;
    }

    List<OverlayShape> shapes() {
        return shapes;
    }

    boolean isDragging() {
        return draggedIndex >= 0;
    }

    /** Starts a drag if a handle is under the press; returns whether one was. */
    boolean grab(int x, int y) {
        if (view.model() == null) {
            return false;
        }
        for (int i = 0; i < shapes.size(); i++) {
            int found = handleAt(shapes.get(i), x, y);
            if (found >= 0) {
                draggedIndex = i;
                handle = found;
                atGrab = shapes.get(i);
                grabX = view.columnValueAt(x);
                grabY = view.rowValueAt(y);
                return true;
            }
        }
        return false;
    }

    void dragTo(int x, int y) {
        double dx = view.columnValueAt(x) - grabX;
        double dy = view.rowValueAt(y) - grabY;
        List<OverlayShape> moved = new ArrayList<>(shapes);
        moved.set(draggedIndex, reshaped(atGrab, handle, dx, dy));
        shapes = List.copyOf(moved);
        view.redraw();
    }

    void release() {
        if (draggedIndex < 0) {
            return;
        }
        OverlayShape result = shapes.get(draggedIndex);
        draggedIndex = -1;
        if (!result.equals(atGrab)) {
            edited.accept(result);
        }
    }

    private static OverlayShape reshaped(OverlayShape shape, int handle, double dx, double dy) {
        return switch (shape) {
        case OverlayShape.Span span -> {
            double delta = span.spec().direction() == OverlaySpec.ImageDirection.COLUMNS ? dx : dy;
            yield handle == 0 ? new OverlayShape.Span(span.spec(), span.from() + delta, span.to())
                    : new OverlayShape.Span(span.spec(), span.from(), span.to() + delta);
        }
        case OverlayShape.LineBand band -> switch (handle) {
        case 0 -> new OverlayShape.LineBand(band.spec(), band.x1() + dx, band.y1() + dy, band.x2(), band.y2(),
                band.width());
        case 1 -> new OverlayShape.LineBand(band.spec(), band.x1(), band.y1(), band.x2() + dx, band.y2() + dy,
                band.width());
        case 2 -> new OverlayShape.LineBand(band.spec(), band.x1(), band.y1(), band.x2(), band.y2(),
                Math.abs(band.width() + 2 * dy));
        default -> new OverlayShape.LineBand(band.spec(), band.x1() + dx, band.y1() + dy, band.x2() + dx,
                band.y2() + dy, band.width());
        };
        };
    }

    /** The handle of a shape under a screen point, or -1. */
    private int handleAt(OverlayShape shape, int x, int y) {
        return switch (shape) {
        case OverlayShape.Span span -> {
            boolean columns = span.spec().direction() == OverlaySpec.ImageDirection.COLUMNS;
            int from = columns ? view.screenX(span.from()) : view.screenY(span.from());
            int to = columns ? view.screenX(span.to()) : view.screenY(span.to());
            int at = columns ? x : y;
            yield Math.abs(at - from) <= GRAB_PIXELS ? 0 : Math.abs(at - to) <= GRAB_PIXELS ? 1 : -1;
        }
        case OverlayShape.LineBand band -> {
            if (near(x, y, view.screenX(band.x1()), view.screenY(band.y1()))) {
                yield 0;
            }
            if (near(x, y, view.screenX(band.x2()), view.screenY(band.y2()))) {
                yield 1;
            }
            double middle = (band.x1() + band.x2()) / 2;
            if (near(x, y, view.screenX(middle), view.screenY(band.centreAt(middle) + band.width() / 2))) {
                yield 2;
            }
            double row = view.rowValueAt(y);
            double centre = band.centreAt(view.columnValueAt(x));
            yield Math.abs(row - centre) <= Math.abs(band.width()) / 2 ? 3 : -1;
        }
        };
    }

    private static boolean near(int x, int y, int handleX, int handleY) {
        return Math.abs(x - handleX) <= GRAB_PIXELS && Math.abs(y - handleY) <= GRAB_PIXELS;
    }

    void paint(GC gc, Rectangle plot) {
        if (view.model() == null || shapes.isEmpty()) {
            return;
        }
        Color colour = new Color(gc.getDevice(), 255, 170, 40);
        gc.setForeground(colour);
        gc.setBackground(colour);
        for (OverlayShape shape : shapes) {
            switch (shape) {
            case OverlayShape.Span span -> paintSpan(gc, plot, span);
            case OverlayShape.LineBand band -> paintBand(gc, plot, band);
            }
        }
        gc.setAlpha(255);
        gc.setLineWidth(1);
        colour.dispose();
    }

    private void paintSpan(GC gc, Rectangle plot, OverlayShape.Span span) {
        boolean columns = span.spec().direction() == OverlaySpec.ImageDirection.COLUMNS;
        int from = columns ? view.screenX(span.from()) : view.screenY(span.from());
        int to = columns ? view.screenX(span.to()) : view.screenY(span.to());
        gc.setAlpha(50);
        if (columns) {
            gc.fillRectangle(Math.min(from, to), plot.y, Math.abs(to - from), plot.height);
        } else {
            gc.fillRectangle(plot.x, Math.min(from, to), plot.width, Math.abs(to - from));
        }
        gc.setAlpha(255);
        gc.setLineWidth(2);
        if (columns) {
            gc.drawLine(from, plot.y, from, plot.y + plot.height);
            gc.drawLine(to, plot.y, to, plot.y + plot.height);
            gc.drawText(span.spec().label(), Math.min(from, to) + 4, plot.y + 4, true);
        } else {
            gc.drawLine(plot.x, from, plot.x + plot.width, from);
            gc.drawLine(plot.x, to, plot.x + plot.width, to);
            gc.drawText(span.spec().label(), plot.x + 4, Math.min(from, to) + 2, true);
        }
    }

    private void paintBand(GC gc, Rectangle plot, OverlayShape.LineBand band) {
        double left = view.columnValueAt(plot.x);
        double right = view.columnValueAt(plot.x + plot.width);
        double half = band.width() / 2;
        gc.setLineWidth(1);
        line(gc, left, band.centreAt(left), right, band.centreAt(right));
        gc.setLineWidth(2);
        line(gc, left, band.centreAt(left) + half, right, band.centreAt(right) + half);
        line(gc, left, band.centreAt(left) - half, right, band.centreAt(right) - half);
        gc.setAlpha(160);
        handle(gc, band.x1(), band.y1());
        handle(gc, band.x2(), band.y2());
        double middle = (band.x1() + band.x2()) / 2;
        handle(gc, middle, band.centreAt(middle) + half);
        gc.setAlpha(255);
        gc.drawText(band.spec().label(), view.screenX(band.x1()) + 8, view.screenY(band.y1()) + 4, true);
    }

    private void line(GC gc, double x1, double y1, double x2, double y2) {
        gc.drawLine(view.screenX(x1), view.screenY(y1), view.screenX(x2), view.screenY(y2));
    }

    private void handle(GC gc, double x, double y) {
        gc.fillRectangle(view.screenX(x) - HANDLE, view.screenY(y) - HANDLE, 2 * HANDLE + 1, 2 * HANDLE + 1);
    }

}
