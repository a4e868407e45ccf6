package org.parseq.app;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.parseq.core.engine.ItemSourceResolver;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.registry.ExtensionPipelineReader;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.demo.SyntheticPeak;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.session.Session;

/** Finds the installed pipelines and makes the session the workbench opens with. */
final class SessionFactory {

    /** The pipeline the workbench prefers when several are installed. */
    static final String PREFERRED_PIPELINE = "xas";
    static final String PIPELINE_PROPERTY = "parseq.pipeline";

    private final PipelineRegistry registry = new PipelineRegistry();
    private final List<String> problems = new ArrayList<>();

    SessionFactory(IExtensionRegistry extensions) {
        problems.addAll(ExtensionPipelineReader.registerContributions(extensions, registry));
    }

    PipelineRegistry registry() {
        return registry;
    }

    /** Contributions that could not be registered, one line each. */
    List<String> problems() {
        return problems;
    }

    /** The pipeline named by -Dparseq.pipeline, else the preferred one, else the first installed. */
    PipelineDefinition pipeline() {
        String wanted = System.getProperty(PIPELINE_PROPERTY, PREFERRED_PIPELINE);
        return registry.pipeline(wanted).or(() -> registry.pipelines().stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("no pipeline is installed" + (problems.isEmpty() ? ""
                        : ": " + String.join("; ", problems))));
    }

    /** Synthetic peaks by their URI, everything else as files read with the item's data format. */
    static ItemSourceResolver resolver(PipelineDefinition pipeline) {
        return SyntheticPeak.RESOLVER.orElse(new FileSourceResolver(pipeline));
    }

    Session newSession(PipelineDefinition pipeline) {
        return new Session(pipeline, resolver(pipeline), PipelineRunner.defaultThreads());
    }
}
