package org.parseq.tools.helppages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;

/**
 * The pipeline graph of the overview page, drawn from the definition: nodes in rows by the
 * length of the longest path that leads to them (the original ranks nodes by their upstream
 * nodes too), a transform as an arrow labelled with its name, a transform within a node as a
 * loop beside it. Every box and label links to its page. The layout is simple enough for a
 * hand-made drawing; a graph-layout library would be far larger than the pipelines need.
 */
final class PipelineGraphSvg {

    private static final int BOX_WIDTH = 150;
    private static final int BOX_HEIGHT = 34;
    private static final int COLUMN_GAP = 40;
    private static final int ROW_GAP = 64;
    private static final int MARGIN = 16;

    private record Box(NodeDefinition node, double x, double y) {
        double centreX() {
            return x + BOX_WIDTH / 2.0;
        }
    }

    private PipelineGraphSvg() {
    }

    static String svg(PipelineDefinition pipeline, PageNames names) {
        Map<String, Integer> rank = ranks(pipeline);
        int rows = rank.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<List<NodeDefinition>> byRow = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            byRow.add(new ArrayList<>());
        }
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            byRow.get(rank.get(node.id())).add(node);
        }
        int widest = byRow.stream().mapToInt(List::size).max().orElse(1);
        double contentWidth = widest * BOX_WIDTH + (widest - 1) * COLUMN_GAP;
        double height = rows * BOX_HEIGHT + (rows - 1) * ROW_GAP + 2 * MARGIN;
        Map<String, Box> boxes = new HashMap<>();
        for (int row = 0; row < rows; row++) {
            List<NodeDefinition> nodes = byRow.get(row);
            double rowWidth = nodes.size() * BOX_WIDTH + (nodes.size() - 1) * COLUMN_GAP;
            double x = MARGIN + (contentWidth - rowWidth) / 2;
            for (NodeDefinition node : nodes) {
                boxes.put(node.id(), new Box(node, x, MARGIN + row * (BOX_HEIGHT + ROW_GAP)));
                x += BOX_WIDTH + COLUMN_GAP;
            }
        }
        StringBuilder svg = new StringBuilder();
        double[] extent = {contentWidth + 2 * MARGIN};
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/>"
                + "</marker></defs>");
        Map<String, Integer> loopsDrawn = new HashMap<>();
        for (TransformDefinition transform : pipeline.transforms()) {
            Box from = boxes.get(transform.fromNode());
            Box to = boxes.get(transform.toNode());
            String link = names.transformPage(transform.id());
            if (transform.isSelfTransform()) {
                int index = loopsDrawn.merge(from.node().id(), 1, Integer::sum) - 1;
                double right = from.x() + BOX_WIDTH;
                double top = from.y() + 6 + index * 10;
                svg.append(String.format(Locale.ROOT, "<a href=\"%s\"><path d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f "
                        + "%.1f,%.1f\" fill=\"none\" stroke=\"#2a6fb0\" stroke-width=\"1.5\" "
                        + "marker-end=\"url(#arrow)\"/>", link, right, top, right + 34, top - 14, right + 34,
                        top + 34, right, top + 22));
                svg.append(label(right + 38, top + 14, transform.name(), extent));
                svg.append("</a>");
                continue;
            }
            double x1 = from.centreX();
            double y1 = from.y() + BOX_HEIGHT;
            double x2 = to.centreX();
            double y2 = to.y();
            svg.append(String.format(Locale.ROOT, "<a href=\"%s\"><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
                    + "y2=\"%.1f\" stroke=\"#2a6fb0\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>", link, x1, y1,
                    x2, y2));
            // near the source, where arrows into one node are still apart
            double labelX = x1 + (x2 - x1) * 0.3 + 6;
            double labelY = y1 + (y2 - y1) * 0.3 + 4;
            svg.append(label(labelX, labelY, transform.name(), extent)).append("</a>");
        }
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            Box box = boxes.get(node.id());
            svg.append(String.format(Locale.ROOT, "<a href=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" "
                    + "height=\"%d\" rx=\"6\" fill=\"#eef4fb\" stroke=\"#2a6fb0\" stroke-width=\"1.5\"/>",
                    names.nodePage(node.id()), box.x(), box.y(), BOX_WIDTH, BOX_HEIGHT));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                    + "font-family=\"sans-serif\" font-size=\"13\" font-weight=\"bold\" fill=\"#123\">%s</text></a>",
                    box.centreX(), box.y() + BOX_HEIGHT / 2.0 + 5, TexToMathMl.escape(node.name())));
        }
        double width = Math.ceil(extent[0] + MARGIN);
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pipeline-graph\" "
                + "viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" role=\"img\" aria-label=\"%s\">", width, height, width,
                TexToMathMl.escape("pipeline graph of " + pipeline.name())) + svg + "</svg>";
    }

    /** A transform's name; {@code extent} grows to the label's estimated right end (11 px sans-serif). */
    private static String label(double x, double y, String text, double[] extent) {
        extent[0] = Math.max(extent[0], x + 6.2 * text.length());
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-family=\"sans-serif\" "
                + "font-size=\"11\" fill=\"#2a6fb0\">%s</text>", x, y, TexToMathMl.escape(text));
    }

    /** Row of each node: the longest chain of transforms (not counting those within a node) leading to it. */
    static Map<String, Integer> ranks(PipelineDefinition pipeline) {
        Map<String, Integer> rank = new HashMap<>();
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            int row = 0;
            for (TransformDefinition transform : pipeline.incoming(node.id())) {
                if (!transform.isSelfTransform()) {
                    row = Math.max(row, rank.get(transform.fromNode()) + 1);
                }
            }
            rank.put(node.id(), row);
        }
        return rank;
    }
}
