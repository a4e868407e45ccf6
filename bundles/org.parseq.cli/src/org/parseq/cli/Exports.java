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
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.write.ArrayShapes;
import org.parseq.io.write.ExportItem;
import org.parseq.io.write.NexusWriter;
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
                    case JSON -> targets.add(outFolder.resolve(alias + JsonItemWriter.EXTENSION));
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
                    JsonItemWriter writer = new JsonItemWriter(pipeline, selection);
                    for (ItemOutcome outcome : outcomes) {
                        writer.write(outFolder, outcome);
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
            case TEXT -> textLocator();
            case JSON -> (row, item, node, array) -> selection.writes(node, array) && present(item, node, array)
                    ? PlotScript.json(item.alias() + JsonItemWriter.EXTENSION, List.of("nodes", node.id(), array.name()))
                    : null;
            case HDF5 -> hdf5Locator(outcomes);
            case NEXUS -> new NexusWriter(pipeline, selection.export()).locator(NEXUS_FILE);
            case XDI -> exchange.xdiLocator();
            case ATHENA -> exchange.athenaLocator(items);
        };
    }

    private static boolean present(ExportItem item, NodeDefinition node, ArrayDefinition array) {
        NodeResult result = item.good(node.id());
        return result != null && ArrayShapes.data(array, result) != null;
    }

    /** Where the text output puts an array: its node's table, or its own file. */
    private PlotScript.Locator textLocator() {
        ItemWriter writer = new ItemWriter(pipeline, selection);
        return (row, item, node, array) -> {
            NodeResult result = item.good(node.id());
            if (result == null || !selection.writes(node, array)) {
                return null;
            }
            String folder = item.alias() + "/";
            List<ArrayDefinition> columns = writer.tableColumns(node, result);
            if (columns.contains(array)) {
                return PlotScript.columns(folder + node.id() + ".txt", columns.indexOf(array));
            }
            String ownFile = folder + node.id() + "." + array.name() + ".txt";
            if (array.role() == ArrayRole.IMAGE_2D && result.image(array.name()).isPresent()) {
                var image = result.image(array.name()).get();
                return PlotScript.table(ownFile, List.of(image.rows(), image.columns()));
            }
            if (array.role() == ArrayRole.STACK_3D && result.stack(array.name()).isPresent()) {
                var stack = result.stack(array.name()).get();
                return PlotScript.table(ownFile, List.of(stack.depth(), stack.rows(), stack.columns()));
            }
            double[] x = node.abscissa().map(a -> result.arrays().get(a.name())).orElse(null);
            double[] values = result.arrays().get(array.name());
            if (array.role().isCurve() && values != null && (x == null || x.length != values.length)) {
                return PlotScript.columns(ownFile, hasOwnAxis(node, array, result) ? 1 : 0);
            }
            // the axis of a curve on its own x: the first column of that curve's file
            for (ArrayDefinition curve : node.arrays()) {
                double[] curveValues = result.arrays().get(curve.name());
                if (curve.role().isCurve() && selection.writes(node, curve) && curveValues != null
                        && (x == null || x.length != curveValues.length) && hasOwnAxis(node, curve, result)
                        && curve.axes().get(0).equals(array.name())) {
                    return PlotScript.columns(folder + node.id() + "." + curve.name() + ".txt", 0);
                }
            }
            return null;
        };
    }

    private static boolean hasOwnAxis(NodeDefinition node, ArrayDefinition curve, NodeResult result) {
        double[] axis = curve.axes().isEmpty() ? null : result.arrays().get(curve.axes().get(0));
        return axis != null && axis.length == result.arrays().get(curve.name()).length;
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
