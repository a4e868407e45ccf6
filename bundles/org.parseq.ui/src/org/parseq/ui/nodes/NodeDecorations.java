package org.parseq.ui.nodes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * Reads the {@code org.parseq.ui.nodeDecorations} extension point (schema
 * {@code schema/nodeDecorations.exsd}): decorations a pipeline UI bundle adds to a node view. It
 * is the only class that knows the point's element and attribute names.
 */
public final class NodeDecorations {

    public static final String EXTENSION_POINT_ID = "org.parseq.ui.nodeDecorations";

    private NodeDecorations() {
    }

    /**
     * The decorations of one node of a pipeline, in the order they are declared.
     *
     * @param problems receives one line per contribution that could not be made
     */
    public static List<NodeDecoration> forNode(IExtensionRegistry registry, String pipelineId, String nodeId,
            List<String> problems) {
        List<NodeDecoration> decorations = new ArrayList<>();
        if (registry == null) {
            return decorations;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT_ID)) {
            if (!"decoration".equals(element.getName()) || !pipelineId.equals(element.getAttribute("pipeline"))
                    || !nodeId.equals(element.getAttribute("node"))) {
                continue;
            }
            try {
                Object created = element.createExecutableExtension("class");
                if (created instanceof NodeDecoration decoration) {
                    decorations.add(decoration);
                } else {
                    problems.add(element.getContributor().getName() + ": " + created.getClass().getName()
                            + " is not a NodeDecoration");
                }
            } catch (CoreException e) {
                problems.add(element.getContributor().getName() + ": " + e.getMessage());
            }
        }
        return decorations;
    }
}
