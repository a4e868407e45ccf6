package org.parseq.ui.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.parseq.core.engine.ItemSourceResolver;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.registry.ExampleContributions;
import org.parseq.core.registry.ExtensionPipelineReader;
import org.parseq.core.registry.ItemSourceContributions;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.session.Session;
import org.parseq.ui.overlays.OverlayContributions;

/**
 * Everything the installed pipeline bundles contribute, read once from the extension registry:
 * pipelines, item sources, example data, help pages and image overlays. Contributions that
 * fail are kept as problems naming their bundle; the others load. The platform names no
 * pipeline: whatever is installed is what the workbench offers.
 */
public final class PipelineCatalog {

    private final PipelineRegistry pipelines = new PipelineRegistry();
    private final ItemSourceContributions itemSources;
    private final ExampleContributions examples;
    private final HelpContributions help;
    private final OverlayContributions overlays;
    private final List<String> problems = new ArrayList<>();

    public PipelineCatalog(IExtensionRegistry extensions) {
        problems.addAll(ExtensionPipelineReader.registerContributions(extensions, pipelines));
        itemSources = ItemSourceContributions.read(extensions);
        examples = ExampleContributions.read(extensions);
        help = HelpContributions.read(extensions);
        overlays = OverlayContributions.read(extensions);
        problems.addAll(itemSources.problems());
        problems.addAll(examples.problems());
        problems.addAll(help.problems());
        problems.addAll(overlays.problems());
    }

    public PipelineRegistry registry() {
        return pipelines;
    }

    public Collection<PipelineDefinition> pipelines() {
        return pipelines.pipelines();
    }

    public ExampleContributions examples() {
        return examples;
    }

    public HelpContributions help() {
        return help;
    }

    public OverlayContributions overlays() {
        return overlays;
    }

    /** Contributions that could not be installed, one line each, naming the bundle and the problem. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The pipeline's own item sources first, then files read with a data format. */
    public ItemSourceResolver resolver(PipelineDefinition pipeline) {
        return itemSources.resolverFor(pipeline.id(), new FileSourceResolver(pipeline));
    }

    public Session newSession(PipelineDefinition pipeline) {
        return new Session(pipeline, resolver(pipeline), PipelineRunner.defaultThreads());
    }
}
