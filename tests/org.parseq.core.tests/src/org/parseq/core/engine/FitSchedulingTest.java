package org.parseq.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parseq.core.fit.FunctionFitKind;
import org.parseq.core.fit.LinearCombinationFitKind;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;

/**
 * Fits scheduled by the engine: a linear combination of two reference items and a Gaussian
 * function fit on the one node of a small pipeline, run after the node, stale exactly when the
 * node's data, a reference's data or the fit's settings change, identical serial and parallel,
 * and failures that name the item and what is wrong while the other items fit.
 */
class FitSchedulingTest {

    private static final int POINTS = 400;

    private final PipelineDefinition pipeline = new PipelineDefinition("fits", "fits",
            List.of(new NodeDefinition("a", "A", List.of(ArrayDefinition.of("x", ArrayRole.X),
                    ArrayDefinition.of("y", ArrayRole.Y)))),
            List.of(), List.of(new LinearCombinationFitKind("a", "x", "y", null, null),
                    new FunctionFitKind("a", "x", "y")));

    /** y = Σ amplitude·exp(−(x − centre)²/(2 width²)) over the peaks given as triples; a seed adds a small wobble. */
    private record Peaks(double[] peaks, long seed, boolean broken) implements ItemSource {
        @Override
        public Object identity() {
            return List.of(java.util.Arrays.toString(peaks), seed, broken);
        }

        @Override
        public Map<String, double[]> load() {
            if (broken) {
                throw new IllegalStateException("the file is damaged");
            }
            double[] x = new double[POINTS];
            double[] y = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                x[i] = i * 0.05;
                for (int p = 0; p < peaks.length; p += 3) {
                    y[i] += peaks[p] * Math.exp(-Math.pow(x[i] - peaks[p + 1], 2) / (2 * peaks[p + 2] * peaks[p + 2]));
                }
                y[i] += 1e-4 * Math.sin(i * 0.7 + seed);
            }
            return Map.of("x", x, "y", y);
        }
    }

    private static ItemSpec item(String alias, List<FitSpec> fits, double... peaks) {
        return ItemSpec.loaded(alias, alias, "a", new Peaks(peaks, alias.hashCode(), false), Map.of()).withFits(fits);
    }

    private static Map<String, Object> component(String name, double w) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("use", true);
        c.put("w", w);
        c.put("wBounds", List.of(0.0, 1.0, 0.01));
        c.put("dx", 0.0);
        c.put("dxBounds", List.of(-0.5, 0.5, 0.01));
        return c;
    }

    private static FitSpec lcf(Object xRange, Map<String, Object>... components) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("params", List.of(components));
        s.put("xRange", xRange);
        return new FitSpec("lcf", "a", s);
    }

    private static FitSpec gaussian(String centreTie) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("a", Map.of("value", 1.0, "step", 0.1, "lim", List.of(0.0, 10.0)));
        params.put("m", centreTie == null ? Map.of("value", 9.0, "step", 0.1)
                : Map.of("value", 9.0, "step", 0.1, "tie", centreTie));
        params.put("s", Map.of("value", 1.0, "step", 0.1, "lim", List.of(0.05, 5.0)));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("formula", "a*gau(x, m, s)");
        s.put("params", params);
        s.put("xRange", null);
        return new FitSpec("ffit", "a", s);
    }

    private List<ItemSpec> mixtureRun(FitSpec mixFit) {
        return List.of(item("ref1", List.of(), 1.0, 8.0, 0.6), item("ref2", List.of(), 0.8, 11.0, 1.2),
                item("mix", List.of(mixFit), 0.3, 8.0, 0.6, 0.7 * 0.8, 11.0, 1.2));
    }

    private static RunReport run(PipelineDefinition pipeline, ResultStore store, List<ItemSpec> items, int threads) {
        try (PipelineRunner runner = new PipelineRunner(pipeline, store, threads)) {
            return runner.run(items, ProgressMonitor.NONE);
        }
    }

    @Test
    void aLinearCombinationFitFindsTheWeightsAndAddsModelAndResidualToTheNode() {
        ResultStore store = new ResultStore();
        RunReport report = run(pipeline, store,
                mixtureRun(lcf(List.of(5.0, 15.0), component("ref1", 0.5), component("ref2", 0.5))), 1);
        assertTrue(report.failures().isEmpty(), report.failures().toString());
        assertTrue(report.computed("mix", "a"));
        FitRecord fit = store.fit("mix", "lcf").orElseThrow();
        assertEquals(FitStatus.FITTED, fit.status(), fit.message());
        assertEquals(0.3, fit.outcome().result().first().parameter("w1").value(), 1e-3);
        assertEquals(0.7, fit.outcome().result().first().parameter("w2").value(), 1e-3);
        assertEquals(0.0, fit.outcome().result().first().parameter("dx1").value(), 1e-3);
        assertEquals(POINTS, fit.arrays().get("lcf_fit").length);
        assertEquals(POINTS, fit.arrays().get("lcf_residual").length);
        assertEquals(List.of(fit), store.fitsAt("mix", "a"));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) ((List<?>) fit.outcome().report().get("lcf_params")).get(0);
        assertEquals("ref1", first.get("name"));
        assertEquals(0.3, (Double) first.get("w"), 1e-3);
        assertTrue((Double) first.get("wError") > 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) fit.outcome().report().get("lcf_result");
        assertEquals(4, result.get("nparam"));
        assertTrue((Double) result.get("R") < 1e-6);
    }

    @Test
    void aFitRunsAgainExactlyWhenItsSettingsItsDataOrAReferenceChange() {
        ResultStore store = new ResultStore();
        FitSpec fit = lcf(List.of(5.0, 15.0), component("ref1", 0.5), component("ref2", 0.5));
        List<ItemSpec> items = mixtureRun(fit);
        run(pipeline, store, items, 2);
        assertTrue(run(pipeline, store, items, 2).computed().isEmpty(), "nothing changed");

        FitSpec narrower = lcf(List.of(6.0, 14.0), component("ref1", 0.5), component("ref2", 0.5));
        RunReport settingsChanged = run(pipeline, store, mixtureRun(narrower), 2);
        assertEquals(List.of(new RunReport.Stage("mix", "a", "fit lcf")), settingsChanged.computed());

        List<ItemSpec> newReference = new ArrayList<>(mixtureRun(narrower));
        newReference.set(0, item("ref1", List.of(), 1.0, 8.1, 0.6));
        RunReport referenceChanged = run(pipeline, store, newReference, 2);
        assertTrue(referenceChanged.computed().contains(new RunReport.Stage("mix", "a", "fit lcf")));
        assertTrue(referenceChanged.computed().contains(new RunReport.Stage("ref1", "a", "read")));

        RunReport undone = run(pipeline, store, items, 2);
        assertFalse(undone.computed().stream().anyMatch(s -> s.madeBy().startsWith("fit")),
                "going back to earlier settings and data takes the earlier fit back: " + undone.computed());
        assertEquals(fit.settings(), store.fit("mix", "lcf").orElseThrow().key().settings());
        assertTrue(undone.restored() >= 2, "the node of ref1 and the fit come back: " + undone.restored());

        run(pipeline, store, mixtureRun(fit).stream().map(i -> i.withFits(List.of())).toList(), 2);
        assertTrue(store.fit("mix", "lcf").isEmpty(), "a removed fit leaves no outcome");
    }

    @Test
    void serialAndParallelFitsGiveIdenticalBits() {
        List<ItemSpec> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(item("peak" + i, List.of(gaussian(null)), 1 + 0.1 * i, 9.5 + 0.05 * i, 0.7 + 0.02 * i));
        }
        ResultStore serial = new ResultStore();
        ResultStore parallel = new ResultStore();
        run(pipeline, serial, items, 1);
        run(pipeline, parallel, items, 4);
        for (ItemSpec item : items) {
            FitRecord s = serial.fit(item.id(), "ffit").orElseThrow();
            FitRecord p = parallel.fit(item.id(), "ffit").orElseThrow();
            assertEquals(FitStatus.FITTED, s.status(), s.message());
            assertArrayEquals(s.arrays().get("ffit_fit"), p.arrays().get("ffit_fit"), 0.0);
            assertEquals(s.outcome().report(), p.outcome().report().entrySet().stream().collect(
                    LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        }
        assertEquals(9.5, serial.fit("peak0", "ffit").orElseThrow().outcome().result().first().parameter("m").value(),
                1e-3);
    }

    @Test
    void badFitsNameTheItemAndWhatIsWrongWhileTheOtherItemsFit() {
        List<ItemSpec> items = new ArrayList<>();
        items.add(item("good", List.of(gaussian(null)), 1.0, 9.0, 0.8));
        items.add(item("unknown", List.of(gaussian("=q + 1")), 1.0, 9.0, 0.8));
        Map<String, Object> cyclic = new LinkedHashMap<>(gaussian(null).settings());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("a", Map.of("value", 1.0, "tie", "=s*2"));
        params.put("m", Map.of("value", 9.0));
        params.put("s", Map.of("value", 1.0, "tie", "=a/2"));
        cyclic.put("params", params);
        items.add(item("cycle", List.of(new FitSpec("ffit", "a", cyclic)), 1.0, 9.0, 0.8));
        Map<String, Object> slow = new LinkedHashMap<>(gaussian(null).settings());
        slow.put("maxEvaluations", 1);
        items.add(item("slow", List.of(new FitSpec("ffit", "a", slow)), 1.0, 9.0, 0.8));
        items.add(ItemSpec.loaded("broken", "broken", "a", new Peaks(new double[] {1, 8, 1}, 0, true), Map.of()));
        items.add(item("needsBroken", List.of(lcf(null, component("broken", 0.5), component("good", 0.5))), 1, 8, 1));
        items.add(item("unknownKind", List.of(new FitSpec("xyz", "a", Map.of())), 1, 8, 1));

        ResultStore store = new ResultStore();
        RunReport report = run(pipeline, store, items, 2);

        assertEquals(FitStatus.FITTED, store.fit("good", "ffit").orElseThrow().status());
        assertFailed(store, "unknown", "ffit", "unknown", "'q'");
        assertFailed(store, "cycle", "ffit", "cycle", "cycle");
        FitRecord slowFit = store.fit("slow", "ffit").orElseThrow();
        assertEquals(FitStatus.NOT_CONVERGED, slowFit.status(), slowFit.message());
        assertTrue(slowFit.message().contains("slow") && slowFit.message().contains("did not converge"),
                slowFit.message());
        assertFailed(store, "needsBroken", "lcf", "needsBroken", "reference 'broken'");
        assertFailed(store, "unknownKind", "xyz", "unknownKind", "no such fit");
        assertTrue(report.failures().stream().anyMatch(f -> f.alias().equals("slow")));
        assertTrue(report.failures().stream().anyMatch(f -> f.alias().equals("unknown")));
    }

    private static void assertFailed(ResultStore store, String item, String kind, String... phrases) {
        FitRecord fit = store.fit(item, kind).orElseThrow();
        assertEquals(FitStatus.FAILED, fit.status(), fit.message());
        for (String phrase : phrases) {
            assertTrue(fit.message().contains(phrase), "'" + phrase + "' in: " + fit.message());
        }
    }
}
