package org.parseq.core.registry;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.PipelineDefinitionException;

/**
 * The pipelines known to one application. Not a singleton: the workbench, a batch run and a
 * test each make their own.
 */
public final class PipelineRegistry {

    private final Map<String, PipelineDefinition> pipelines = new LinkedHashMap<>();
    private final Map<String, String> synopses = new LinkedHashMap<>();
    private final Map<String, String> icons = new LinkedHashMap<>();

    /**
     * Adds a pipeline.
     *
     * @param origin where it comes from (a bundle or class name), for the message of a duplicate
     * @throws PipelineDefinitionException if a pipeline with the same id is already registered
     */
    public synchronized void register(PipelineDefinition pipeline, String origin) {
        PipelineDefinition existing = pipelines.putIfAbsent(pipeline.id(), pipeline);
        if (existing != null) {
            throw new PipelineDefinitionException("pipeline id '" + pipeline.id() + "' from " + origin
                    + " is already registered; each pipeline needs its own id");
        }
    }

    /**
     * Adds a pipeline with what a user sees when choosing one.
     *
     * @param synopsis one line on what it is for; may be empty
     * @param iconUri  a {@code platform:/plugin/...} URI of its icon, or null
     */
    public synchronized void register(PipelineDefinition pipeline, String origin, String synopsis, String iconUri) {
        register(pipeline, origin);
        synopses.put(pipeline.id(), synopsis == null ? "" : synopsis);
        if (iconUri != null) {
            icons.put(pipeline.id(), iconUri);
        }
    }

    /** One line on what the pipeline is for; empty when its provider gives none. */
    public synchronized String synopsis(String id) {
        return synopses.getOrDefault(id, "");
    }

    /** The URI of the pipeline's icon, if its contribution names one. */
    public synchronized Optional<String> iconUri(String id) {
        return Optional.ofNullable(icons.get(id));
    }

    public synchronized Optional<PipelineDefinition> pipeline(String id) {
        return Optional.ofNullable(pipelines.get(id));
    }

    public synchronized PipelineDefinition requirePipeline(String id) {
        PipelineDefinition pipeline = pipelines.get(id);
        if (pipeline == null) {
            throw new IllegalArgumentException("no pipeline '" + id + "'; known pipelines: " + pipelines.keySet());
        }
        return pipeline;
    }

    public synchronized Collection<PipelineDefinition> pipelines() {
        return Collections.unmodifiableCollection(new java.util.ArrayList<>(pipelines.values()));
    }

    /**
     * The pipelines of this runtime: in OSGi those contributed through the extension point,
     * otherwise (a plain class path, as for batch runs and scripts) those the class loader's
     * service files name.
     *
     * @throws PipelineDefinitionException if a contributed pipeline is invalid or duplicated
     */
    public static PipelineRegistry discover(ClassLoader classLoader) {
        try {
            PipelineRegistry contributed = ExtensionPipelineReader.fromRunningPlatform();
            if (contributed != null && !contributed.pipelines().isEmpty()) {
                return contributed;
            }
        } catch (NoClassDefFoundError noEquinoxRegistry) {
            // A plain class path without the Equinox registry: the service files are the way in.
        }
        return fromServiceLoader(classLoader);
    }

    /** Registers every provider the class loader's service files name: the way in without OSGi. */
    public static PipelineRegistry fromServiceLoader(ClassLoader classLoader) {
        PipelineRegistry registry = new PipelineRegistry();
        for (PipelineProvider provider : ServiceLoader.load(PipelineProvider.class, classLoader)) {
            registry.register(provider.createPipeline(), provider.getClass().getName(), provider.synopsis(), null);
        }
        return registry;
    }
}
