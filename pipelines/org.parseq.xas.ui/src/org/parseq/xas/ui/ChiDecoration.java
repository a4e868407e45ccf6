package org.parseq.xas.ui;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.parseq.ui.nodes.NodeDecoration;

/**
 * The χ(k) view's k range of make chi as a draggable span (an open k max is at the data end) and
 * the first item's FT window, drawn against the plot's height as the original does.
 */
public final class ChiDecoration implements NodeDecoration {

    static final String K_RANGE = "k range";
    private static final String KGRID = "kgrid";
    private static final int DATAKMAX = 3;

    private Site site;

    @Override
    public Runnable attach(Site attached) {
        this.site = attached;
        new SpanLayer(site, List.of(new SpanLayer.Span(K_RANGE, "krange", new RGB(200, 80, 40), 2,
                () -> dataKmax().map(ChiDecoration::openEnd))));
        site.plot().plotArea().addListener(SWT.Paint, event -> site.selectedResults("ft").stream().findFirst()
                .ifPresent(selected -> selected.result().array("k").ifPresent(k -> selected.result()
                        .array("ftwindow").ifPresent(w -> PlotMarks.window(site.plot(), event.gc, k, w,
                                new RGB(150, 150, 150))))));
        return () -> site.plot().plotArea().redraw();
    }

    private Optional<Double> dataKmax() {
        return site.selectedResults(site.node().id()).stream().findFirst()
                .flatMap(selected -> selected.result().array(KGRID)).filter(grid -> grid.length > DATAKMAX)
                .map(grid -> grid[DATAKMAX]);
    }

    /** k values as they are; a NaN k max stands for the data end. */
    private static SpanLayer.Mapping openEnd(double datakmax) {
        return new SpanLayer.Mapping() {
            @Override
            public double x(int end, double value) {
                return Double.isNaN(value) || end == 1 && value == 0 ? datakmax : value;
            }

            @Override
            public double value(double x) {
                return x;
            }
        };
    }
}
