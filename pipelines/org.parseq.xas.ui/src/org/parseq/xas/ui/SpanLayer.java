package org.parseq.xas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swtchart.IAxis;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.ui.nodes.NodeDecoration;
import org.parseq.ui.plot.PlotComposite;

/**
 * Ranges held by list parameters of two values, drawn on a node's plot as shaded spans. An end
 * is dragged by its line, the whole span by its labelled tab at the top; while the mouse moves
 * only the drawing follows, and on release the new range is one edit of the parameter on all
 * selected items ({@link org.parseq.ui.controls.ParameterEditor#setAll}), so one Undo takes it back.
 * Where a range is on the plot depends on each item (e.g. fractions of [first energy, E0]); it is
 * drawn and dragged for the first selected item and the values are set on all of them, as the
 * controls do.
 */
public final class SpanLayer {

    /** The key under which the plot area holds its span layer, for tests that drag the spans. */
    public static final String DATA_KEY = "org.parseq.xas.ui.spans";

    /** How near (pixels) to an end's line a press grabs that end. */
    private static final int GRAB_PIXELS = 5;
    private static final int TAB_HEIGHT = 16;

    /**
     * Where a parameter's values lie on the plot's x axis for the first selected item. A value may be
     * NaN (an open end, e.g. k max at the data end); {@link #x} then gives where that end is.
     */
    interface Mapping {
        double x(int end, double value);

        double value(double x);
    }

    /**
     * A range on the plot: its label, its parameter, its colour, the number of decimals its values
     * are rounded to after a drag, and where it lies (empty when the first item has no result to place it).
     */
    record Span(String label, String parameter, RGB colour, int decimals, Supplier<Optional<Mapping>> mapping) {
    }

    private final NodeDecoration.Site site;
    private final List<Span> spans;
    private final PlotComposite plot;
    /** The span and the ends being dragged and where the ends are now, in pixels. */
    private Drag drag;

    private record Drag(Span span, Mapping mapping, boolean[] moved, int[] pixels, int pressX, int[] pressedPixels,
            List<Double> before) {
    }

    SpanLayer(NodeDecoration.Site site, List<Span> spans) {
        this.site = site;
        this.spans = List.copyOf(spans);
        this.plot = site.plot();
        plot.plotArea().addListener(SWT.Paint, event -> paint(event.gc));
        plot.addGrabber(new Grabber());
        plot.plotArea().setData(DATA_KEY, this);
    }

    /** The labels of the spans, top tab first. */
    public List<String> labels() {
        return spans.stream().map(Span::label).toList();
    }

    /** Where a span is drawn now, in pixels of the plot area [from, to], if it is drawn. */
    public Optional<int[]> pixels(String label) {
        return placed(span(label)).map(p -> p.pixels.clone());
    }

    /** The y pixel of the middle of a span's tab, by which the whole span is dragged. */
    public int tabY(String label) {
        return tabY(span(label));
    }

    private Span span(String label) {
        return spans.stream().filter(s -> s.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no span " + label));
    }

    private int tabY(Span span) {
        return spans.indexOf(span) * TAB_HEIGHT + TAB_HEIGHT / 2 + 1;
    }

    private record Placed(Mapping mapping, List<Double> values, int[] pixels) {
    }

    private Optional<Placed> placed(Span span) {
        if (!site.editor().hasSelection()) {
            return Optional.empty();
        }
        Optional<Mapping> mapping = span.mapping().get();
        List<Double> values = values(span);
        if (mapping.isEmpty() || values.size() != 2) {
            return Optional.empty();
        }
        IAxis x = plot.chart().getAxisSet().getXAxis(0);
        int[] pixels = new int[2];
        for (int end = 0; end < 2; end++) {
            double at = mapping.get().x(end, values.get(end));
            if (!Double.isFinite(at)) {
                return Optional.empty();
            }
            pixels[end] = x.getPixelCoordinate(at);
        }
        return Optional.of(new Placed(mapping.get(), values, pixels));
    }

    private List<Double> values(Span span) {
        Object value = site.editor().currentValue(descriptor(span));
        List<Double> values = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> values.add(((Number) v).doubleValue()));
        }
        return values;
    }

    private ParameterDescriptor descriptor(Span span) {
        return site.pipeline().parameter(span.parameter()).orElseThrow(
                () -> new IllegalStateException("pipeline " + site.pipeline().id() + " has no parameter "
                        + span.parameter()));
    }

    private void paint(GC gc) {
        Rectangle area = plot.plotArea().getBounds();
        int alpha = gc.getAlpha();
        for (Span span : spans) {
            int[] pixels;
            if (drag != null && drag.span() == span) {
                pixels = drag.pixels();
            } else {
                Optional<Placed> placed = placed(span);
                if (placed.isEmpty()) {
                    continue;
                }
                pixels = placed.get().pixels;
            }
            int left = Math.max(0, Math.min(pixels[0], pixels[1]));
            int right = Math.min(area.width, Math.max(pixels[0], pixels[1]));
            Color colour = new Color(span.colour());
            gc.setBackground(colour);
            gc.setForeground(colour);
            gc.setAlpha(35);
            gc.fillRectangle(left, 0, Math.max(1, right - left), area.height);
            gc.setAlpha(200);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.drawLine(pixels[0], 0, pixels[0], area.height);
            gc.drawLine(pixels[1], 0, pixels[1], area.height);
            int top = tabY(span) - TAB_HEIGHT / 2;
            gc.setAlpha(90);
            gc.fillRectangle(left, top, Math.max(1, right - left), TAB_HEIGHT - 2);
            gc.setAlpha(255);
            gc.setForeground(plot.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            Point extent = gc.textExtent(span.label());
            // each span has its own row of tabs, so a label wider than its span may run beside it
            int labelX = right - left > extent.x + 4 ? left + (right - left - extent.x) / 2
                    : Math.min(left + 2, area.width - extent.x - 2);
            gc.drawText(span.label(), Math.max(0, labelX), top, true);
        }
        gc.setAlpha(alpha);
    }

    private final class Grabber implements PlotComposite.Grabber {

        @Override
        public boolean grab(int x, int y) {
            // an end anywhere along its line first, then a span's tab
            for (Span span : spans) {
                Optional<Placed> placed = placed(span);
                if (placed.isEmpty()) {
                    continue;
                }
                int[] pixels = placed.get().pixels;
                for (int end = 0; end < 2; end++) {
                    if (Math.abs(pixels[end] - x) <= GRAB_PIXELS) {
                        boolean[] moved = new boolean[2];
                        moved[end] = true;
                        start(span, placed.get(), moved, x);
                        return true;
                    }
                }
            }
            for (Span span : spans) {
                Optional<Placed> placed = placed(span);
                if (placed.isEmpty()) {
                    continue;
                }
                int[] pixels = placed.get().pixels;
                if (Math.abs(y - tabY(span)) <= TAB_HEIGHT / 2 && x > Math.min(pixels[0], pixels[1])
                        && x < Math.max(pixels[0], pixels[1])) {
                    start(span, placed.get(), new boolean[] {true, true}, x);
                    return true;
                }
            }
            return false;
        }

        private void start(Span span, Placed placed, boolean[] moved, int x) {
            drag = new Drag(span, placed.mapping, moved, placed.pixels.clone(), x, placed.pixels.clone(),
                    placed.values);
        }

        @Override
        public void dragTo(int x, int y) {
            for (int end = 0; end < 2; end++) {
                if (drag.moved()[end]) {
                    drag.pixels()[end] = drag.pressedPixels()[end] + x - drag.pressX();
                }
            }
            plot.plotArea().redraw();
        }

        @Override
        public void release(int x, int y) {
            dragTo(x, y);
            Drag done = drag;
            drag = null;
            plot.plotArea().redraw();
            if (x == done.pressX()) {
                return; // a click, not a drag
            }
            IAxis axis = plot.chart().getAxisSet().getXAxis(0);
            double[] values = new double[2];
            for (int end = 0; end < 2; end++) {
                values[end] = done.moved()[end]
                        ? round(done.mapping().value(axis.getDataCoordinate(done.pixels()[end])), done.span().decimals())
                        : done.before().get(end);
            }
            List<Double> range = values[0] <= values[1] || Double.isNaN(values[1]) ? List.of(values[0], values[1])
                    : List.of(values[1], values[0]);
            ParameterDescriptor parameter = descriptor(done.span());
            try {
                site.editor().setAll(Map.of(parameter, parameter.coerce(range)), "Drag " + done.span().label()
                        + " on " + site.selectedResults(site.node().id()).size() + " items");
            } catch (IllegalArgumentException outOfRange) {
                plot.plotArea().setToolTipText(outOfRange.getMessage());
            }
        }
    }

    static double round(double value, int decimals) {
        return new java.math.BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
