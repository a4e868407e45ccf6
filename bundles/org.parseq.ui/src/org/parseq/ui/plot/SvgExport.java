package org.parseq.ui.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a plot model as a vector SVG (for papers), drawn with JFreeSVG: frame, axis
 * labels and ranges, one polyline per curve in its item's colour, and a legend.
 */
public final class SvgExport {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;
    private static final int LEFT = 90;
    private static final int RIGHT = 220;
    private static final int TOP = 30;
    private static final int BOTTOM = 60;

    private SvgExport() {
    }

    public static void write(NodePlotModel model, double xMin, double xMax, double yMin, double yMax, Path file)
            throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.DARK_GRAY);
        g.drawRect(LEFT, TOP, plotWidth, plotHeight);
        g.drawString(model.title(), LEFT, TOP - 10);
        g.drawString(model.xLabel(), LEFT + plotWidth / 2 - 40, HEIGHT - 15);
        g.drawString(String.format("%.4g", xMin), LEFT, TOP + plotHeight + 18);
        g.drawString(String.format("%.4g", xMax), LEFT + plotWidth - 50, TOP + plotHeight + 18);
        g.drawString(String.format("%.4g", yMax), 5, TOP + 10);
        g.drawString(String.format("%.4g", yMin), 5, TOP + plotHeight);
        g.drawString(model.yLabel(), 5, TOP + plotHeight / 2);
        g.setStroke(new BasicStroke(1.5f));
        int legendY = TOP + 10;
        for (Curve curve : model.curves()) {
            g.setColor(Color.decode(curve.colour()));
            Path2D.Double line = new Path2D.Double();
            boolean started = false;
            for (int i = 0; i < curve.x().length; i++) {
                double px = LEFT + (curve.x()[i] - xMin) / (xMax - xMin) * plotWidth;
                double py = TOP + plotHeight - (curve.y()[i] - yMin) / (yMax - yMin) * plotHeight;
                if (!Double.isFinite(px) || !Double.isFinite(py)) {
                    continue;
                }
                if (started) {
                    line.lineTo(px, py);
                } else {
                    line.moveTo(px, py);
                    started = true;
                }
            }
            g.setClip(LEFT, TOP, plotWidth, plotHeight);
            g.draw(line);
            g.setClip(null);
            g.drawLine(WIDTH - RIGHT + 15, legendY - 4, WIDTH - RIGHT + 40, legendY - 4);
            g.setColor(Color.DARK_GRAY);
            g.drawString(curve.label(), WIDTH - RIGHT + 45, legendY);
            legendY += 16;
        }
        Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
    }
}
