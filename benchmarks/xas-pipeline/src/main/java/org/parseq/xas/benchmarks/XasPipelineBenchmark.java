package org.parseq.xas.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.engine.RunReport;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.source.EntryFormat;
import org.parseq.io.source.FileItemSource;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.xas.pipeline.XasPipelineProvider;

/**
 * Milliseconds per spectrum through µ → χ → FT → BFT with the core's {@link PipelineRunner}
 * and the default parameters, on N noisy copies of the 4096-point Cu-foil scan written to a
 * temporary folder: with parsing (items read by the engine from their files) and without it
 * (files read into memory before the clock starts), serially and on all cores, with the peak
 * heap of each measurement. Items run in chunks whose results are dropped after the chunk, as
 * a batch run does, so the heap does not grow with N.
 * <p>
 * Usage: {@code XasPipelineBenchmark [sharedDir] [N,N,...] [largest N measured without parsing]}
 */
public final class XasPipelineBenchmark {

    private static final int CHUNK = 256;
    private static final String FORMAT = """
            {"node": "currents Tr", "columns": {"eraw": "Col1", "i0": "Col3+Col4", "itr": "Col5+Col6"},
             "conversionFactors": {"i0": "µA", "itr": "µA"}}
            """;

    private XasPipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int[] sizes = Arrays.stream((args.length > 1 ? args[1] : "1,100,1000,10000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int excludedUpTo = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        int cores = Runtime.getRuntime().availableProcessors();
        PipelineDefinition pipeline = new XasPipelineProvider().createPipeline();
        EntryFormat format = new FileSourceResolver(pipeline).entryFormat(FORMAT, "benchmark format");
        Path temp = Files.createTempDirectory("parseq-xas-pipeline-bench");
        try {
            List<Path> files = writeNoisyCopies(shared.resolve("data/parseq-xas/foils/Cu-foil_EXAFS_23068.dat"),
                    temp, Arrays.stream(sizes).max().orElse(1));
            measure(pipeline, format, files.subList(0, Math.min(files.size(), 20)), 1, true); // JIT warm-up
            System.out.printf("%6s %8s %8s %14s %14s %9s %8s %7s%n", "N", "parsing", "threads", "ms/spectrum",
                    "total s", "peak MiB", "GC ms", "failed");
            for (int n : sizes) {
                for (boolean parsing : new boolean[] {true, false}) {
                    if (!parsing && n > excludedUpTo) {
                        continue;
                    }
                    for (int threads : cores == 1 ? new int[] {1} : new int[] {1, cores}) {
                        Measurement m = measure(pipeline, format, files.subList(0, n), threads, parsing);
                        System.out.printf("%6d %8s %8d %14.3f %14.1f %9.0f %8d %7d%n", n,
                                parsing ? "included" : "excluded", threads, m.millis / n, m.millis / 1000,
                                m.peakHeapBytes / 1048576.0, m.gcMillis, m.failedItems);
                    }
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(temp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Measurement(double millis, long peakHeapBytes, long gcMillis, int failedItems) {
    }

    private static Measurement measure(PipelineDefinition pipeline, EntryFormat format, List<Path> files, int threads,
            boolean parsing) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcBefore = gcMillis();
        long elapsed = 0;
        int failedItems = 0;
        ResultStore store = new ResultStore(0);
        try (PipelineRunner runner = new PipelineRunner(pipeline, store, threads)) {
            for (int start = 0; start < files.size(); start += CHUNK) {
                List<ItemSpec> items = new ArrayList<>();
                for (int i = start; i < Math.min(files.size(), start + CHUNK); i++) {
                    ItemSource file = new FileItemSource(files.get(i), null, format);
                    ItemSource source = parsing ? file : new InMemory(i, file.load());
                    items.add(ItemSpec.loaded("item-" + i, files.get(i).getFileName().toString(),
                            format.node().id(), source, Map.of()));
                }
                long t0 = System.nanoTime();
                RunReport report = runner.run(items, ProgressMonitor.NONE);
                elapsed += System.nanoTime() - t0;
                // A noisy copy may fail (e.g. an E0 outside the data); it is reported with the
                // node and reason and counted, never fatal. One line per item: the first node
                // that failed (the nodes below it are not computed).
                List<String> order = pipeline.topologicalNodes().stream().map(node -> node.id()).toList();
                Map<String, RunReport.Failure> firstPerItem = new java.util.TreeMap<>();
                report.failures().forEach(f -> firstPerItem.merge(f.itemId(), f,
                        (a, b) -> order.indexOf(a.nodeId()) <= order.indexOf(b.nodeId()) ? a : b));
                firstPerItem.values().forEach(f -> System.out.println("  failed: " + f.alias() + " at " + f.nodeId()
                        + ": " + f.message()));
                failedItems += firstPerItem.size();
                items.forEach(item -> store.forget(item.id()));
            }
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measurement(elapsed / 1e6, peak, gcMillis() - gcBefore, failedItems);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    /** Arrays read before the clock starts; each run gets copies, as a file read would. */
    private record InMemory(int index, Map<String, double[]> arrays) implements ItemSource {
        @Override
        public Object identity() {
            return index;
        }

        @Override
        public Map<String, double[]> load() {
            return Map.of("eraw", arrays.get("eraw").clone(), "i0", arrays.get("i0").clone(), "itr",
                    arrays.get("itr").clone());
        }
    }

    /** Copies whose four current columns carry a relative Gaussian noise of 1e-4, seeded by the copy's number. */
    private static List<Path> writeNoisyCopies(Path original, Path folder, int count) throws IOException {
        List<String> lines = Files.readAllLines(original, StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>(count);
        for (int copy = 0; copy < count; copy++) {
            SplittableRandom random = new SplittableRandom(copy);
            Path file = folder.resolve(String.format("Cu-foil_%05d.dat", copy));
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    if (line.startsWith("#") || line.isBlank()) {
                        out.write(line);
                    } else {
                        String[] fields = line.strip().split("\\s+");
                        for (int c = 3; c <= 6 && c < fields.length; c++) {
                            double value = Double.parseDouble(fields[c]) * (1 + 1e-4 * random.nextGaussian());
                            fields[c] = Double.toString(value);
                        }
                        out.write(String.join(" ", fields));
                    }
                    out.newLine();
                }
            }
            files.add(file);
        }
        return files;
    }
}
