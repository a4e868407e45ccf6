package org.parseq.ui.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * Reads {@code org.parseq.ui.abscissae} (schema {@code schema/abscissae.exsd}): the other
 * abscissae a pipeline's UI bundle offers for a node's plot. The only class that knows the
 * point's element and attribute names.
 */
public final class AbscissaContributions {

    public static final String EXTENSION_POINT_ID = "org.parseq.ui.abscissae";

    private AbscissaContributions() {
    }

    /**
     * The abscissae contributed for one node, in contribution order.
     *
     * @param problems receives one line per contribution that cannot be used, naming its bundle
     */
    public static List<AbscissaChoice> forNode(IExtensionRegistry registry, String pipelineId, String nodeId,
            List<String> problems) {
        List<AbscissaChoice> choices = new ArrayList<>();
        if (registry == null) {
            return choices;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT_ID)) {
            if (!"abscissa".equals(element.getName()) || !pipelineId.equals(element.getAttribute("pipeline"))
                    || !nodeId.equals(element.getAttribute("node"))) {
                continue;
            }
            Map<String, String> replacing = new LinkedHashMap<>();
            for (IConfigurationElement replace : element.getChildren("replace")) {
                replacing.put(replace.getAttribute("array"), replace.getAttribute("by"));
            }
            String label = element.getAttribute("label");
            if (label == null || label.isBlank() || replacing.isEmpty() || replacing.containsKey(null)
                    || replacing.containsValue(null)) {
                problems.add(element.getContributor().getName() + ": <abscissa node=\"" + nodeId
                        + "\"> needs a label and at least one <replace array=\"...\" by=\"...\"/> in "
                        + EXTENSION_POINT_ID);
                continue;
            }
            choices.add(new AbscissaChoice(label, replacing));
        }
        return choices;
    }
}
