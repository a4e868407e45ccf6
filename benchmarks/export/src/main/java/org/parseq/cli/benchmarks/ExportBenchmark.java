package org.parseq.cli.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.parseq.cli.ParseqCli;

/**
 * The export of N noisy copies of the 4096-point Cu foil at all nodes: {@code parseq batch}
 * end to end to NeXus ({@code --output nexus}), to text, and to NeXus with the plotting script,
 * on all cores: seconds for the run (the best of three) and megabytes written.
 * <p>
 * Usage: {@code ExportBenchmark [sharedDir] [N]}; the input files as {@link BatchOutputBenchmark} makes them.
 */
public final class ExportBenchmark {

    private static final String FORMAT = """
            {"node": "currents Tr", "columns": {"eraw": "Col1", "i0": "Col3+Col4", "itr": "Col5+Col6"},
             "comments": "#", "conversionFactors": {"i0": "µA", "itr": "µA"}}
            """;
    private static final List<List<String>> OUTPUTS = List.of(List.of("--output", "nexus"),
            List.of("--output", "text"), List.of("--output", "nexus", "--scripts"));

    private static final int REPEATS = 3;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int threads = Runtime.getRuntime().availableProcessors();
        Path temp = Files.createTempDirectory("parseq-export-bench");
        try {
            Path format = temp.resolve("format.json");
            Files.writeString(format, FORMAT);
            List<Path> files = BatchOutputBenchmark.noisyCopies(shared.resolve("data/parseq-xas/foils/Cu-foil_EXAFS_23068.dat"),
                    Files.createDirectory(temp.resolve("foils")), n);
            for (List<String> output : OUTPUTS) { // warm-up for the JIT
                run(format, files.subList(0, Math.min(20, n)), temp.resolve("warm-up"), threads, output);
                BatchOutputBenchmark.delete(temp.resolve("warm-up"));
            }
            System.out.printf("%6s %8s %-26s %9s %9s%n", "N", "threads", "output", "seconds", "MB");
            for (List<String> output : OUTPUTS) {
                Path out = temp.resolve("out");
                double best = Double.MAX_VALUE;
                long bytes = 0;
                for (int repeat = 0; repeat < REPEATS; repeat++) { // the first run also grows the heap
                    long start = System.nanoTime();
                    run(format, files, out, threads, output);
                    best = Math.min(best, (System.nanoTime() - start) / 1e9);
                    bytes = BatchOutputBenchmark.size(out);
                    BatchOutputBenchmark.delete(out);
                }
                System.out.printf("%6d %8d %-26s %9.1f %9.1f%n", n, threads, String.join(" ", output), best,
                        bytes / 1e6);
            }
        } finally {
            BatchOutputBenchmark.delete(temp);
        }
    }

    private static void run(Path format, List<Path> files, Path out, int threads, List<String> output) {
        List<String> args = new ArrayList<>(List.of("batch", "--pipeline", "xas", "--format", format.toString(),
                "--threads", Integer.toString(threads), "--out", out.toString()));
        args.addAll(output);
        files.forEach(f -> args.add(f.toString()));
        StringWriter err = new StringWriter();
        int status = ParseqCli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        if (status != 0) {
            throw new IllegalStateException("batch failed (" + status + "): " + err);
        }
    }
}
