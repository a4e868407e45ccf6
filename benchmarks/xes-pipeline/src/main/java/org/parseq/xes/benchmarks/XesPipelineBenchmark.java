package org.parseq.xes.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.engine.RunReport;
import org.parseq.core.engine.SourceData;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.source.EntryFormat;
import org.parseq.io.source.FileItemSource;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.xes.pipeline.XesPipelineProvider;

/**
 * Milliseconds per 151 × 1030 Eiger θ scan through both XES transforms ("mask and get XES band"
 * and "get XES and calibrate energy") with the core's {@link PipelineRunner}, on the example
 * scans the pipeline ships, read into memory before the clock starts, with the original
 * project's band, cut-off and θ → E line:
 * <ul>
 * <li>one scan on one core (one runner thread), the median of many runs;</li>
 * <li>100 scans on all cores in one run, the calibration found from the two elastic scans among
 * them (the transform over all items runs once for the 100).</li>
 * </ul>
 * Usage: {@code XesPipelineBenchmark [repoDir] [repeats]}
 */
public final class XesPipelineBenchmark {

    private static final String[] SCANS = {"20230908s-entry1025", "elastic_19630", "elastic_19570"};

    private XesPipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path examples = Path.of(args.length > 0 ? args[0] : ".").resolve("pipelines/org.parseq.xes/examples/mo-kbeta");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        PipelineDefinition pipeline = new XesPipelineProvider().createPipeline();
        EntryFormat format = new FileSourceResolver(pipeline).entryFormat(
                Files.readString(examples.resolve("mo-kbeta.format.json"), StandardCharsets.UTF_8), "mo-kbeta");
        Map<String, SourceData> scans = new HashMap<>();
        for (String scan : SCANS) {
            scans.put(scan, new FileItemSource(examples.resolve(scan + ".h5"), "/entry", format).read());
        }
        int cores = PipelineRunner.defaultThreads();

        Map<String, Object> fixedLine = original();
        fixedLine.put("calibrationPoly", List.of(-286.0821675897548, 19602.44730601818));
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            oneScan(pipeline, format, scans.get(SCANS[0]), fixedLine, 100);
        }
        double[] single = oneScan(pipeline, format, scans.get(SCANS[0]), fixedLine, repeats);
        System.out.printf("one scan %s, 1 thread: median %.3f ms, best %.3f ms (%d runs)%n", SCANS[0], single[0],
                single[1], repeats);

        Map<String, Object> calibrating = original();
        calibrating.put("calibrationFind", true);
        calibrating.put("calibrationData.base", "elastic_19630; elastic_19570");
        calibrating.put("calibrationData.energy", List.of(19630.0, 19570.0));
        calibrating.put("calibrationHalfPeakWidthSteps", 7);
        for (int threads : new int[] {1, cores}) {
            hundredScans(pipeline, format, scans, calibrating, threads); // warm-up
            double best = Double.MAX_VALUE;
            for (int run = 0; run < 5; run++) {
                best = Math.min(best, hundredScans(pipeline, format, scans, calibrating, threads));
            }
            System.out.printf("100 scans calibrated together, %d thread(s): %.1f ms per run, %.3f ms per scan"
                    + " (best of 5)%n", threads, best, best / 100);
        }
    }

    /** The original project's band, band masking and cut-off (Mo-Kb13.pspj). */
    private static Map<String, Object> original() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("cutoff", 20000.0);
        parameters.put("bandROI.begin", List.of(442.819, -0.105));
        parameters.put("bandROI.end", List.of(609.658, 0.132));
        parameters.put("bandROI.width", 0.04);
        parameters.put("bandUse", true);
        return parameters;
    }

    /** Median and best ms of one scan's run, each run a new item so that nothing is reused. */
    private static double[] oneScan(PipelineDefinition pipeline, EntryFormat format, SourceData data,
            Map<String, Object> parameters, int repeats) {
        double[] millis = new double[repeats];
        ResultStore store = new ResultStore(0);
        try (PipelineRunner runner = new PipelineRunner(pipeline, store, 1)) {
            for (int run = 0; run < repeats; run++) {
                ItemSpec item = ItemSpec.loaded("scan-" + run, SCANS[0], format.node().id(),
                        new InMemory("scan-" + run, data), parameters);
                long t0 = System.nanoTime();
                RunReport report = runner.run(List.of(item), ProgressMonitor.NONE);
                millis[run] = (System.nanoTime() - t0) / 1e6;
                requireGood(report);
                store.forget(item.id());
            }
        }
        double[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        return new double[] {sorted[repeats / 2], sorted[0]};
    }

    /** ms of one run of 100 items: the three scans over and over, the first two elastic ones as named. */
    private static double hundredScans(PipelineDefinition pipeline, EntryFormat format, Map<String, SourceData> scans,
            Map<String, Object> parameters, int threads) {
        List<ItemSpec> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String scan = SCANS[i % SCANS.length];
            String alias = i < SCANS.length ? scan : scan + " #" + i;
            items.add(ItemSpec.loaded("item-" + i, alias, format.node().id(), new InMemory("item-" + i,
                    scans.get(scan)), parameters));
        }
        ResultStore store = new ResultStore(0);
        try (PipelineRunner runner = new PipelineRunner(pipeline, store, threads)) {
            long t0 = System.nanoTime();
            RunReport report = runner.run(items, ProgressMonitor.NONE);
            double millis = (System.nanoTime() - t0) / 1e6;
            requireGood(report);
            return millis;
        }
    }

    private static void requireGood(RunReport report) {
        if (!report.failures().isEmpty()) {
            throw new IllegalStateException("benchmark items failed: " + report.failures().get(0).alias() + ": "
                    + report.failures().get(0).message());
        }
    }

    /** A scan read before the clock starts; transforms never modify their inputs, so it is shared. */
    private record InMemory(String identity, SourceData data) implements ItemSource {
        @Override
        public Map<String, double[]> load() {
            return data.arrays();
        }

        @Override
        public SourceData read() {
            return data;
        }
    }
}
