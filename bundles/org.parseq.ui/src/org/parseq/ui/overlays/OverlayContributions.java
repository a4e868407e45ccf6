package org.parseq.ui.overlays;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * The overlays pipeline bundles declare in {@code org.parseq.ui.overlays} (see
 * {@code schema/overlays.exsd}); the only class that knows that extension point's names.
 */
public final class OverlayContributions {

    public static final String EXTENSION_POINT_ID = "org.parseq.ui.overlays";

    private record Declared(String pipeline, String node, OverlaySpec spec) {
    }

    private final List<Declared> declared = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private OverlayContributions() {
    }

    public static OverlayContributions read(IExtensionRegistry extensions) {
        OverlayContributions contributions = new OverlayContributions();
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT_ID)) {
            String contributor = element.getContributor().getName();
            try {
                contributions.declared.add(new Declared(required(element, "pipeline"), required(element, "node"),
                        spec(element)));
            } catch (IllegalArgumentException e) {
                contributions.problems.add(contributor + ": " + e.getMessage() + " in " + EXTENSION_POINT_ID);
            }
        }
        return contributions;
    }

    private static OverlaySpec spec(IConfigurationElement element) {
        String label = element.getAttribute("label") == null ? "" : element.getAttribute("label");
        return switch (element.getName()) {
        case "span" -> {
            String axis = required(element, "axis");
            if (!axis.equals("columns") && !axis.equals("rows")) {
                throw new IllegalArgumentException("<span axis=\"" + axis + "\">: expected columns or rows");
            }
            yield new OverlaySpec.Span(label, axis.equals("columns") ? OverlaySpec.ImageDirection.COLUMNS
                    : OverlaySpec.ImageDirection.ROWS, required(element, "from"), required(element, "to"));
        }
        case "lineBand" -> new OverlaySpec.LineBand(label, required(element, "begin"), required(element, "end"),
                required(element, "width"));
        default -> throw new IllegalArgumentException("unknown overlay <" + element.getName() + ">");
        };
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("<" + element.getName() + "> needs " + attribute + "=\"...\"");
        }
        return value;
    }

    /** The overlays of one node's images. */
    public List<OverlaySpec> forNode(String pipelineId, String nodeId) {
        return declared.stream().filter(d -> d.pipeline().equals(pipelineId) && d.node().equals(nodeId))
                .map(Declared::spec).toList();
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }
}
