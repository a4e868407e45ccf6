package org.parseq.core.registry;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * Reads the {@code org.parseq.core.pipelines} extension point. It is the only class that
 * knows the extension point's element and attribute names (see {@code schema/pipelines.exsd}).
 */
public final class ExtensionPipelineReader {

    public static final String EXTENSION_POINT_ID = "org.parseq.core.pipelines";
    static final String PIPELINE_ELEMENT = "pipeline";
    static final String PROVIDER_ATTRIBUTE = "provider";
    static final String ICON_ATTRIBUTE = "icon";

    private ExtensionPipelineReader() {
    }

    /**
     * The pipelines contributed to the running platform's extension registry, or null when no
     * registry runs (outside OSGi). Problems of single contributions are reported on stderr.
     */
    static PipelineRegistry fromRunningPlatform() {
        IExtensionRegistry extensions = org.eclipse.core.runtime.RegistryFactory.getRegistry();
        if (extensions == null) {
            return null;
        }
        PipelineRegistry registry = new PipelineRegistry();
        registerContributions(extensions, registry)
                .forEach(problem -> System.err.println("ParSeq: pipeline not installed: " + problem));
        return registry;
    }

    /**
     * Registers every contributed pipeline. A contribution that fails does not stop the
     * others: its problem is returned, naming the contributing bundle.
     */
    public static List<String> registerContributions(IExtensionRegistry extensionRegistry,
            PipelineRegistry pipelines) {
        List<String> problems = new ArrayList<>();
        for (IConfigurationElement element : extensionRegistry.getConfigurationElementsFor(EXTENSION_POINT_ID)) {
            String contributor = element.getContributor().getName();
            if (!PIPELINE_ELEMENT.equals(element.getName())) {
                problems.add(contributor + ": unknown element <" + element.getName() + "> in " + EXTENSION_POINT_ID);
                continue;
            }
            try {
                Object provider = element.createExecutableExtension(PROVIDER_ATTRIBUTE);
                if (!(provider instanceof PipelineProvider pipelineProvider)) {
                    problems.add(contributor + ": " + provider.getClass().getName() + " is not a "
                            + PipelineProvider.class.getName());
                    continue;
                }
                String icon = element.getAttribute(ICON_ATTRIBUTE);
                pipelines.register(pipelineProvider.createPipeline(), "bundle " + contributor, pipelineProvider.synopsis(),
                        icon == null || icon.isBlank() ? null : "platform:/plugin/" + contributor + "/" + icon);
            } catch (CoreException | RuntimeException | LinkageError e) {
                problems.add(contributor + ": " + e.getMessage());
            }
        }
        return problems;
    }
}
