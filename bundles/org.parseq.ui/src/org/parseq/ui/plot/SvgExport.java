package org.parseq.ui.plot;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a plot as a vector SVG (for papers) with the screen's axes: see {@link PlotPicture}. */
public final class SvgExport {

    /** The size of an SVG unless the user chooses another. */
    public static final int DEFAULT_WIDTH = 900;
    public static final int DEFAULT_HEIGHT = 560;

    private SvgExport() {
    }

    public static void write(NodePlotModel model, PlotAxes axes, Path file) throws IOException {
        PlotPicture.writeSvg(model, axes, DEFAULT_WIDTH, DEFAULT_HEIGHT, file);
    }

    /** An SVG of these ranges with round ticks, for callers that have no plot on screen. */
    public static void write(NodePlotModel model, double xMin, double xMax, double yMin, double yMax, Path file)
            throws IOException {
        java.text.Format format = new java.text.DecimalFormat("#,##0.####");
        PlotAxes axes = new PlotAxes(new PlotAxes.Axis(xMin, xMax, ticks(xMin, xMax), format),
                new PlotAxes.Axis(yMin, yMax, ticks(yMin, yMax), format), null);
        write(model, axes, file);
    }

    private static double[] ticks(double from, double to) {
        return NiceTicks.across(from, to, 6).stream().mapToDouble(Double::doubleValue).toArray();
    }
}
