package org.parseq.ui.controls;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * Reads the {@code org.parseq.ui.transformControls} extension point (schema
 * {@code schema/transformControls.exsd}): controls a pipeline UI bundle makes for one of its
 * transforms instead of the generated ones. It is the only class that knows the point's
 * element and attribute names.
 */
public final class CustomControlsRegistry {

    public static final String EXTENSION_POINT_ID = "org.parseq.ui.transformControls";
    static final String ELEMENT = "controls";
    static final String PIPELINE_ATTRIBUTE = "pipeline";
    static final String TRANSFORM_ATTRIBUTE = "transform";
    static final String CLASS_ATTRIBUTE = "class";

    private CustomControlsRegistry() {
    }

    /**
     * The contributed controls of a pipeline, by transform id.
     *
     * @param problems receives one line per contribution that could not be made
     */
    public static Map<String, ParameterEditor.CustomControls> forPipeline(IExtensionRegistry registry,
            String pipelineId, List<String> problems) {
        Map<String, ParameterEditor.CustomControls> controls = new HashMap<>();
        if (registry == null) {
            return controls;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT_ID)) {
            if (!ELEMENT.equals(element.getName()) || !pipelineId.equals(element.getAttribute(PIPELINE_ATTRIBUTE))) {
                continue;
            }
            String transform = element.getAttribute(TRANSFORM_ATTRIBUTE);
            try {
                Object created = element.createExecutableExtension(CLASS_ATTRIBUTE);
                if (created instanceof ParameterEditor.CustomControls custom) {
                    if (controls.putIfAbsent(transform, custom) != null) {
                        problems.add(element.getContributor().getName() + ": controls of transform '" + transform
                                + "' are contributed twice");
                    }
                } else {
                    problems.add(element.getContributor().getName() + ": " + created.getClass().getName()
                            + " is not a ParameterEditor.CustomControls");
                }
            } catch (CoreException e) {
                problems.add(element.getContributor().getName() + ": " + e.getMessage());
            }
        }
        return controls;
    }
}
