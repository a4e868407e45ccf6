package org.parseq.cli.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.parseq.cli.ParseqCli;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.io.DataFormatException;
import org.parseq.io.source.EntryFormat;
import org.parseq.io.source.FileItemSource;
import org.parseq.io.source.FileSourceResolver;

/**
 * One configuration of {@code parseq batch} run several times in one JVM on N noisy copies of the
 * 4096-point Cu-foil scan (the copies of benchmarks/batch-output: relative Gaussian noise of 1e-4 on the
 * four current columns, seeded by the copy's number), for profiling and for before/after comparisons:
 * each repeat's milliseconds per spectrum (wall clock, and the CPU time of the whole JVM, GC and JIT
 * included, which a machine shared with other work disturbs less), then the medians, the spread, the
 * peak heap and the output bytes per spectrum. The copies are kept in {@code FOILS_DIR} between calls, so that a profile (Java
 * Flight Recorder on this JVM) sees the batch and not the generation.
 * <p>
 * Usage: {@code BatchProfileBenchmark SHARED_DIR FOILS_DIR N THREADS REPEATS [batch output options...]},
 * e.g. {@code ... 1000 1 5 --output hdf5 --nodes chi,ft}; with no options the default text output.
 */
public final class BatchProfileBenchmark {

    private static final String FORMAT = """
            {"node": "currents Tr", "columns": {"eraw": "Col1", "i0": "Col3+Col4", "itr": "Col5+Col6"},
             "comments": "#", "conversionFactors": {"i0": "µA", "itr": "µA"}}
            """;

    private BatchProfileBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: BatchProfileBenchmark SHARED_DIR FOILS_DIR N THREADS REPEATS [options...]");
            System.exit(2);
        }
        Path shared = Path.of(args[0]);
        Path foils = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int repeats = Integer.parseInt(args[4]);
        List<String> options = List.of(args).subList(5, args.length);
        List<Path> files = foils(shared.resolve("data/parseq-xas/foils/Cu-foil_EXAFS_23068.dat"), foils, n);
        Path format = foils.resolve("format.json");
        Files.writeString(format, FORMAT);
        readOnly(files);
        Path out = Files.createTempDirectory("parseq-batch-profile").resolve("out");
        run(format, files.subList(0, Math.min(50, n)), out, threads, options); // JIT
        delete(out);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] ms = new double[repeats];
        double[] cpu = new double[repeats];
        double peak = 0;
        long bytes = 0;
        for (int r = 0; r < repeats; r++) {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            run(format, files, out, threads, options);
            ms[r] = (System.nanoTime() - start) / 1e6 / n;
            cpu[r] = (os.getProcessCpuTime() - cpuStart) / 1e6 / n;
            peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0);
            bytes = size(out) / n;
            delete(out);
            System.out.printf("repeat %d: %.3f ms/spectrum, %.3f ms of CPU/spectrum%n", r + 1, ms[r], cpu[r]);
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double[] sortedCpu = cpu.clone();
        Arrays.sort(sortedCpu);
        System.out.printf("N=%d threads=%d %s: median %.3f ms/spectrum (min %.3f, max %.3f), CPU %.3f ms/spectrum"
                + " (min %.3f, max %.3f), peak heap %.0f MiB, %d bytes/spectrum%n", n, threads,
                options.isEmpty() ? "text" : String.join(" ", options), sorted[repeats / 2], sorted[0],
                sorted[repeats - 1], sortedCpu[repeats / 2], sortedCpu[0], sortedCpu[repeats - 1], peak, bytes);
        delete(out.getParent());
    }

    /**
     * The reading alone, as the batch reads each file (the format resolved for the XAS pipeline, every
     * array of the entry node): CPU milliseconds per spectrum of this thread, median of three passes
     * after one that warms up, so that the table can say what share of a spectrum's time is reading.
     */
    private static void readOnly(List<Path> files) throws IOException {
        PipelineDefinition pipeline = PipelineRegistry.fromServiceLoader(BatchProfileBenchmark.class.getClassLoader())
                .pipeline("xas").orElseThrow();
        EntryFormat format;
        try {
            format = new FileSourceResolver(pipeline).entryFormat(FORMAT, "format.json");
        } catch (DataFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] ms = new double[3];
        long points = 0;
        for (int pass = -1; pass < ms.length; pass++) {
            long start = cpu.getCurrentThreadCpuTime();
            for (Path file : files) {
                try {
                    points += new FileItemSource(file, null, format).read().arrays().get("eraw").length;
                } catch (DataFormatException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
            if (pass >= 0) {
                ms[pass] = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / files.size();
            }
        }
        Arrays.sort(ms);
        System.out.printf("reading alone: %.3f ms of CPU/spectrum (min %.3f, max %.3f; %d points per spectrum)%n",
                ms[1], ms[0], ms[2], points / (ms.length + 1) / files.size());
    }

    private static void run(Path format, List<Path> files, Path out, int threads, List<String> options) {
        List<String> args = new ArrayList<>(List.of("batch", "--pipeline", "xas", "--format", format.toString(),
                "--threads", Integer.toString(threads), "--out", out.toString()));
        args.addAll(options);
        files.forEach(f -> args.add(f.toString()));
        StringWriter err = new StringWriter();
        int status = ParseqCli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        if (status == 2 || status > 1) {
            throw new IllegalStateException("batch failed (" + status + "): " + err);
        }
    }

    /** The noisy copies, written once into {@code folder} and reused while they are there. */
    private static List<Path> foils(Path original, Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        List<String> lines = Files.readAllLines(original, StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>(count);
        for (int copy = 0; copy < count; copy++) {
            Path file = folder.resolve(String.format("Cu-foil_%06d.dat", copy));
            files.add(file);
            if (Files.exists(file)) {
                continue;
            }
            BatchOutputBenchmark.writeNoisyCopy(lines, copy, file);
        }
        return files;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            long total = 0;
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
