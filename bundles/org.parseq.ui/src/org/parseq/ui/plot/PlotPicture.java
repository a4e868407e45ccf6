package org.parseq.ui.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.jfree.svg.SVGGraphics2D;

/**
 * A plot drawn for export at a size the user chooses, as vector SVG (JFreeSVG) or as PNG: the
 * same curves, colours and line styles as on screen, and axes with the screen's ticks and
 * labels. One drawing for both, on Java 2D, because SWTChart can only save the plot at its
 * on-screen size.
 */
public final class PlotPicture {

    private static final int TOP = 34;
    private static final int BOTTOM = 62;
    private static final int LEFT = 96;
    private static final int AXIS_GAP = 90;
    private static final int LEGEND_WIDTH = 210;
    private static final int TICK = 6;
    private static final float LINE_WIDTH = 1.6f;

    private PlotPicture() {
    }

    public static void writeSvg(NodePlotModel model, PlotAxes axes, int width, int height, Path file)
            throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        draw(g, model, axes, width, height);
        Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
    }

    /** Writes a PNG of width × height points drawn at a scale (2: twice as many pixels each way, for print). */
    public static void writePng(NodePlotModel model, PlotAxes axes, int width, int height, int scale, Path file)
            throws IOException {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            draw(g, model, axes, width, height);
        } finally {
            g.dispose();
        }
        ImageData data = new ImageData(image.getWidth(), image.getHeight(), 24, new PaletteData(0xff0000, 0xff00, 0xff));
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            data.setPixels(0, y, row.length, row, 0);
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        try (OutputStream out = Files.newOutputStream(file)) {
            loader.save(out, SWT.IMAGE_PNG);
        }
    }

    static void draw(Graphics2D g, NodePlotModel model, PlotAxes axes, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int right = width - LEGEND_WIDTH - (axes.right() == null ? 20 : AXIS_GAP);
        int plotWidth = Math.max(10, right - LEFT);
        int plotHeight = Math.max(10, height - TOP - BOTTOM);
        g.setColor(Color.DARK_GRAY);
        g.drawString(model.title(), LEFT, TOP - 14);
        g.drawRect(LEFT, TOP, plotWidth, plotHeight);
        FontMetrics metrics = g.getFontMetrics();
        PlotAxes.Axis x = axes.x();
        for (double tick : x.ticks()) {
            int px = (int) Math.round(LEFT + fraction(tick, x) * plotWidth);
            g.drawLine(px, TOP + plotHeight, px, TOP + plotHeight - TICK);
            String label = x.label(tick);
            g.drawString(label, px - metrics.stringWidth(label) / 2, TOP + plotHeight + 16);
        }
        g.drawString(model.xLabel(), LEFT + plotWidth / 2 - metrics.stringWidth(model.xLabel()) / 2, height - 18);
        verticalAxis(g, axes.y(), model.yLabel(), LEFT, plotHeight, false);
        if (axes.right() != null) {
            verticalAxis(g, axes.right(), model.yRightLabel(), LEFT + plotWidth, plotHeight, true);
        }
        Shape clip = g.getClip();
        g.clipRect(LEFT, TOP, plotWidth, plotHeight);
        for (Curve curve : model.curves()) {
            PlotAxes.Axis y = curve.rightAxis() && axes.right() != null ? axes.right() : axes.y();
            g.setColor(Color.decode(curve.colour()));
            g.setStroke(stroke(curve.dash()));
            g.draw(line(curve, x, y, plotWidth, plotHeight));
        }
        g.setClip(clip);
        legend(g, model, width - LEGEND_WIDTH + 10, height);
    }

    private static void verticalAxis(Graphics2D g, PlotAxes.Axis axis, String title, int at, int plotHeight,
            boolean right) {
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1));
        FontMetrics metrics = g.getFontMetrics();
        int widest = 0;
        for (double tick : axis.ticks()) {
            int py = (int) Math.round(TOP + plotHeight - fraction(tick, axis) * plotHeight);
            g.drawLine(at, py, right ? at - TICK : at + TICK, py);
            String label = axis.label(tick);
            widest = Math.max(widest, metrics.stringWidth(label));
            g.drawString(label, right ? at + 5 : at - 5 - metrics.stringWidth(label), py + metrics.getAscent() / 2 - 1);
        }
        AffineTransform saved = g.getTransform();
        int titleX = right ? at + widest + 22 : at - widest - 14;
        g.translate(titleX, TOP + plotHeight / 2 + metrics.stringWidth(title) / 2);
        g.rotate(-Math.PI / 2);
        g.drawString(title, 0, 0);
        g.setTransform(saved);
    }

    private static void legend(Graphics2D g, NodePlotModel model, int left, int height) {
        int lineHeight = 16;
        int fits = Math.max(1, (height - TOP - 10) / lineHeight);
        int y = TOP + 10;
        int shown = model.curves().size() > fits ? fits - 1 : model.curves().size();
        for (int i = 0; i < shown; i++) {
            Curve curve = model.curves().get(i);
            g.setColor(Color.decode(curve.colour()));
            g.setStroke(stroke(curve.dash()));
            g.drawLine(left, y - 4, left + 28, y - 4);
            g.setColor(Color.DARK_GRAY);
            g.drawString(curve.label(), left + 34, y);
            y += lineHeight;
        }
        if (shown < model.curves().size()) {
            g.setColor(Color.DARK_GRAY);
            g.drawString("\u2026 and " + (model.curves().size() - shown) + " more", left + 34, y);
        }
    }

    private static BasicStroke stroke(int dash) {
        float width = LINE_WIDTH * LineStyles.width(dash) / 2;
        float[] pattern = LineStyles.pattern(dash, width);
        return pattern == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, pattern, 0);
    }

    private static Path2D line(Curve curve, PlotAxes.Axis x, PlotAxes.Axis y, int plotWidth, int plotHeight) {
        Path2D.Double line = new Path2D.Double();
        boolean started = false;
        for (int i = 0; i < curve.x().length; i++) {
            double px = LEFT + fraction(curve.x()[i], x) * plotWidth;
            double py = TOP + plotHeight - fraction(curve.y()[i], y) * plotHeight;
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                started = false;
                continue;
            }
            if (started) {
                line.lineTo(px, py);
            } else {
                line.moveTo(px, py);
                started = true;
            }
        }
        return line;
    }

    private static double fraction(double value, PlotAxes.Axis axis) {
        return (value - axis.lower()) / (axis.upper() - axis.lower());
    }
}
