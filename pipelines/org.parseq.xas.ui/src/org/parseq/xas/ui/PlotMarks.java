package org.parseq.xas.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;
import org.parseq.ui.plot.PlotComposite;

/** Lines and markers drawn over a node's plot in data coordinates of its x axis and left y axis. */
final class PlotMarks {

    private PlotMarks() {
    }

    static RGB rgb(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    /** A dashed vertical line at x, e.g. an item's E0. */
    static void verticalLine(PlotComposite plot, GC gc, double x, RGB colour) {
        if (!Double.isFinite(x)) {
            return;
        }
        int pixel = plot.chart().getAxisSet().getXAxis(0).getPixelCoordinate(x);
        gc.setForeground(new Color(colour));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawLine(pixel, 0, pixel, plot.plotArea().getBounds().height);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    /** Small squares at points, e.g. the knots of µ0. */
    static void squares(PlotComposite plot, GC gc, double[] x, double[] y, RGB colour) {
        IAxis xAxis = plot.chart().getAxisSet().getXAxis(0);
        IAxis yAxis = plot.chart().getAxisSet().getYAxis(0);
        gc.setForeground(new Color(colour));
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                gc.drawRectangle(xAxis.getPixelCoordinate(x[i]) - 3, yAxis.getPixelCoordinate(y[i]) - 3, 6, 6);
            }
        }
    }

    /**
     * A window function (values 0 to 1) drawn against the plot's height: 0 at the bottom of the
     * drawn y range, 1 near its top, as the original draws its FT windows.
     */
    static void window(PlotComposite plot, GC gc, double[] x, double[] w, RGB colour) {
        IAxis xAxis = plot.chart().getAxisSet().getXAxis(0);
        IAxis yAxis = plot.chart().getAxisSet().getYAxis(0);
        Range range = yAxis.getRange();
        int n = Math.min(x.length, w.length);
        int[] points = new int[2 * n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(w[i])) {
                points[2 * count] = xAxis.getPixelCoordinate(x[i]);
                points[2 * count + 1] = yAxis.getPixelCoordinate(range.lower + 0.9 * w[i] * (range.upper - range.lower));
                count++;
            }
        }
        if (count > 1) {
            gc.setForeground(new Color(colour));
            gc.drawPolyline(java.util.Arrays.copyOf(points, 2 * count));
        }
    }
}
