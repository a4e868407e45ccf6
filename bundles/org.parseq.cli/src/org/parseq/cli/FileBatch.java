package org.parseq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.pipeline.ExecutionMode;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.io.DataFormatException;
import org.parseq.io.source.EntryFormat;
import org.parseq.io.source.FileSourceResolver;

/**
 * A batch of files as the command line resolved it (pipeline, format, parameters, what to write,
 * where), held as plain values so that it travels to other machines: an engine
 * ({@link BatchEngine}) splits the inputs into parts, each machine runs {@link #runPart} on its
 * part, and the driver writes the summary and the report from the rows the parts return. The
 * pipeline is looked up again by id on each machine from the service files on its class path.
 */
public final class FileBatch implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One input (a file, an HDF5 entry, a spectrum of a map) as plain values.
     *
     * @param argument as given on the command line, for messages
     * @param file     the file to read
     * @param entry    the HDF5 entry or Athena group, or null
     * @param alias    unique in the run; the name of its output folder
     * @param map      where in a map the spectrum is, or null for a file or an entry
     */
    public record Input(String argument, String file, String entry, String alias, MapPixel map)
            implements Serializable {

        static Input of(BatchInput input) {
            return new Input(input.argument(), input.file().toString(), input.entry(), input.alias(), input.map());
        }

        BatchInput toBatchInput() {
            return new BatchInput(argument, Path.of(file), entry, alias, map);
        }
    }

    /**
     * What an item reached, as summary.csv writes it.
     *
     * @param summaryFields the item's row of summary.csv, unquoted
     * @param failure       why it stopped, or null
     */
    public record ItemRow(String alias, String argument, List<String> summaryFields, String failure,
            Map<String, Double> scalars) implements Serializable {

        public ItemRow {
            summaryFields = List.copyOf(summaryFields);
            scalars = new LinkedHashMap<>(scalars);
        }

        public boolean failed() {
            return failure != null;
        }
    }

    private final String pipelineId;
    private final String formatText;
    private final String formatLabel;
    private final LinkedHashMap<String, Object> parameters;
    private final ArrayList<String> nodes;
    private final ArrayList<String> arrays;
    private final boolean hdf5;
    private final String outFolder;
    private final ArrayList<Input> inputs;
    private final MapEntry mapEntry;

    FileBatch(PipelineDefinition pipeline, String formatText, String formatLabel, ParameterFile parameters,
            List<String> nodes, List<String> arrays, boolean hdf5, Path outFolder, List<BatchInput> inputs) {
        this(pipeline, formatText, formatLabel, parameters, nodes, arrays, hdf5, outFolder, inputs, null);
    }

    /** @param mapEntry where spectra of maps enter, when the inputs are spectra of maps (then formatText is null) */
    FileBatch(PipelineDefinition pipeline, String formatText, String formatLabel, ParameterFile parameters,
            List<String> nodes, List<String> arrays, boolean hdf5, Path outFolder, List<BatchInput> inputs,
            MapEntry mapEntry) {
        this.mapEntry = mapEntry;
        this.pipelineId = pipeline.id();
        this.formatText = formatText;
        this.formatLabel = formatLabel;
        this.parameters = new LinkedHashMap<>(parameters.values());
        this.nodes = nodes == null ? new ArrayList<>() : new ArrayList<>(nodes);
        this.arrays = arrays == null ? new ArrayList<>() : new ArrayList<>(arrays);
        this.hdf5 = hdf5;
        this.outFolder = outFolder.toAbsolutePath().toString();
        this.inputs = new ArrayList<>(inputs.stream().map(Input::of).toList());
    }

    public List<Input> inputs() {
        return List.copyOf(inputs);
    }

    /** Whether the results go to HDF5 files (one per part) rather than a folder of text tables per item. */
    public boolean hdf5() {
        return hdf5;
    }

    public Path outFolder() {
        return Path.of(outFolder);
    }

    /** Whether the items must be computed together (a transform over all items, as XES calibration). */
    public boolean itemsTogether() throws IOException {
        return pipeline().transforms().stream().anyMatch(t -> t.mode() == ExecutionMode.ALL_ITEMS);
    }

    /**
     * Runs a part of the inputs here on {@code threads} threads and writes its results: text tables into the
     * output folder (each item has a folder of its own there), or with HDF5 output the file {@code hdf5File}
     * (as {@code results.h5} of a local run, for this part's items only).
     *
     * @return the part's rows, in its order
     */
    public List<ItemRow> runPart(List<Input> part, Path hdf5File, int threads) throws IOException {
        PipelineDefinition pipeline = pipeline();
        EntryFormat format = null;
        try {
            if (formatText != null) {
                format = new FileSourceResolver(pipeline).entryFormat(formatText, formatLabel);
            }
        } catch (DataFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        OutputSelection selection = selection(pipeline);
        List<BatchInput> batchInputs = part.stream().map(Input::toBatchInput).toList();
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        List<ItemOutcome> outcomes = new BatchJob(pipeline, format, new ParameterFile(parameters, List.of()), threads,
                outFolder(), err, selection, !hdf5, mapEntry).writtenNodesOnly().withoutProgress()
                .run(batchInputs);
        if (hdf5) {
            Hdf5Results.part(pipeline, selection).writeFile(hdf5File, outcomes);
        }
        List<ItemRow> rows = new ArrayList<>(outcomes.size());
        for (ItemOutcome outcome : outcomes) {
            rows.add(new ItemRow(outcome.input().alias(), outcome.input().argument(),
                    SummaryWriter.row(pipeline, outcome), outcome.failure(), outcome.scalars()));
        }
        return rows;
    }

    /** Writes summary.csv of the whole run from the rows of its parts, in input order. */
    public void writeSummary(List<ItemRow> rows) throws IOException {
        SummaryWriter.write(outFolder().resolve("summary.csv"), SummaryWriter.header(pipeline()),
                rows.stream().map(ItemRow::summaryFields).toList());
    }

    /**
     * With HDF5 output and spectra of maps: {@code maps.h5}, the values found laid out as the maps (the
     * {@code /maps} group of a local run's results.h5).
     *
     * @param rows every input's row, in input order
     */
    public void writeMaps(List<ItemRow> rows) throws IOException {
        List<Hdf5Maps.Pixel> pixels = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            if (input.map() != null) {
                pixels.add(new Hdf5Maps.Pixel(input.file(), input.map(), rows.get(i).scalars()));
            }
        }
        if (hdf5 && !pixels.isEmpty()) {
            Hdf5Maps.writeFile(outFolder(), pixels);
        }
    }

    /** The report a local run prints: every failed item with its reason, then the counts. @return the exit status */
    public int report(PrintWriter err, List<ItemRow> rows) {
        long failed = 0;
        for (ItemRow row : rows) {
            if (row.failed()) {
                failed++;
                err.println("parseq batch: " + row.argument() + ": " + row.failure());
            }
        }
        err.println("parseq batch: " + (rows.size() - failed) + " of " + rows.size() + " items done, " + failed
                + " failed; results in " + outFolder);
        err.flush();
        return failed == 0 ? 0 : BatchCommand.ITEMS_FAILED;
    }

    private OutputSelection selection(PipelineDefinition pipeline) throws IOException {
        try {
            return OutputSelection.parse(nodes, arrays, pipeline);
        } catch (UsageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private PipelineDefinition pipeline() throws IOException {
        PipelineRegistry registry = PipelineRegistry.fromServiceLoader(FileBatch.class.getClassLoader());
        return registry.pipeline(pipelineId).orElseThrow(() -> new IOException("no pipeline '" + pipelineId
                + "' on this machine's class path; known pipelines: "
                + registry.pipelines().stream().map(PipelineDefinition::id).toList()));
    }
}
