package org.parseq.ui.parts;

import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;

/** The help page of a node, made from the pipeline definition until written pages exist. */
public final class HelpPages {

    private HelpPages() {
    }

    public static String html(PipelineDefinition pipeline, NodeDefinition node) {
        StringBuilder html = new StringBuilder("<html><head><meta charset='utf-8'><title>").append(escape(node.name()))
                .append("</title><style>body{font-family:sans-serif;font-size:10pt;margin:12px}"
                        + "td,th{padding:2px 8px;text-align:left;vertical-align:top}th{background:#eee}</style>"
                        + "</head><body>");
        html.append("<h2>").append(escape(node.name())).append("</h2><p>Arrays: ");
        html.append(String.join(", ", node.arrays().stream()
                .map(a -> escape(a.label()) + (a.unit().isEmpty() ? "" : " (" + escape(a.unit()) + ")")).toList()));
        html.append("</p>");
        for (TransformDefinition transform : pipeline.transforms()) {
            if (!transform.toNode().equals(node.id()) || transform.parameters().isEmpty()) {
                continue;
            }
            html.append("<h3>").append(escape(transform.name())).append("</h3><table><tr><th>parameter</th>"
                    + "<th>default</th><th>unit</th><th>description</th></tr>");
            for (ParameterDescriptor parameter : transform.parameters()) {
                html.append("<tr><td><b>").append(escape(parameter.label())).append("</b><br><code>")
                        .append(escape(parameter.name())).append("</code></td><td>")
                        .append(escape(String.valueOf(parameter.defaultValue()))).append("</td><td>")
                        .append(escape(parameter.unit())).append("</td><td>").append(escape(parameter.description()))
                        .append("</td></tr>");
            }
            html.append("</table>");
        }
        return html.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
