package org.parseq.xas.ui;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.parseq.ui.nodes.NodeDecoration;

/**
 * The FT view's BFT window: its r range as a draggable span and the first item's window curve.
 * An empty range (the original's null: no window) is not drawn; the BFT controls set one.
 */
public final class FtDecoration implements NodeDecoration {

    static final String BFT_WINDOW = "BFT window";

    private Site site;

    @Override
    public Runnable attach(Site attached) {
        this.site = attached;
        new SpanLayer(site, List.of(new SpanLayer.Span(BFT_WINDOW, "bftWindowRange", new RGB(120, 60, 180),
                2, () -> Optional.of(IDENTITY))));
        site.plot().plotArea().addListener(SWT.Paint, event -> {
            var ft = site.selectedResults(site.node().id()).stream().findFirst();
            var bft = site.selectedResults("bft").stream().findFirst();
            if (ft.isPresent() && bft.isPresent()) {
                ft.get().result().array("r").ifPresent(r -> bft.get().result().array("bftwindow").ifPresent(
                        w -> PlotMarks.window(site.plot(), event.gc, r, w, new RGB(150, 150, 150))));
            }
        });
        return () -> site.plot().plotArea().redraw();
    }

    private static final SpanLayer.Mapping IDENTITY = new SpanLayer.Mapping() {
        @Override
        public double x(int end, double value) {
            return value;
        }

        @Override
        public double value(double x) {
            return x;
        }
    };
}
