package org.parseq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.pipeline.ExecutionMode;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.source.EntryFormat;
import org.parseq.io.DataFormatException;
import org.parseq.io.source.FileItemSource;
import org.parseq.io.source.SourceParameters;

/**
 * Runs the items of a batch through the pipeline and writes their results. Items go in
 * chunks, and each chunk's results are written and then forgotten, so memory does not grow
 * with the number of files (a pipeline with a transform over all items runs them in one chunk);
 * within a chunk items compute in parallel, which changes no number.
 */
final class BatchJob {

    private final PipelineDefinition pipeline;
    private final EntryFormat format;
    private final ParameterFile parameters;
    private final int threads;
    private final Path outFolder;
    private final PrintWriter err;
    private final OutputSelection selection;
    private final boolean textFiles;
    private final MapEntry mapEntry;
    private boolean writtenNodesOnly;
    private boolean progressShown = true;

    /**
     * @param selection the nodes and arrays written
     * @param textFiles whether each item's results are written as text files in {@code outFolder/<alias>/} as
     *                  its chunk completes (else the caller writes the outcomes returned, e.g. as HDF5)
     */
    BatchJob(PipelineDefinition pipeline, EntryFormat format, ParameterFile parameters, int threads, Path outFolder,
            PrintWriter err, OutputSelection selection, boolean textFiles) {
        this(pipeline, format, parameters, threads, outFolder, err, selection, textFiles, null);
    }

    /**
     * @param format   the files' format; null when every input is a spectrum of a map
     * @param mapEntry where the spectra of a map enter, or null without maps
     */
    BatchJob(PipelineDefinition pipeline, EntryFormat format, ParameterFile parameters, int threads, Path outFolder,
            PrintWriter err, OutputSelection selection, boolean textFiles, MapEntry mapEntry) {
        this.mapEntry = mapEntry;
        this.selection = selection;
        this.textFiles = textFiles;
        this.pipeline = pipeline;
        this.format = format;
        this.parameters = parameters;
        this.threads = threads;
        this.outFolder = outFolder;
        this.err = err;
    }

    /**
     * Keeps, of the outcomes returned, the arrays of the nodes written only ({@code --nodes}), so that a
     * run written at its end (HDF5) holds no arrays it will not write; for outputs that write the nodes
     * chosen and nothing else.
     */
    BatchJob writtenNodesOnly() {
        writtenNodesOnly = true;
        return this;
    }

    /** Draws no progress line: a part of a run whose engine tells the progress of the whole. */
    BatchJob withoutProgress() {
        progressShown = false;
        return this;
    }

    /** @return the outcome of every input, in input order */
    List<ItemOutcome> run(List<BatchInput> inputs) throws IOException {
        List<ItemOutcome> outcomes = new ArrayList<>(inputs.size());
        ItemWriter writer = new ItemWriter(pipeline, selection);
        ProgressLine progress = progressShown ? ProgressLine.onTerminal(err, inputs.size())
                : ProgressLine.hidden(err, inputs.size());
        // a transform over all items (the XES calibration from elastic scans) must see them together
        boolean together = pipeline.transforms().stream().anyMatch(t -> t.mode() == ExecutionMode.ALL_ITEMS);
        int chunkSize = together ? Math.max(1, inputs.size()) : Math.max(64, 8 * threads);
        ResultStore store = new ResultStore(0);
        ExecutorService writers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "parseq-batch-writer");
            thread.setDaemon(true);
            return thread;
        });
        try (PipelineRunner runner = new PipelineRunner(pipeline, store, threads)) {
            for (int start = 0; start < inputs.size(); start += chunkSize) {
                List<BatchInput> chunk = inputs.subList(start, Math.min(inputs.size(), start + chunkSize));
                List<ItemSpec> items = new ArrayList<>(chunk.size());
                for (int i = 0; i < chunk.size(); i++) {
                    BatchInput input = chunk.get(i);
                    items.add(ItemSpec.loaded("item-" + (start + i), input.alias(), entryNode(input), source(input),
                            itemParameters(input)));
                }
                runner.run(items, ProgressMonitor.NONE);
                if (together) {
                    // a transform over all items fails them all when one has no data: once more without those
                    List<ItemSpec> read = items.stream().filter(item -> entryIsGood(store, item)).toList();
                    if (read.size() < items.size() && !read.isEmpty()) {
                        runner.run(read, ProgressMonitor.NONE);
                    }
                }
                List<ItemOutcome> chunkOutcomes = new ArrayList<>(chunk.size());
                for (int i = 0; i < chunk.size(); i++) {
                    chunkOutcomes.add(outcome(store, items.get(i), chunk.get(i)));
                    store.forget(items.get(i).id());
                }
                if (textFiles) {
                    writer.writeAll(outFolder, chunkOutcomes, writers);
                    // written: only the summary's share of each outcome stays, so memory does not grow with N
                    chunkOutcomes.replaceAll(ItemOutcome::summarised);
                } else if (writtenNodesOnly) {
                    chunkOutcomes.replaceAll(outcome -> outcome.withArraysOf(selection.nodeIds()));
                }
                err.flush();
                outcomes.addAll(chunkOutcomes);
                progress.update(outcomes.size());
            }
        } finally {
            progress.finish();
            writers.shutdownNow();
        }
        return outcomes;
    }

    private static boolean entryIsGood(ResultStore store, ItemSpec item) {
        NodeResult entry = store.resultOrEmpty(item.id(), item.entryNode());
        return entry.key() == null || entry.isGood();
    }

    private String entryNode(BatchInput input) {
        return input.map() != null ? mapEntry.nodeId() : format.node().id();
    }

    private ItemSource source(BatchInput input) {
        return input.map() != null ? new MapItemSource(input.file(), input.map(), mapEntry)
                : new FileItemSource(input.file(), input.entry(), format);
    }

    /** The file's own values (an Athena group's E0 and ranges), with the user's --params over them. */
    private Map<String, Object> itemParameters(BatchInput input) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (input.map() != null) {
            values.putAll(parameters.values());
            return values;
        }
        try {
            values.putAll(SourceParameters.forPipeline(pipeline, SourceParameters.suggested(input.file(), input.entry())));
        } catch (DataFormatException e) {
            // the item fails with this message when its data are read
        }
        values.putAll(parameters.values());
        return values;
    }

    private ItemOutcome outcome(ResultStore store, ItemSpec item, BatchInput input) {
        String itemId = item.id();
        Map<String, NodeResult> results = new LinkedHashMap<>();
        String failure = null;
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            NodeResult result = store.resultOrEmpty(itemId, node.id());
            results.put(node.id(), result);
            if (failure == null && result.key() != null && !result.isGood()) {
                failure = "node '" + node.name() + "': " + result.message();
            }
        }
        return new ItemOutcome(input, entryNode(input), item.parameters(), results, failure);
    }

}
