package org.parseq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.PipelineDefinitionException;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.io.DataFormatException;
import org.parseq.io.source.EntryFormat;
import org.parseq.io.source.FileSourceResolver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parseq batch}: runs files through a pipeline without the workbench (docs/batch.md). */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Run data files through a pipeline headless and write the results of every node.",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every item reached its last node", "1:some item failed (listed on stderr)",
            "2:bad arguments, FORMAT.json or PARAMS.json"})
final class BatchCommand implements Callable<Integer> {

    static final int ITEMS_FAILED = 1;
    static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--pipeline", required = true, paramLabel = "ID", description = "Pipeline id, e.g. xas.")
    private String pipelineId;

    @Option(names = "--format", required = true, paramLabel = "FORMAT.json",
            description = "Entry node and data format of the files.")
    private Path formatFile;

    @Option(names = "--params", paramLabel = "PARAMS.json",
            description = "Parameter values by the original's names, applied to every item over the defaults.")
    private Path paramsFile;

    @Option(names = "--threads", paramLabel = "N", description = "Items computed at once (default: all cores).")
    private Integer threads;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    private Path outFolder;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "A data file, or file.h5::/entry for an HDF5 entry.")
    private List<String> files;

    @Override
    public Integer call() throws UsageException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        int threadCount = threads == null ? PipelineRunner.defaultThreads() : threads;
        if (threadCount < 1) {
            throw new UsageException("--threads must be at least 1, not " + threadCount);
        }
        PipelineDefinition pipeline = pipeline();
        EntryFormat format = format(pipeline);
        ParameterFile parameters = paramsFile == null ? ParameterFile.none() : ParameterFile.read(paramsFile, pipeline);
        if (!parameters.ignored().isEmpty()) {
            err.println("parseq batch: " + paramsFile + ": not parameters of pipeline '" + pipeline.id()
                    + "', ignored: " + String.join(", ", parameters.ignored()));
        }
        List<BatchInput> inputs = BatchInput.of(files);
        try {
            Files.createDirectories(outFolder);
        } catch (IOException e) {
            throw new UsageException("cannot create output folder " + outFolder + ": " + e.getMessage());
        }
        List<ItemOutcome> outcomes = new BatchJob(pipeline, format, parameters, threadCount, outFolder, err)
                .run(inputs);
        SummaryWriter.write(outFolder.resolve("summary.csv"), pipeline, outcomes);
        long failed = 0;
        for (ItemOutcome outcome : outcomes) {
            if (outcome.failed()) {
                failed++;
                err.println("parseq batch: " + outcome.input().argument() + ": " + outcome.failure());
            }
        }
        err.println("parseq batch: " + (outcomes.size() - failed) + " of " + outcomes.size() + " items done, "
                + failed + " failed; results in " + outFolder);
        err.flush();
        return failed == 0 ? 0 : ITEMS_FAILED;
    }

    private PipelineDefinition pipeline() throws UsageException {
        PipelineRegistry registry;
        try {
            registry = PipelineRegistry.discover(BatchCommand.class.getClassLoader());
        } catch (PipelineDefinitionException | java.util.ServiceConfigurationError e) {
            throw new UsageException("cannot load the pipelines: " + e.getMessage());
        }
        return registry.pipeline(pipelineId).orElseThrow(() -> new UsageException("no pipeline '" + pipelineId
                + "'; known pipelines: " + registry.pipelines().stream().map(PipelineDefinition::id).toList()));
    }

    private EntryFormat format(PipelineDefinition pipeline) throws UsageException {
        String text;
        try {
            text = Files.readString(formatFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(formatFile + ": cannot read: " + e.getMessage());
        }
        try {
            return new FileSourceResolver(pipeline).entryFormat(text, formatFile.toString());
        } catch (DataFormatException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
