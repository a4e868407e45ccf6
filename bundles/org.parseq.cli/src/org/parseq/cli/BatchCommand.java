package org.parseq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.PipelineDefinitionException;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.io.DataFormatException;
import org.parseq.io.read.AutoFormat;
import org.parseq.io.read.ColumnGuess;
import org.parseq.io.source.EntryFormat;
import org.parseq.io.source.FileSourceResolver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parseq batch}: runs files, or a whole project, through a pipeline without the workbench (docs/batch.md). */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run data files, or a whole project, through a pipeline headless and write the",
            "results of every node (docs/batch.md).",
            "  files:     --pipeline ID --format FORMAT.json [--params PARAMS.json] FILE...",
            "  a project: --project PROJECT.parseq.json|PROJECT.pspj (ours or the original's)",
            "  combined:  files as above and --combine KIND@NODE[:key=value,...] (repeatable)"},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every item reached its last node", "1:some item failed (listed on stderr)",
            "2:bad arguments, FORMAT.json, PARAMS.json or project file"})
final class BatchCommand implements Callable<Integer> {

    static final int ITEMS_FAILED = 1;
    static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--pipeline", paramLabel = "ID", description = "Pipeline id, e.g. xas or xes.")
    private String pipelineId;

    static final String AUTO_FORMAT = "auto";

    @Option(names = "--format", paramLabel = "FORMAT.json",
            description = "Entry node and data format of the files; 'auto' finds the columns from the first file's header.")
    private Path formatFile;

    @Option(names = "--params", paramLabel = "PARAMS.json",
            description = "Parameter values by the original's names, applied to every item over the defaults.")
    private Path paramsFile;

    @Option(names = "--project", paramLabel = "PROJECT",
            description = "A project (ours, *.parseq.json, or the original's, *.pspj) whose items run with its own "
                    + "pipeline, formats and parameters; excludes --pipeline, --format, --params and FILE.")
    private Path projectFile;

    @Option(names = "--combine", paramLabel = "KIND@NODE[:key=value,...]",
            description = "Combine all input items at a node: KIND average, sum, rms, pca, pca-cumulative, tt or mcr; "
                    + "keys n, array, xmin, xmax, interpolate, basis (tt), seed, maxIterations, sk, skpositive, ckmax, "
                    + "ckmin, ckzero (mcr, component k). Repeatable (docs/batch.md).")
    private List<String> combines;

    @Option(names = "--threads", paramLabel = "N", description = "Items computed at once (default: all cores).")
    private Integer threads;

    @Option(names = "--nodes", paramLabel = "NODE,...", split = ",",
            description = "Write only these nodes (ids or names, e.g. chi,ft); default all.")
    private List<String> nodes;

    @Option(names = "--arrays", paramLabel = "ARRAY,...", split = ",",
            description = "Write only these arrays of the nodes written (each node's x goes with them); default all.")
    private List<String> arrays;

    @Option(names = "--output", paramLabel = "FORMAT",
            description = "text (default): text tables per item; json: a JSON file per item; hdf5: DIR/results.h5; "
                    + "nexus: DIR/results.nxs with each item's provenance; xdi: µ(E) and χ(k) per item; athena: "
                    + "DIR/results.prj. Repeatable.")
    private List<String> outputs;

    @Option(names = "--overwrite", description = "Replace the output of an earlier run in DIR (else refused).")
    private boolean overwrite;

    @Option(names = "--scripts",
            description = "Write a Python plotting script per format beside the output (DIR/plot_FORMAT.py).")
    private boolean scripts;

    private Set<OutputFormat> formats;

    @Option(names = "--map", paramLabel = "FILE.h5::/DATASET",
            description = "Spectra of a map, [pixels x energies] or [rows x columns x energies], one item each, "
                    + "read slice by slice; instead of FILE and --format (repeatable; docs/batch.md).")
    private List<String> maps;

    @Option(names = "--energy", paramLabel = "/DATASET", description = "With --map: the energies, in the same file.")
    private String energy;

    @Option(names = "--map-node", paramLabel = "NODE",
            description = "With --map: the node the spectra enter (default: the first with one x and one curve).")
    private String mapNode;

    static final String LOCAL_ENGINE = "local";

    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = LOCAL_ENGINE,
            description = "local (default): this process's threads; spark: an Apache Spark job (docs/scale-out.md).")
    private String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: local[N], local[*] (default), spark://HOST:PORT, yarn, ...")
    private String master;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    private Path outFolder;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Run the files that appear in DIR, as they arrive and are complete, until stopped.")
    private Path watchFolder;

    @Option(names = "--watch-idle", paramLabel = "SECONDS",
            description = "With --watch: stop when no new file came for this long (default: run until stopped).")
    private Double watchIdle;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "A data file, or file.h5::/entry for an HDF5 entry.")
    private List<String> files;

    @Override
    public Integer call() throws UsageException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        int threadCount = threads == null ? PipelineRunner.defaultThreads() : threads;
        if (threadCount < 1) {
            throw new UsageException("--threads must be at least 1, not " + threadCount);
        }
        formats = OutputFormat.parse(outputs);
        if (LOCAL_ENGINE.equals(engine) && master != null) {
            throw new UsageException("--master " + master + " is for another engine (--engine spark)");
        }
        if (!LOCAL_ENGINE.equals(engine) && projectFile != null) {
            throw new UsageException("--project runs with the local engine only, not with --engine " + engine);
        }
        if (maps != null && !maps.isEmpty()) {
            return runMaps(err, threadCount);
        }
        if (energy != null || mapNode != null) {
            throw new UsageException((energy != null ? "--energy" : "--map-node") + " goes with --map FILE.h5::/DATASET");
        }
        return projectFile != null ? runProject(err, threadCount) : runFiles(err, threadCount);
    }

    /** {@code --map}: every spectrum of the maps is an item, read as a slice when it runs. */
    private Integer runMaps(PrintWriter err, int threadCount) throws UsageException, IOException {
        refuseGivenTogether("--map cannot be given with ",
                new Given("--project", projectFile != null),
                new Given("--format (the spectra enter at --map-node)", formatFile != null),
                new Given("FILE arguments " + files, files != null && !files.isEmpty()),
                new Given("--combine", combines != null && !combines.isEmpty()));
        if (pipelineId == null) {
            throw new UsageException("missing --pipeline ID");
        }
        PipelineDefinition pipeline = pipeline();
        MapEntry entry = MapEntry.of(pipeline, mapNode);
        List<BatchInput> inputs = MapInputs.of(maps, energy);
        ParameterFile parameters = paramsFile == null ? ParameterFile.none() : ParameterFile.read(paramsFile, pipeline);
        if (!parameters.ignored().isEmpty()) {
            err.println("parseq batch: " + paramsFile + ": not parameters of pipeline '" + pipeline.id()
                    + "', ignored: " + String.join(", ", parameters.ignored()));
        }
        OutputSelection selection = OutputSelection.parse(nodes, arrays, pipeline);
        if (!LOCAL_ENGINE.equals(engine)) {
            BatchEngine chosen = engine();
            boolean hdf5 = engineWritesHdf5();
            createOutFolder();
            return chosen.run(new FileBatch(pipeline, null, null, parameters, nodes, arrays, hdf5, outFolder, inputs,
                    entry), master, err);
        }
        Exports exports = exports(pipeline, selection);
        exports.refuseExisting(inputs.stream().map(BatchInput::alias).toList());
        createOutFolder();
        BatchJob job = new BatchJob(pipeline, null, parameters, threadCount, outFolder, err, selection,
                exports.streamsText(), entry);
        List<ItemOutcome> outcomes = (writesChosenNodesOnly() ? job.writtenNodesOnly() : job).run(inputs);
        exports.write(outcomes, threadCount, exports.streamsText());
        SummaryWriter.write(outFolder.resolve("summary.csv"), pipeline, outcomes);
        return report(err, outcomes);
    }

    /** Whether every output asked for writes the chosen nodes and nothing else (text, HDF5), without scripts. */
    private boolean writesChosenNodesOnly() {
        return !scripts && Set.of(OutputFormat.TEXT, OutputFormat.HDF5).containsAll(formats);
    }

    /** Whether another engine than local writes HDF5, else text: it writes those two, one at a time. */
    private boolean engineWritesHdf5() throws UsageException {
        if (formats.size() != 1 || scripts
                || !(formats.contains(OutputFormat.TEXT) || formats.contains(OutputFormat.HDF5))) {
            throw new UsageException("--engine " + engine + " writes --output text or --output hdf5, one of them, "
                    + "without --scripts");
        }
        return formats.contains(OutputFormat.HDF5);
    }

    /** The engine named by --engine among those on the class path (Spark: scale/org.parseq.spark). */
    private BatchEngine engine() throws UsageException {
        List<String> known = new ArrayList<>(List.of(LOCAL_ENGINE));
        for (BatchEngine candidate : ServiceLoader.load(BatchEngine.class, BatchCommand.class.getClassLoader())) {
            if (candidate.name().equals(engine)) {
                return candidate;
            }
            known.add(candidate.name());
        }
        throw new UsageException("--engine " + engine + ": no such engine on the class path; engines here: "
                + String.join(", ", known) + " (./parseq batch --engine spark adds the Spark engine, docs/scale-out.md)");
    }

    private Integer runFiles(PrintWriter err, int threadCount) throws UsageException, IOException {
        List<String> missing = new ArrayList<>();
        if (pipelineId == null) {
            missing.add("--pipeline ID");
        }
        if (formatFile == null) {
            missing.add("--format FORMAT.json");
        }
        if ((files == null || files.isEmpty()) && watchFolder == null) {
            missing.add("FILE...");
        }
        if (!missing.isEmpty()) {
            throw new UsageException("missing " + String.join(", ", missing)
                    + " (or run a project with --project PROJECT)");
        }
        PipelineDefinition pipeline = pipeline();
        if (watchFolder != null) {
            return runWatch(err, threadCount, pipeline);
        }
        List<BatchInput> inputs = BatchInput.of(files);
        String formatText = formatText(pipeline, inputs, err);
        EntryFormat format = format(pipeline, formatText);
        ParameterFile parameters = paramsFile == null ? ParameterFile.none() : ParameterFile.read(paramsFile, pipeline);
        if (!parameters.ignored().isEmpty()) {
            err.println("parseq batch: " + paramsFile + ": not parameters of pipeline '" + pipeline.id()
                    + "', ignored: " + String.join(", ", parameters.ignored()));
        }
        OutputSelection selection = OutputSelection.parse(nodes, arrays, pipeline);
        if (!LOCAL_ENGINE.equals(engine)) {
            if (combines != null && !combines.isEmpty()) {
                throw new UsageException("--combine runs with the local engine only, not with --engine " + engine);
            }
            BatchEngine chosen = engine();
            boolean hdf5 = engineWritesHdf5();
            createOutFolder();
            return chosen.run(new FileBatch(pipeline, formatText, formatFile.toString(), parameters, nodes, arrays,
                    hdf5, outFolder, inputs), master, err);
        }
        if (combines != null && !combines.isEmpty()) {
            return runCombined(err, threadCount, pipeline, format, formatText, parameters, inputs, selection);
        }
        Exports exports = exports(pipeline, selection);
        exports.refuseExisting(inputs.stream().map(BatchInput::alias).toList());
        createOutFolder();
        BatchJob job = new BatchJob(pipeline, format, parameters, threadCount, outFolder, err, selection,
                exports.streamsText());
        List<ItemOutcome> outcomes = (writesChosenNodesOnly() ? job.writtenNodesOnly() : job).run(inputs);
        outcomes.replaceAll(outcome -> outcome.withFormat(formatText));
        exports.write(outcomes, threadCount, exports.streamsText());
        SummaryWriter.write(outFolder.resolve("summary.csv"), pipeline, outcomes);
        return report(err, outcomes);
    }

    /** {@code --watch DIR}: files run as they arrive, written as text per item, the summary after each group. */
    private Integer runWatch(PrintWriter err, int threadCount, PipelineDefinition pipeline)
            throws UsageException, IOException {
        if (files != null && !files.isEmpty()) {
            throw new UsageException("--watch cannot be given with FILE arguments " + files);
        }
        if (combines != null && !combines.isEmpty() || !LOCAL_ENGINE.equals(engine)
                || !formats.equals(Set.of(OutputFormat.TEXT)) || AUTO_FORMAT.equals(formatFile.toString())) {
            throw new UsageException("--watch runs files with a FORMAT.json, the local engine and text output only");
        }
        if (watchIdle != null && !(watchIdle > 0)) {
            throw new UsageException("--watch-idle must be more than 0 seconds, not " + watchIdle);
        }
        String formatText = formatText(pipeline, List.of(), err);
        EntryFormat format = format(pipeline, formatText);
        ParameterFile parameters = paramsFile == null ? ParameterFile.none() : ParameterFile.read(paramsFile, pipeline);
        OutputSelection selection = OutputSelection.parse(nodes, arrays, pipeline);
        // an earlier run's summary in DIR is refused once; the groups of this run write beside each other
        exports(pipeline, selection).refuseExisting(List.of());
        createOutFolder();
        List<ItemOutcome> all = new ArrayList<>();
        org.parseq.io.live.ScanReader reader;
        try {
            reader = new org.parseq.io.live.FormatScanReader(new FileSourceResolver(pipeline), formatText);
            org.parseq.io.live.LiveLoadSettings settings = org.parseq.io.live.LiveLoadSettings.of(watchFolder);
            int done = WatchBatch.run(settings, reader,
                    watchIdle == null ? null : java.time.Duration.ofMillis(Math.round(watchIdle * 1000)), inputs -> {
                        Exports exports = exports(pipeline, selection);
                        List<ItemOutcome> outcomes = new BatchJob(pipeline, format, parameters, threadCount, outFolder,
                                err, selection, exports.streamsText()).run(inputs);
                        outcomes.replaceAll(outcome -> outcome.withFormat(formatText));
                        exports.write(outcomes, threadCount, exports.streamsText());
                        all.addAll(outcomes);
                        SummaryWriter.write(outFolder.resolve("summary.csv"), pipeline, all);
                        inputs.forEach(input -> err.println("parseq batch: --watch: ran " + input.argument()));
                        err.flush();
                    }, err);
            err.println("parseq batch: --watch: " + done + " files run");
        } catch (DataFormatException e) {
            throw new UsageException(e.getMessage());
        }
        return report(err, all);
    }

    private Integer runCombined(PrintWriter err, int threadCount, PipelineDefinition pipeline, EntryFormat format,
            String formatText, ParameterFile parameters, List<BatchInput> inputs, OutputSelection selection)
            throws UsageException, IOException {
        List<CombineRequest> requests = new ArrayList<>();
        for (String combine : combines) {
            requests.add(CombineRequest.parse(combine, pipeline));
        }
        exports(pipeline, selection).refuseExisting(inputs.stream().map(BatchInput::alias).toList());
        createOutFolder();
        CombineBatch.Outcomes run = new CombineBatch(pipeline, threadCount, err).run(inputs, format.node().id(),
                formatText, parameters, requests);
        List<ItemOutcome> outcomes = new ArrayList<>(run.items());
        outcomes.replaceAll(outcome -> outcome.combination() == null ? outcome.withFormat(formatText) : outcome);
        writeResults(pipeline, selection, outcomes, threadCount);
        SummaryWriter.write(outFolder.resolve("summary.csv"), pipeline, run.items());
        int status = report(err, run.items());
        return run.refused().isEmpty() ? status : ITEMS_FAILED;
    }

    /** An option of the command line and whether the user gave it. */
    private record Given(String option, boolean given) {
    }

    /** Refuses options that cannot go with the one being run, naming each that was given. */
    private static void refuseGivenTogether(String message, Given... options) throws UsageException {
        List<String> given = java.util.Arrays.stream(options).filter(Given::given).map(Given::option).toList();
        if (!given.isEmpty()) {
            throw new UsageException(message + String.join(", ", given));
        }
    }

    private Integer runProject(PrintWriter err, int threadCount) throws UsageException, IOException {
        refuseGivenTogether("--project runs the project's items with its own pipeline, formats and "
                + "parameters; it cannot be given with ",
                new Given("--pipeline", pipelineId != null),
                new Given("--format", formatFile != null),
                new Given("--params", paramsFile != null),
                new Given("FILE arguments " + files, files != null && !files.isEmpty()),
                new Given("--combine (a project keeps its combinations in its tree)",
                        combines != null && !combines.isEmpty()));
        if (!Files.isRegularFile(projectFile)) {
            throw new UsageException(projectFile + ": no such project file");
        }
        exports(null, OutputSelection.ALL).refuseExisting(null);
        createOutFolder();
        ProjectBatch.Outcomes run = new ProjectBatch(registry(), threadCount, err).run(projectFile);
        writeResults(run.pipeline(), OutputSelection.parse(nodes, arrays, run.pipeline()), run.items(), threadCount);
        SummaryWriter.write(outFolder.resolve("summary.csv"), run.pipeline(), run.items());
        return report(err, run.items());
    }

    /** The outcomes of a run computed as a whole (combined, project) in the formats asked for. */
    private void writeResults(PipelineDefinition pipeline, OutputSelection selection, List<ItemOutcome> outcomes,
            int threadCount) throws IOException, UsageException {
        Exports exports = exports(pipeline, selection);
        exports.refuseExisting(outcomes.stream().map(outcome -> outcome.input().alias()).toList());
        exports.write(outcomes, threadCount, false);
    }

    private Exports exports(PipelineDefinition pipeline, OutputSelection selection) {
        return new Exports(pipeline, selection, formats, scripts, overwrite, outFolder);
    }

    private void createOutFolder() throws UsageException {
        try {
            Files.createDirectories(outFolder);
        } catch (IOException e) {
            throw new UsageException("cannot create output folder " + outFolder + ": " + e.getMessage());
        }
    }

    private int report(PrintWriter err, List<ItemOutcome> outcomes) {
        long failed = 0;
        for (ItemOutcome outcome : outcomes) {
            if (outcome.failed()) {
                failed++;
                err.println("parseq batch: " + name(outcome.input()) + ": " + outcome.failure());
            }
        }
        err.println("parseq batch: " + (outcomes.size() - failed) + " of " + outcomes.size() + " items done, "
                + failed + " failed; results in " + outFolder);
        err.flush();
        return failed == 0 ? 0 : ITEMS_FAILED;
    }

    /** A FILE argument as given; a project's item by its alias and where its data are. */
    private String name(BatchInput input) {
        if (projectFile == null || input.argument().equals(input.alias())) {
            return input.argument();
        }
        return input.alias() + " (" + input.argument() + ")";
    }

    private PipelineRegistry registry() throws UsageException {
        try {
            return PipelineRegistry.discover(BatchCommand.class.getClassLoader());
        } catch (PipelineDefinitionException | java.util.ServiceConfigurationError e) {
            throw new UsageException("cannot load the pipelines: " + e.getMessage());
        }
    }

    private PipelineDefinition pipeline() throws UsageException {
        PipelineRegistry registry = registry();
        return registry.pipeline(pipelineId).orElseThrow(() -> new UsageException("no pipeline '" + pipelineId
                + "'; known pipelines: " + registry.pipelines().stream().map(PipelineDefinition::id).toList()));
    }

    /** FORMAT.json, or with {@code --format auto} the automatic format of the first file (docs/data-formats.md). */
    private String formatText(PipelineDefinition pipeline, List<BatchInput> inputs, PrintWriter err)
            throws UsageException {
        if (AUTO_FORMAT.equals(formatFile.toString()) && !Files.exists(formatFile)) {
            Path first = inputs.get(0).file();
            try {
                ColumnGuess guess = AutoFormat.guess(first);
                err.println("parseq batch: --format auto: " + guess.describe() + " (from " + first + ")");
                return AutoFormat.formatJson(guess, pipeline);
            } catch (DataFormatException e) {
                throw new UsageException("--format auto: " + e.getMessage());
            }
        }
        try {
            return Files.readString(formatFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(formatFile + ": cannot read: " + e.getMessage());
        }
    }

    private EntryFormat format(PipelineDefinition pipeline, String text) throws UsageException {
        try {
            return new FileSourceResolver(pipeline).entryFormat(text, formatFile.toString());
        } catch (DataFormatException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
