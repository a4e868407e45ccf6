package org.parseq.core.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.parseq.core.engine.ItemSourceResolver;

/**
 * The data resolvers pipelines contribute through {@code org.parseq.core.itemSources} (see
 * {@code schema/itemSources.exsd}), e.g. for generated data with their own location scheme. It is
 * the only class that knows that extension point's names. A pipeline's resolvers are tried
 * before the fallback (files read with a data format).
 */
public final class ItemSourceContributions {

    public static final String EXTENSION_POINT_ID = "org.parseq.core.itemSources";
    static final String RESOLVER_ELEMENT = "resolver";
    static final String PIPELINE_ATTRIBUTE = "pipeline";
    static final String CLASS_ATTRIBUTE = "class";

    private final Map<String, List<ItemSourceResolver>> resolvers = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ItemSourceContributions() {
    }

    /** Reads every contribution; one that fails is listed in {@link #problems()}, naming its bundle. */
    public static ItemSourceContributions read(IExtensionRegistry extensions) {
        ItemSourceContributions contributions = new ItemSourceContributions();
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT_ID)) {
            String contributor = element.getContributor().getName();
            String pipeline = element.getAttribute(PIPELINE_ATTRIBUTE);
            if (!RESOLVER_ELEMENT.equals(element.getName()) || pipeline == null || pipeline.isBlank()) {
                contributions.problems.add(contributor + ": expected <" + RESOLVER_ELEMENT + " " + PIPELINE_ATTRIBUTE
                        + "=\"...\" " + CLASS_ATTRIBUTE + "=\"...\"/> in " + EXTENSION_POINT_ID);
                continue;
            }
            try {
                Object resolver = element.createExecutableExtension(CLASS_ATTRIBUTE);
                if (resolver instanceof ItemSourceResolver itemSourceResolver) {
                    contributions.resolvers.computeIfAbsent(pipeline, id -> new ArrayList<>()).add(itemSourceResolver);
                } else {
                    contributions.problems.add(contributor + ": " + resolver.getClass().getName() + " is not an "
                            + ItemSourceResolver.class.getName());
                }
            } catch (CoreException | LinkageError | RuntimeException e) {
                contributions.problems.add(contributor + ": cannot make the item source resolver: " + e.getMessage());
            }
        }
        return contributions;
    }

    /** The pipeline's contributed resolvers, in order, then {@code fallback}. */
    public ItemSourceResolver resolverFor(String pipelineId, ItemSourceResolver fallback) {
        ItemSourceResolver chain = fallback;
        List<ItemSourceResolver> contributed = resolvers.getOrDefault(pipelineId, List.of());
        for (int i = contributed.size() - 1; i >= 0; i--) {
            chain = contributed.get(i).orElse(chain);
        }
        return chain;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }
}
