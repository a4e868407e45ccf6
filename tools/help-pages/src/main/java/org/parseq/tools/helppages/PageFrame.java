package org.parseq.tools.helppages;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ExecutionMode;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;

/**
 * The frame around a rendered page: head with the style sheet, a navigation line through the
 * pipeline (overview, then the nodes in order), and what the definition says about the page's
 * node or transform, so that those tables never drift from the code.
 */
final class PageFrame {

    static final String GRAPH_PLACEHOLDER = "<p>{{pipeline-graph}}</p>";

    private final PipelineDefinition pipeline;
    private final PageNames names;

    PageFrame(PipelineDefinition pipeline, PageNames names) {
        this.pipeline = pipeline;
        this.names = names;
    }

    String page(String base, String body, Path source) {
        NodeDefinition node = pipeline.node(base).orElse(null);
        TransformDefinition transform = pipeline.transforms().stream()
                .filter(t -> names.transformBase(t.id()).equals(base)).findFirst().orElse(null);
        String title = node != null ? node.name()
                : transform != null ? transform.name() : base.equals(PageNames.OVERVIEW) ? pipeline.name() : base;
        if (body.contains(GRAPH_PLACEHOLDER)) {
            body = body.replace(GRAPH_PLACEHOLDER,
                    "<div class=\"graph\">" + PipelineGraphSvg.svg(pipeline, names) + "</div>");
        } else if (base.equals(PageNames.OVERVIEW)) {
            throw new IllegalStateException(source + ": the overview has no line {{pipeline-graph}} for the graph");
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(TexToMathMl.escape(title)).append(" – ").append(TexToMathMl.escape(pipeline.name()))
                .append(" help</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n")
                .append(navigation(base)).append('\n').append(body);
        if (node != null) {
            html.append(nodeFacts(node));
        }
        if (transform != null) {
            html.append(transformFacts(transform));
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private String navigation(String current) {
        StringBuilder nav = new StringBuilder("<div class=\"nav\">");
        nav.append(link(PageNames.OVERVIEW + ".html", pipeline.name(), current.equals(PageNames.OVERVIEW)));
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            nav.append(" · ").append(link(names.nodePage(node.id()), node.name(), current.equals(node.id())));
        }
        return nav.append("</div>").toString();
    }

    private static String link(String href, String text, boolean current) {
        return current ? "<b>" + TexToMathMl.escape(text) + "</b>"
                : "<a href=\"" + href + "\">" + TexToMathMl.escape(text) + "</a>";
    }

    private String nodeFacts(NodeDefinition node) {
        StringBuilder html = new StringBuilder("<h3 id=\"definition\">The node as the pipeline defines it</h3>\n");
        html.append("<table class=\"facts\">\n<tr><th>array</th><th>label</th><th>unit</th><th>role</th></tr>\n");
        for (ArrayDefinition array : node.arrays()) {
            html.append("<tr><td><code>").append(TexToMathMl.escape(array.name())).append("</code></td><td>")
                    .append(TexToMathMl.escape(array.label())).append("</td><td>")
                    .append(TexToMathMl.escape(array.unit())).append("</td><td>")
                    .append(role(array)).append("</td></tr>\n");
        }
        html.append("</table>\n");
        List<TransformDefinition> into = pipeline.incoming(node.id());
        List<TransformDefinition> out = pipeline.outgoing(node.id()).stream()
                .filter(t -> !t.isSelfTransform()).toList();
        if (!into.isEmpty()) {
            html.append("<p>Computed by: ").append(transformLinks(into)).append(".</p>\n");
        }
        if (!out.isEmpty()) {
            html.append("<p>Passed on by: ").append(transformLinks(out)).append(".</p>\n");
        }
        return html.toString();
    }

    private String transformLinks(List<TransformDefinition> transforms) {
        return transforms.stream().map(t -> "<a href=\"" + names.transformPage(t.id()) + "\">"
                + TexToMathMl.escape(t.name()) + "</a>").collect(Collectors.joining(", "));
    }

    private static String role(ArrayDefinition array) {
        String role = array.role().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (!array.axes().isEmpty()) {
            role += ", axes " + String.join(" × ", array.axes().stream().map(a -> a.isEmpty() ? "index" : a).toList());
        }
        return TexToMathMl.escape(role + (array.optional() ? ", optional" : ""));
    }

    private String transformFacts(TransformDefinition transform) {
        StringBuilder html = new StringBuilder("<h3 id=\"definition\">The transform as the pipeline defines it</h3>\n");
        String from = pipeline.requireNode(transform.fromNode()).name();
        String to = pipeline.requireNode(transform.toNode()).name();
        html.append("<p>")
                .append(transform.isSelfTransform()
                        ? "Runs within <a href=\"" + names.nodePage(transform.fromNode()) + "\">"
                                + TexToMathMl.escape(from) + "</a>"
                        : "From <a href=\"" + names.nodePage(transform.fromNode()) + "\">" + TexToMathMl.escape(from)
                                + "</a> to <a href=\"" + names.nodePage(transform.toNode()) + "\">"
                                + TexToMathMl.escape(to) + "</a>")
                .append(transform.mode() == ExecutionMode.PER_ITEM ? ", item by item (in parallel)"
                        : ", over all items at once").append(".</p>\n");
        if (transform.parameters().isEmpty()) {
            return html.append("<p>No parameters.</p>\n").toString();
        }
        html.append("<table class=\"facts\">\n<tr><th>parameter</th><th>default</th><th>unit</th><th>range</th>"
                + "<th>in short</th></tr>\n");
        for (ParameterDescriptor parameter : transform.parameters()) {
            String range = parameter.choices().isEmpty()
                    ? (parameter.min() == null && parameter.max() == null ? ""
                            : bound(parameter.min()) + " … " + bound(parameter.max()))
                    : String.join(", ", parameter.choices());
            html.append("<tr id=\"p-").append(TexToMathMl.escape(parameter.name())).append("\"><td><code>")
                    .append(TexToMathMl.escape(parameter.name())).append("</code></td><td>")
                    .append(TexToMathMl.escape(String.valueOf(parameter.defaultValue()))).append("</td><td>")
                    .append(TexToMathMl.escape(parameter.unit())).append("</td><td>")
                    .append(TexToMathMl.escape(range)).append("</td><td>")
                    .append(TexToMathMl.escape(parameter.description())).append("</td></tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    private static String bound(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf(value.longValue())
                : String.valueOf(value);
    }
}
