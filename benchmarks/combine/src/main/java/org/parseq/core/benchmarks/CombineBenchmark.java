package org.parseq.core.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.parseq.core.combine.McrCombination;
import org.parseq.core.combine.McrComponent;
import org.parseq.core.combine.McrErrorBands;
import org.parseq.core.combine.McrResult;
import org.parseq.core.combine.McrSettings;
import org.parseq.core.combine.PcaCombination;
import org.parseq.core.combine.XRange;
import org.parseq.core.engine.AlignedArrays;
import org.parseq.core.engine.CombinationSpec;
import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.engine.RunReport;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.xas.pipeline.XasPipelineProvider;

/**
 * Seconds for the combinations of issue 12 on many spectra, through the core's engine on all
 * cores as the workbench and batch runs compute them: N spectra of P points (default 1000 ×
 * 4096) enter the XAS pipeline at µd and stop there; each a random mixture of three real Cu
 * references of cu-ref-mix.res (Cu foil, Cu₂O, CuO, put on a P-point grid) with ±0.001 noise,
 * so that three components are there to be found.
 * <ul>
 * <li>PCA (classic), 3 components: the decomposition of the P × N matrix, shared, and the
 * N × 3 items projected from it (every array of the node);</li>
 * <li>MCR-ALS, 3 components, initial S auto, S ≥ 0, the original's stopping rule and 1000
 * iterations at most: the decomposition and its 3 items; then its error bands (1000 random
 * rotations), which the combine panel and batch runs add.</li>
 * </ul>
 * Usage: {@code CombineBenchmark [sharedDir] [N] [P]}
 */
public final class CombineBenchmark {

    private static final String[] REFERENCES = {"cu-foil_ave1", "cu2o_ave2", "cuo_ave2"};

    private CombineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int spectra = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int points = args.length > 2 ? Integer.parseInt(args[2]) : 4096;
        int cores = Runtime.getRuntime().availableProcessors();
        PipelineDefinition pipeline = new XasPipelineProvider().createPipeline();
        double[][] references = references(shared.resolve("data/parseq-xas/cu-ref-mix.res"), points);
        double[] energy = references[0];
        List<ItemSpec> loaded = mixtures(energy, references, spectra);
        List<String> ids = loaded.stream().map(ItemSpec::id).toList();
        System.out.printf("%d spectra of %d points, %d cores%n", spectra, points, cores);

        try (PipelineRunner runner = new PipelineRunner(pipeline, new ResultStore(0), cores)) {
            double seconds = timed(() -> check(runner.run(loaded, ProgressMonitor.NONE)));
            System.out.printf("loading them at µd (not part of the figures below): %.2f s%n", seconds);

            AlignedArrays parents = aligned(runner, pipeline, loaded);
            seconds = timed(() -> new PcaCombination(PcaCombination.Kind.CLASSIC, 3, "mu", XRange.ALL)
                    .decomposition(parents));
            System.out.printf("PCA decomposition alone (DᵀD, eigenvectors), 1 core: %.2f s%n", seconds);
            PcaCombination pca = new PcaCombination(PcaCombination.Kind.CLASSIC, 3, "mu", XRange.ALL);
            List<ItemSpec> pcaItems = new ArrayList<>(loaded);
            for (int i = 0; i < spectra; i++) {
                for (int j = 1; j <= 3; j++) {
                    pcaItems.add(combined("pca-" + i + "-" + j, new CombinationSpec(pca.item(i, j), "mu", ids)));
                }
            }
            seconds = timed(() -> check(runner.run(pcaItems, ProgressMonitor.NONE)));
            System.out.printf("PCA, 3 components: decomposition and %d items: %.2f s%n", 3 * spectra, seconds);

            McrSettings settings = McrSettings.DEFAULT;
            List<McrComponent> components = List.of(McrComponent.auto(), McrComponent.auto(), McrComponent.auto());
            McrCombination mcr = new McrCombination(components, settings, "mu", XRange.ALL);
            List<ItemSpec> mcrItems = new ArrayList<>(loaded);
            for (int k = 1; k <= 3; k++) {
                mcrItems.add(combined("mcr-" + k, new CombinationSpec(mcr.item(k), "mu", ids)));
            }
            seconds = timed(() -> check(runner.run(mcrItems, ProgressMonitor.NONE)));
            McrResult result = mcr.decomposition(parents);
            System.out.printf("MCR-ALS, 3 components: decomposition and its 3 items: %.2f s (%d iterations, %s)%n",
                    seconds, result.iterations(), result.converged() ? "stopped by its rule" : "iteration limit");
            McrErrorBands[] bands = new McrErrorBands[1];
            seconds = timed(() -> bands[0] = mcr.errorBands(parents));
            System.out.printf("MCR-ALS error bands (%d rotations): %.2f s%n", settings.bandSamples(), seconds);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void check(RunReport report) {
        if (!report.failures().isEmpty()) {
            throw new IllegalStateException("the run failed: " + report.failures().get(0));
        }
    }

    private static ItemSpec combined(String id, CombinationSpec combination) {
        return new ItemSpec(id, id, "mu", "mu", null, combination, Map.of());
    }

    private static AlignedArrays aligned(PipelineRunner runner, PipelineDefinition pipeline, List<ItemSpec> items) {
        List<NodeResult> results = new ArrayList<>();
        for (ItemSpec item : items) {
            results.add(runner.store().resultOrEmpty(item.id(), "mu"));
        }
        return AlignedArrays.of(pipeline.requireNode("mu"), results, items.stream().map(ItemSpec::alias).toList());
    }

    /** N random mixtures of the references with noise, as items entering at µd and stopping there. */
    private static List<ItemSpec> mixtures(double[] energy, double[][] references, int count) {
        SplittableRandom random = new SplittableRandom(12);
        List<ItemSpec> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] weights = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
            double sum = weights[0] + weights[1] + weights[2];
            double[] mu = new double[energy.length];
            for (int p = 0; p < mu.length; p++) {
                for (int r = 0; r < 3; r++) {
                    mu[p] += weights[r] / sum * references[r + 1][p];
                }
                mu[p] += 0.001 * random.nextDouble(-1, 1);
            }
            String id = "spectrum-" + i;
            ItemSource source = new ItemSource() {
                @Override
                public Object identity() {
                    return id;
                }

                @Override
                public Map<String, double[]> load() {
                    return Map.of("e", energy.clone(), "mu", mu.clone());
                }
            };
            // E0 from the derivative maximum: the centre of mass of a noisy derivative may miss the edge
            items.add(ItemSpec.loaded(id, id, "mu", source, Map.of("e0Method", 0)).withStopNode("mu"));
        }
        return items;
    }

    /** The energy grid of P points over the file's range and the three references interpolated onto it. */
    private static double[][] references(Path file, int points) throws IOException {
        List<String> names;
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            names = List.of(in.readLine().strip().split("\\s+"));
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(java.util.Arrays.stream(line.strip().split("\\s+")).mapToDouble(Double::parseDouble)
                            .toArray());
                }
            }
        }
        double[] e = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[][] result = new double[4][points];
        for (int p = 0; p < points; p++) {
            result[0][p] = e[0] + (e[e.length - 1] - e[0]) * p / (points - 1);
        }
        for (int r = 0; r < 3; r++) {
            int column = names.indexOf(REFERENCES[r]);
            if (column < 0) {
                throw new IllegalStateException(file + " has no column " + REFERENCES[r]);
            }
            int segment = 0;
            for (int p = 0; p < points; p++) {
                double x = result[0][p];
                while (segment < e.length - 2 && x > e[segment + 1]) {
                    segment++;
                }
                double t = (x - e[segment]) / (e[segment + 1] - e[segment]);
                result[r + 1][p] = rows.get(segment)[column] + t * (rows.get(segment + 1)[column]
                        - rows.get(segment)[column]);
            }
        }
        return result;
    }
}
