package org.parseq.core.registry;

import org.parseq.core.pipeline.PipelineDefinition;

/**
 * What a pipeline bundle implements to contribute its pipeline. In OSGi it is named in the
 * {@code org.parseq.core.pipelines} extension point; on a plain class path it is found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.parseq.core.registry.PipelineProvider}).
 * Implementations need a public no-argument constructor.
 */
public interface PipelineProvider {

    /** Builds the pipeline; called once per registry. */
    PipelineDefinition createPipeline();

    /** One line telling a user what the pipeline is for, shown where a pipeline is chosen. */
    default String synopsis() {
        return "";
    }
}
