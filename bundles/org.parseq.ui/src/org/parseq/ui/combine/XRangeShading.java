package org.parseq.ui.combine;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.IAxis;
import org.parseq.ui.plot.PlotComposite;

/**
 * Shades the combine panel's x range on a node's plot, so that the range typed in the panel is
 * seen against the curves. Not draggable: a drag on the plot pans it, and the plot offers no
 * way for a span to take the drag over.
 */
public final class XRangeShading {

    private XRangeShading() {
    }

    /** @param range gives [min, max] (an open end infinite) while a range should be shown, else null */
    public static void attach(PlotComposite plot, Supplier<double[]> range) {
        Control area = plot.plotArea();
        area.addListener(SWT.Paint, event -> {
            double[] shown = range.get();
            if (shown == null) {
                return;
            }
            IAxis x = plot.chart().getAxisSet().getXAxis(0);
            Rectangle bounds = area.getBounds();
            int left = Double.isInfinite(shown[0]) ? 0 : x.getPixelCoordinate(shown[0]);
            int right = Double.isInfinite(shown[1]) ? bounds.width : x.getPixelCoordinate(shown[1]);
            left = Math.max(0, Math.min(bounds.width, left));
            right = Math.max(0, Math.min(bounds.width, right));
            GC gc = event.gc;
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
        });
    }
}
