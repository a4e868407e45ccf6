package org.parseq.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.write.ArrayShapes;
import org.parseq.io.write.ExportItem;
import org.parseq.io.write.JsonExport;
import org.parseq.io.write.NexusWriter;
import org.parseq.io.write.NodeTextFiles;
import org.parseq.io.write.PlotScript;
import org.parseq.io.write.XasExchange;
import org.parseq.model.ItemColours;


/**
 * Writes a run's outcomes in the formats of {@code --output} (docs/batch.md), each file under a
 * temporary name renamed when complete, and with {@code --scripts} a Python plotting script per
 * format beside them ({@code DIR/plot_<format>.py}, figures in {@code DIR/plots/<format>/}).
 * Output of an earlier run is not overwritten unless asked ({@code --overwrite}).
 */
final class Exports {

    static final String NEXUS_FILE = "results.nxs";
    static final String SUMMARY_FILE = "summary.csv";

    private final PipelineDefinition pipeline;
    private final OutputSelection selection;
    private final Set<OutputFormat> formats;
    private final boolean scripts;
    private final boolean overwrite;
    private final Path outFolder;
    private final XasExchange exchange;

    Exports(PipelineDefinition pipeline, OutputSelection selection, Set<OutputFormat> formats, boolean scripts,
            boolean overwrite, Path outFolder) {
        this.pipeline = pipeline;
        this.selection = selection;
        this.formats = Set.copyOf(formats);
        this.scripts = scripts;
        this.overwrite = overwrite;
        this.outFolder = outFolder;
        this.exchange = pipeline == null ? null : new XasExchange(pipeline, selection.export());
    }

    /**
     * Whether a run of files writes the text output as each chunk completes and drops the arrays
     * (text alone, no scripts), so that {@link #write} is given outcomes without arrays.
     */
    boolean streamsText() {
        return formats.equals(Set.of(OutputFormat.TEXT)) && !scripts;
    }

    /**
     * @param aliases the items' aliases, or null when not yet known (a project before its run, when
     *                the pipeline may be null too)
     * @throws UsageException naming what exists, unless --overwrite was given
     */
    void refuseExisting(List<String> aliases) throws UsageException {
        if (overwrite) {
            return;
        }
        List<Path> existing = new ArrayList<>();
        for (Path target : targets(aliases == null ? List.of() : aliases)) {
            if (Files.exists(target)) {
                existing.add(target);
            }
        }
        if (!existing.isEmpty()) {
            throw new UsageException("refusing to overwrite " + existing.get(0)
                    + (existing.size() > 1 ? " and " + (existing.size() - 1) + " more" : "")
                    + " from an earlier run; give --overwrite to replace them, or another --out");
        }
    }

    private List<Path> targets(List<String> aliases) {
        List<Path> targets = new ArrayList<>(List.of(outFolder.resolve(SUMMARY_FILE)));
        for (OutputFormat format : formats) {
            switch (format) {
                case HDF5 -> targets.add(outFolder.resolve(Hdf5Results.FILE_NAME));
                case NEXUS -> targets.add(outFolder.resolve(NEXUS_FILE));
                case ATHENA -> targets.add(outFolder.resolve(XasExchange.ATHENA_FILE));
                default -> {
                    // per item, below
                }
            }
            if (scripts) {
                targets.add(script(format));
            }
            for (String alias : aliases) {
                switch (format) {
                    case TEXT -> targets.add(outFolder.resolve(alias).resolve("params.json"));
                    case JSON -> targets.add(JsonExport.file(outFolder, alias));
                    case XDI -> {
                        targets.add(outFolder.resolve(alias).resolve(XasExchange.MU_FILE));
                        targets.add(outFolder.resolve(alias).resolve(XasExchange.CHI_FILE));
                    }
                    default -> {
                        // one file for the run, above
                    }
                }
            }
        }
        return targets;
    }

    private Path script(OutputFormat format) {
        return outFolder.resolve("plot_" + format.option + ".py");
    }

    /** @param textWritten whether the run wrote the text output chunk by chunk ({@link #streamsText()}) */
    void write(List<ItemOutcome> outcomes, int threads, boolean textWritten) throws IOException {
        List<ExportItem> items = new ArrayList<>();
        for (int row = 0; row < outcomes.size(); row++) {
            items.add(exportItem(outcomes.get(row), row));
        }
        for (OutputFormat format : formats) {
            switch (format) {
                case TEXT -> {
                    if (!textWritten) {
                        writeText(outcomes, threads);
                    }
                }
                case JSON -> {
                    JsonExport json = new JsonExport(pipeline, selection.export());
                    ItemWriter describer = new ItemWriter(pipeline, selection);
                    for (int row = 0; row < outcomes.size(); row++) {
                        json.write(outFolder, items.get(row), describer.describe(outcomes.get(row)), true);
                    }
                }
                case HDF5 -> new Hdf5Results(pipeline, selection).write(outFolder, outcomes);
                case NEXUS -> new NexusWriter(pipeline, selection.export()).write(outFolder.resolve(NEXUS_FILE), items,
                        true);
                case XDI -> exchange.writeXdi(outFolder, items, true);
                case ATHENA -> exchange.writeAthena(outFolder, items, true);
            }
            if (scripts) {
                PlotScript.write(script(format), "plots/" + format.option, pipeline, items,
                        locator(format, outcomes, items), true);
            }
        }
    }

    private void writeText(List<ItemOutcome> outcomes, int threads) throws IOException {
        ExecutorService writers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "parseq-batch-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            new ItemWriter(pipeline, selection).writeAll(outFolder, outcomes, writers);
        } finally {
            writers.shutdownNow();
        }
    }

    private static ExportItem exportItem(ItemOutcome outcome, int row) {
        Path file = outcome.input().file();
        return new ExportItem(outcome.input().alias(), file == null ? null : file.toAbsolutePath().toString(),
                outcome.input().entry(), outcome.entryNode(), outcome.format(), outcome.parameters(), outcome.results(),
                ItemColours.CYCLE.get(row % ItemColours.CYCLE.size()));
    }

    private PlotScript.Locator locator(OutputFormat format, List<ItemOutcome> outcomes, List<ExportItem> items) {
        return switch (format) {
            case TEXT -> new NodeTextFiles(pipeline, selection.export()).locator();
            case JSON -> new JsonExport(pipeline, selection.export()).locator();
            case HDF5 -> hdf5Locator(outcomes);
            case NEXUS -> new NexusWriter(pipeline, selection.export()).locator(NEXUS_FILE);
            case XDI -> exchange.xdiLocator();
            case ATHENA -> exchange.athenaLocator(items);
        };
    }

    /**
     * Where results.h5 has an array ({@link Hdf5Results}): on a grid the items share, x as
     * {@code /nodes/<node>/<x>} and a curve as row {@code row} of {@code /nodes/<node>/<array>};
     * otherwise, and for images and stacks, {@code /nodes/<node>/<row>/<array>}.
     */
    private PlotScript.Locator hdf5Locator(List<ItemOutcome> outcomes) {
        Map<String, Boolean> shared = new HashMap<>();
        return (row, item, node, array) -> {
            NodeResult result = item.good(node.id());
            if (result == null || !selection.writes(node, array) || ArrayShapes.data(array, result) == null) {
                return null;
            }
            boolean onSharedGrid = ArrayShapes.isLine(array)
                    && shared.computeIfAbsent(node.id(), id -> sharesGrid(node, outcomes));
            if (!onSharedGrid) {
                return PlotScript.hdf5(Hdf5Results.FILE_NAME, "/nodes/" + node.id() + "/" + row + "/" + array.name(),
                        null);
            }
            boolean isX = node.abscissa().map(x -> x.name().equals(array.name())).orElse(false);
            return PlotScript.hdf5(Hdf5Results.FILE_NAME, "/nodes/" + node.id() + "/" + array.name(), isX ? null : row);
        };
    }

    private static NodeResult good(ItemOutcome outcome, NodeDefinition node) {
        NodeResult result = outcome.results().get(node.id());
        return result != null && result.isGood() ? result : null;
    }

    private boolean sharesGrid(NodeDefinition node, List<ItemOutcome> outcomes) {
        List<ArrayDefinition> chosen = node.arrays().stream().filter(a -> selection.writes(node, a)).toList();
        List<NodeResult> results = outcomes.stream().map(o -> good(o, node)).toList();
        return Hdf5Results.sharedGrid(node, chosen, results) != null;
    }
}
