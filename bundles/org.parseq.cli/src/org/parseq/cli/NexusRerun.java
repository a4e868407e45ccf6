package org.parseq.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.pipeline.ExecutionMode;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.ParameterValues;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.io.DataFormatException;
import org.parseq.io.source.EntryFormat;
import org.parseq.io.source.FileItemSource;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.io.write.NexusProvenance;

/**
 * {@code --project FILE.nxs}: a NeXus file we wrote, run again from the record it holds of each
 * item (its data file, entry, data format and the parameter values of every transform), all items
 * together as a project runs. An item whose record cannot be used (a combination, which has no
 * data file; a data format that no longer reads) fails alone with the reason.
 */
final class NexusRerun {

    private final PipelineRegistry registry;
    private final int threads;
    private final PrintWriter err;

    NexusRerun(PipelineRegistry registry, int threads, PrintWriter err) {
        this.registry = registry;
        this.threads = threads;
        this.err = err;
    }

    ProjectBatch.Outcomes run(Path file) throws UsageException {
        NexusProvenance record;
        try {
            record = NexusProvenance.read(file);
        } catch (DataFormatException e) {
            throw new UsageException(e.getMessage());
        }
        PipelineDefinition pipeline = registry.pipeline(record.pipeline()).orElseThrow(() -> new UsageException(file
                + ": made by pipeline '" + record.pipeline() + "', which is not installed; installed: "
                + registry.pipelines().stream().map(PipelineDefinition::id).toList()));
        FileSourceResolver resolver = new FileSourceResolver(pipeline);
        Map<String, Integer> folders = new HashMap<>();
        List<ItemSpec> specs = new ArrayList<>();
        List<BatchInput> inputs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<EntryFormat> formats = new ArrayList<>();
        for (NexusProvenance.Item item : record.items()) {
            String argument = item.file() == null ? item.alias()
                    : item.file() + (item.entry() == null ? "" : BatchInput.ENTRY_SEPARATOR + item.entry());
            BatchInput input = new BatchInput(argument, item.file() == null ? null : Path.of(item.file()), item.entry(),
                    BatchInput.unique(BatchInput.folderName(item.alias()), folders));
            inputs.add(input);
            String failure = null;
            EntryFormat format = null;
            if (item.file() == null || item.format() == null) {
                failure = file + ": " + item.entryName() + ": no data file and format recorded (a combination?); "
                        + "it cannot be run again";
            } else {
                try {
                    format = resolver.entryFormat(item.format(), file + ": " + item.entryName() + ": data format");
                } catch (DataFormatException e) {
                    failure = e.getMessage();
                }
            }
            formats.add(format);
            failures.add(failure);
            if (failure == null) {
                specs.add(ItemSpec.loaded("item-" + specs.size(), input.alias(), format.node().id(),
                        new FileItemSource(input.file(), input.entry(), format),
                        parameters(file, item, pipeline)));
            }
        }
        ResultStore store = new ResultStore(0);
        try (PipelineRunner runner = new PipelineRunner(pipeline, store, threads)) {
            runner.run(specs, ProgressMonitor.NONE);
            if (pipeline.transforms().stream().anyMatch(t -> t.mode() == ExecutionMode.ALL_ITEMS)) {
                // a transform over all items fails them all when one has no data: once more without those
                List<ItemSpec> read = specs.stream().filter(spec -> {
                    NodeResult entry = store.resultOrEmpty(spec.id(), spec.entryNode());
                    return entry.key() == null || entry.isGood();
                }).toList();
                if (read.size() < specs.size() && !read.isEmpty()) {
                    runner.run(read, ProgressMonitor.NONE);
                }
            }
        }
        List<ItemOutcome> outcomes = new ArrayList<>();
        int spec = 0;
        for (int i = 0; i < inputs.size(); i++) {
            NexusProvenance.Item item = record.items().get(i);
            Map<String, NodeResult> results = new LinkedHashMap<>();
            String failure = failures.get(i);
            Map<String, Object> parameters = Map.of();
            if (failure == null) {
                ItemSpec ran = specs.get(spec++);
                parameters = ran.parameters();
                for (NodeDefinition node : pipeline.topologicalNodes()) {
                    NodeResult result = store.resultOrEmpty(ran.id(), node.id());
                    results.put(node.id(), result);
                    if (failure == null && result.key() != null && !result.isGood()) {
                        failure = "node '" + node.name() + "': " + result.message();
                    }
                }
            }
            outcomes.add(new ItemOutcome(inputs.get(i), item.entryNode(), parameters, results, failure)
                    .withFormat(item.format()));
        }
        return new ProjectBatch.Outcomes(pipeline, outcomes);
    }

    /** The recorded values as the parameters' types; names the pipeline no longer has are warned about. */
    private Map<String, Object> parameters(Path file, NexusProvenance.Item item, PipelineDefinition pipeline)
            throws UsageException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> recorded : item.parameters().entrySet()) {
            Optional<ParameterDescriptor> descriptor = pipeline.parameter(recorded.getKey());
            if (descriptor.isEmpty()) {
                err.println("parseq batch: warning: " + file + ": " + item.entryName() + ": parameter '"
                        + recorded.getKey() + "' is not one of pipeline '" + pipeline.id() + "'; ignored");
                continue;
            }
            try {
                values.put(recorded.getKey(), ParameterValues.coerce(recorded.getValue(), descriptor.get()));
            } catch (IllegalArgumentException e) {
                throw new UsageException(file + ": " + item.entryName() + ": " + e.getMessage());
            }
        }
        return values;
    }
}
