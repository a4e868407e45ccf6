package org.parseq.xas.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

import org.parseq.core.engine.FitSpec;
import org.parseq.core.engine.FitStatus;
import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.engine.RunReport;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.xas.pipeline.XasPipelineProvider;

/**
 * Milliseconds per item of fits run by the engine, on one core and on all cores: an LCF of
 * µd by three references (Cu foil, Cu2O, CuO; weights and shifts) and a two-shell EXAFS fit
 * (Cu–Cu 2.55 and 3.61 Å from FEFF) of the BFT. Items are noisy copies of the reference
 * re-runs' arrays (reference/parseq-xas/projects). A first run computes the nodes; the timed
 * runs change only the fits' settings, so that only the fits run. ms/item is the time one core
 * spends on one item (wall time × threads / items); items/s is the throughput of all threads.
 * <p>
 * Usage: {@code XasFitBenchmark [sharedDir] [items] [repeats]}
 */
public final class XasFitBenchmark {

    private XasFitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        PipelineDefinition pipeline = new XasPipelineProvider().createPipeline();
        Path projects = shared.resolve("reference/parseq-xas/projects");
        int cores = Runtime.getRuntime().availableProcessors();
        // JIT warm-up of both fits before anything is measured
        measure(pipeline, lcfItems(projects, n), 1, repeats, XasFitBenchmark::lcf);
        measure(pipeline, exafsItems(projects, n), 1, repeats, shift -> exafs(shared, shift));
        System.out.printf("%-22s %6s %8s %12s %14s%n", "fit", "items", "threads", "ms/item", "items/s");
        for (int threads : cores == 1 ? new int[] {1} : new int[] {1, cores}) {
            report("LCF, 3 references", n, threads, measure(pipeline, lcfItems(projects, n), threads, repeats,
                    XasFitBenchmark::lcf));
            report("EXAFS fit, 2 shells", n, threads, measure(pipeline, exafsItems(projects, n), threads, repeats,
                    shift -> exafs(shared, shift)));
        }
    }

    private static void report(String what, int n, int threads, double millisPerRun) {
        System.out.printf("%-22s %6d %8d %12.2f %14.1f%n", what, n, threads, millisPerRun / n * threads,
                n / (millisPerRun / 1000));
    }

    private interface FitFactory {
        FitSpec fit(double variation);
    }

    /** Mean milliseconds of a run that fits every item anew; each run varies the fits' settings slightly. */
    private static double measure(PipelineDefinition pipeline, List<ItemSpec> items, int threads, int repeats,
            FitFactory fits) {
        ResultStore store = new ResultStore(0);
        try (PipelineRunner runner = new PipelineRunner(pipeline, store, threads)) {
            runner.run(withFits(items, fits.fit(0)), ProgressMonitor.NONE); // nodes, and JIT warm-up
            runner.run(withFits(items, fits.fit(1e-7)), ProgressMonitor.NONE);
            long total = 0;
            for (int r = 0; r < repeats; r++) {
                List<ItemSpec> run = withFits(items, fits.fit((r + 2) * 1e-7));
                long t0 = System.nanoTime();
                RunReport report = runner.run(run, ProgressMonitor.NONE);
                total += System.nanoTime() - t0;
                long fitted = run.stream().filter(i -> !i.fits().isEmpty())
                        .filter(i -> store.fit(i.id(), i.fits().get(0).kind())
                                .map(f -> f.status() == FitStatus.FITTED).orElse(false)).count();
                if (r == 0) {
                    System.out.println("  " + fitted + " items fitted, " + report.failures().size() + " failures"
                            + (report.failures().isEmpty() ? "" : ": " + report.failures().get(0).message()));
                }
            }
            return total / 1e6 / repeats;
        }
    }

    private static List<ItemSpec> withFits(List<ItemSpec> items, FitSpec fit) {
        return items.stream().map(i -> i.alias().startsWith("ref") ? i : i.withFits(List.of(fit))).toList();
    }

    private static List<ItemSpec> lcfItems(Path projects, int n) throws Exception {
        List<ItemSpec> items = new ArrayList<>();
        for (String ref : List.of("cu-foil", "cu2o", "cuo")) {
            double[][] mu = columns(projects.resolve("Cu-LCF").resolve(ref).resolve("1_mu.txt.gz"));
            items.add(ItemSpec.loaded("ref " + ref, "ref " + ref, "mu", new Arrays("ref" + ref, Map.of("e", mu[0],
                    "mu", mu[1]), 0, 0), Map.of()));
        }
        double[][] mix = columns(projects.resolve("Cu-LCF").resolve("mix1").resolve("1_mu.txt.gz"));
        for (int i = 0; i < n; i++) {
            items.add(ItemSpec.loaded("mix" + i, "mix" + i, "mu",
                    new Arrays("mix" + i, Map.of("e", mix[0], "mu", mix[1]), i + 1, 1e-4), Map.of()));
        }
        return items;
    }

    private static FitSpec lcf(double variation) {
        List<Object> params = new ArrayList<>();
        for (String ref : List.of("cu-foil", "cu2o", "cuo")) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", "ref " + ref);
            c.put("use", true);
            c.put("w", 0.3 + variation);
            c.put("wBounds", List.of(0.0, 1.0, 0.01));
            c.put("dx", 0.0);
            c.put("dxBounds", List.of(-1.0, 1.0, 0.01));
            params.add(c);
        }
        return new FitSpec("lcf", "mu", Map.of("params", params, "xRange", List.of(8960.0, 9100.0)));
    }

    private static List<ItemSpec> exafsItems(Path projects, int n) throws Exception {
        double[][] bft = columns(projects.resolve("Cu").resolve("Cu_lnt1").resolve("4_bft.txt.gz"));
        Map<String, Object> parameters = Map.of("krange", List.of(1.9728709917971665, 17.889033557279422),
                "ftWindowKind", "cosine-tapered", "ftWindowProp", List.of(7.958081282741128, 0.08812018776082012),
                "bftWindowRange", List.of(1.25, 3.0));
        List<ItemSpec> items = new ArrayList<>();
        double[] window = new double[bft[0].length];
        java.util.Arrays.fill(window, 1);
        for (int i = 0; i < n; i++) {
            items.add(ItemSpec.loaded("cu" + i, "cu" + i, "bft", new Arrays("cu" + i,
                    Map.of("bftk", bft[0], "bft", bft[1], "bftwindow", window), i + 1, 1e-3), parameters));
        }
        return items;
    }

    private static FitSpec exafs(Path shared, double variation) {
        Path feff = shared.resolve("data/parseq-xas/foils/FEFF/Cu").toAbsolutePath();
        List<Object> params = List.of(shell(2.55 + variation, 12), shell(3.61, 6),
                Map.of("s0", Map.of("value", 1.0, "tie", "fixed", "lim", List.of(0.5, 1.0))));
        List<Object> aux = List.of(List.of(feff.resolve("feff0001.dat").toString(), 12.0, "Cu-Cu", 2.5527, "8.20", 14, 1),
                List.of(feff.resolve("feff0002.dat").toString(), 6.0, "Cu-Cu", 3.61, "8.20", 14, 1));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("params", params);
        s.put("aux", aux);
        s.put("kRange", List.of(3.0, 16.0));
        s.put("k_use", true);
        s.put("rRange", null);
        s.put("r_use", false);
        return new FitSpec("exafsfit", "bft", s);
    }

    private static Map<String, Object> shell(double r, double n) {
        return Map.of("r", Map.of("value", r, "lim", List.of(r - 0.3, r + 0.3)),
                "n", Map.of("value", n, "lim", List.of(n / 2, n * 2)),
                "s", Map.of("value", 0.005, "lim", List.of(0.0, 0.1)),
                "e", Map.of("value", 5.0, "lim", List.of(-15.0, 15.0)));
    }

    /** Arrays in memory with a small seeded noise on the second one, so that the items differ. */
    private record Arrays(String name, Map<String, double[]> arrays, long seed, double noise) implements ItemSource {
        @Override
        public Object identity() {
            return name;
        }

        @Override
        public Map<String, double[]> load() {
            Map<String, double[]> copy = new LinkedHashMap<>();
            SplittableRandom random = new SplittableRandom(seed);
            arrays.forEach((k, v) -> {
                double[] c = v.clone();
                if (noise > 0 && (k.equals("mu") || k.equals("bft"))) {
                    for (int i = 0; i < c.length; i++) {
                        c[i] += noise * (random.nextDouble() - 0.5);
                    }
                }
                copy.put(k, c);
            });
            return copy;
        }
    }

    private static double[][] columns(Path gz) throws Exception {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+");
                double[] row = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    row[i] = Double.parseDouble(parts[i]);
                }
                rows.add(row);
            }
        }
        double[][] out = new double[rows.get(0).length][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < out.length; c++) {
                out[c][r] = rows.get(r)[c];
            }
        }
        return out;
    }
}
