package org.parseq.ui.workbench;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The help pages pipeline bundles ship, read from {@code org.parseq.ui.helpPages} (see
 * {@code schema/helpPages.exsd}); the only class that knows that extension point's names. A
 * pipeline's folder holds one HTML page per node, named by the node id; a node without a page
 * gets one made from its pipeline definition.
 */
public final class HelpContributions {

    public static final String EXTENSION_POINT_ID = "org.parseq.ui.helpPages";
    static final String PAGES_ELEMENT = "pages";

    private record Pages(String bundle, String folder) {
    }

    private final Map<String, Pages> byPipeline = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private HelpContributions() {
    }

    static HelpContributions read(IExtensionRegistry extensions) {
        HelpContributions contributions = new HelpContributions();
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT_ID)) {
            String contributor = element.getContributor().getName();
            String pipeline = element.getAttribute("pipeline");
            String folder = element.getAttribute("folder");
            if (!PAGES_ELEMENT.equals(element.getName()) || pipeline == null || folder == null) {
                contributions.problems.add(contributor + ": expected <" + PAGES_ELEMENT
                        + " pipeline=\"...\" folder=\"...\"/> in " + EXTENSION_POINT_ID);
            } else if (contributions.byPipeline.putIfAbsent(pipeline, new Pages(contributor, folder)) != null) {
                contributions.problems.add(contributor + ": help pages of pipeline '" + pipeline
                        + "' are contributed twice");
            }
        }
        return contributions;
    }

    /**
     * The file URL of a node's page, extracted from its bundle when that is a jar (so that the
     * browser can follow the page's relative links and images).
     */
    public Optional<URL> page(String pipelineId, String nodeId) {
        Pages pages = byPipeline.get(pipelineId);
        Bundle bundle = pages == null ? null : Platform.getBundle(pages.bundle());
        if (bundle == null) {
            return Optional.empty();
        }
        URL entry = bundle.getEntry(pages.folder() + "/" + nodeId + ".html");
        if (entry == null) {
            return Optional.empty();
        }
        try {
            URL folder = bundle.getEntry(pages.folder() + "/");
            if (folder != null) {
                FileLocator.toFileURL(folder); // extracts the whole folder: links between pages and to images work
            }
            return Optional.of(FileLocator.toFileURL(entry));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
