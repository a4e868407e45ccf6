package org.parseq.cli.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.parseq.cli.ParseqCli;

/**
 * {@code parseq batch} end to end (reading, µ → χ → FT → BFT, writing) on N noisy copies of the
 * 4096-point Cu-foil scan, with the text output, {@code --output hdf5}, and {@code --output hdf5
 * --nodes chi,ft}, on one core and on all: milliseconds per spectrum, output bytes per spectrum
 * and the peak heap of the run; items that fail (a noisy copy whose E0 search fails) are counted, and the
 * run goes on.
 * <p>
 * Usage: {@code BatchOutputBenchmark [sharedDir] [N]}
 */
public final class BatchOutputBenchmark {

    private static final String FORMAT = """
            {"node": "currents Tr", "columns": {"eraw": "Col1", "i0": "Col3+Col4", "itr": "Col5+Col6"},
             "comments": "#", "conversionFactors": {"i0": "µA", "itr": "µA"}}
            """;
    private static final List<List<String>> OUTPUTS = List.of(List.of("--output", "text"),
            List.of("--output", "hdf5"), List.of("--output", "hdf5", "--nodes", "chi,ft"));

    private BatchOutputBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int cores = Runtime.getRuntime().availableProcessors();
        Path temp = Files.createTempDirectory("parseq-batch-output-bench");
        try {
            Path format = temp.resolve("format.json");
            Files.writeString(format, FORMAT);
            List<Path> files = noisyCopies(shared.resolve("data/parseq-xas/foils/Cu-foil_EXAFS_23068.dat"),
                    Files.createDirectory(temp.resolve("foils")), n);
            run(format, files.subList(0, Math.min(20, n)), temp.resolve("warm-up"), 1, OUTPUTS.get(1)); // JIT
            run(format, files.subList(0, Math.min(20, n)), temp.resolve("warm-up"), 1, OUTPUTS.get(0));
            System.out.printf("%6s %8s %-28s %12s %14s %9s %7s%n", "N", "threads", "output", "ms/spectrum",
                    "bytes/spectrum", "peak MiB", "failed");
            for (int threads : cores == 1 ? new int[] {1} : new int[] {1, cores}) {
                for (List<String> output : OUTPUTS) {
                    Path out = temp.resolve("out");
                    long start = System.nanoTime();
                    Outcome outcome = run(format, files, out, threads, output);
                    double ms = (System.nanoTime() - start) / 1e6 / n;
                    System.out.printf("%6d %8d %-28s %12.3f %14d %9.0f %7d%n", n, threads, String.join(" ", output), ms,
                            size(out) / n, outcome.peakMiB(), outcome.failed());
                    delete(out);
                }
            }
        } finally {
            delete(temp);
        }
    }

    /**
     * @param peakMiB the peak heap of the run
     * @param failed  items that failed (a noisy copy whose E0 search fails is counted, not fatal)
     */
    private record Outcome(double peakMiB, long failed) {
    }

    private static final Pattern FAILED = Pattern.compile("items done, (\\d+) failed");

    private static Outcome run(Path format, List<Path> files, Path out, int threads, List<String> output)
            throws IOException {
        delete(out); // a batch refuses to overwrite the output of an earlier run
        List<String> args = new ArrayList<>(List.of("batch", "--pipeline", "xas", "--format", format.toString(),
                "--threads", Integer.toString(threads), "--out", out.toString()));
        args.addAll(output);
        files.forEach(f -> args.add(f.toString()));
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        StringWriter err = new StringWriter();
        int status = ParseqCli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        double peakMiB = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
        Matcher failed = FAILED.matcher(err.toString());
        if (status == 1 && failed.find()) {
            // some items failed, the run went on: say why once, count them in the table
            err.toString().lines().filter(line -> !line.contains("items done")).limit(1).forEach(System.err::println);
            return new Outcome(peakMiB, Long.parseLong(failed.group(1)));
        }
        if (status != 0) {
            throw new IllegalStateException("batch failed (" + status + "): " + err);
        }
        return new Outcome(peakMiB, 0);
    }

    /** Copies whose four current columns carry a relative Gaussian noise of 1e-4, seeded by the copy's number. */
    static List<Path> noisyCopies(Path original, Path folder, int count) throws IOException {
        List<String> lines = Files.readAllLines(original, StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>(count);
        for (int copy = 0; copy < count; copy++) {
            Path file = folder.resolve(String.format("Cu-foil_%06d.dat", copy));
            writeNoisyCopy(lines, copy, file);
            files.add(file);
        }
        return files;
    }

    /** One noisy copy of the original's lines, written under a temporary name and renamed when whole. */
    static void writeNoisyCopy(List<String> lines, int copy, Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(copy);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                String[] fields = line.strip().split("\\s+");
                if (!line.startsWith("#") && fields.length > 6) {
                    for (int column = 3; column <= 6; column++) {
                        fields[column] = Double.toString(
                                Double.parseDouble(fields[column]) * (1 + 1e-4 * random.nextGaussian()));
                    }
                    line = String.join(" ", fields);
                }
                out.write(line);
                out.newLine();
            }
        }
        Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static long size(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static void delete(Path folder) throws IOException {
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
