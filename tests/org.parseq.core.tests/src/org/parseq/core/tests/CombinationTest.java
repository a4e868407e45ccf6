package org.parseq.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parseq.core.engine.CombinationSpec;
import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.engine.RunReport;
import org.parseq.core.engine.StandardCombiner;

class CombinationTest {

    private final ToyPipeline toy = new ToyPipeline();

    private record FixedSource(double[] x, double[] y) implements ItemSource {
        @Override
        public Object identity() {
            return List.of(java.util.Arrays.toString(x), java.util.Arrays.toString(y));
        }

        @Override
        public Map<String, double[]> load() {
            return Map.of("x", x.clone(), "y", y.clone());
        }
    }

    private static ItemSpec fixed(String id, double[] x, double[] y) {
        return ItemSpec.loaded(id, id, "a", new FixedSource(x, y), Map.of());
    }

    private static ItemSpec combination(String id, StandardCombiner combiner, String node, String... parents) {
        return new ItemSpec(id, id, node, null, null, new CombinationSpec(combiner, node, List.of(parents)),
                Map.of());
    }

    private RunReport run(ResultStore store, List<ItemSpec> items) {
        try (PipelineRunner runner = new PipelineRunner(toy.definition, store, 2)) {
            return runner.run(items, ProgressMonitor.NONE);
        }
    }

    @Test
    void averageSumAndRmsOfTwoItemsOnTheSameGrid() {
        double[] x = {0, 1, 2};
        ResultStore store = new ResultStore();
        run(store, List.of(fixed("p", x, new double[] {1, 2, 3}), fixed("q", x, new double[] {3, 6, 9}),
                combination("avg", StandardCombiner.AVERAGE, "a", "p", "q"),
                combination("sum", StandardCombiner.SUM, "a", "p", "q"),
                combination("rms", StandardCombiner.RMS, "a", "p", "q")));
        assertArrayEquals(new double[] {2, 4, 6}, store.result("avg", "a").orElseThrow().arrays().get("y"));
        assertArrayEquals(new double[] {4, 8, 12}, store.result("sum", "a").orElseThrow().arrays().get("y"));
        assertArrayEquals(new double[] {1, 2, 3}, store.result("rms", "a").orElseThrow().arrays().get("y"));
        assertArrayEquals(x, store.result("avg", "a").orElseThrow().arrays().get("x"));
        assertEquals(NodeStatus.GOOD, store.result("avg", "c").orElseThrow().status(), "it flows downstream");
    }

    @Test
    void differentGridsAreInterpolatedOntoTheFirstParentsGrid() {
        ResultStore store = new ResultStore();
        run(store, List.of(fixed("p", new double[] {0, 1, 2}, new double[] {0, 10, 20}),
                fixed("q", new double[] {0.5, 1.5, 2.5}, new double[] {5, 15, 25}),
                combination("avg", StandardCombiner.AVERAGE, "a", "p", "q")));
        // q is the line y = 10 x, so interpolated and extrapolated onto p's grid it equals p.
        assertArrayEquals(new double[] {0, 10, 20}, store.result("avg", "a").orElseThrow().arrays().get("y"), 1e-12);
    }

    @Test
    void aCombinationIsRecomputedWhenAParentChangesAndOnlyThen() {
        ResultStore store = new ResultStore();
        ItemSpec p = ToyPipeline.item("p", 1);
        ItemSpec q = ToyPipeline.item("q", 2);
        ItemSpec average = combination("avg", StandardCombiner.AVERAGE, "b", "p", "q");
        run(store, List.of(p, q, average));
        double[] before = store.result("avg", "c").orElseThrow().arrays().get("y");

        RunReport unrelated = run(store, List.of(p, q.withParameters(Map.of("offset", 9.0)), average));
        assertTrue(unrelated.computed().stream().noneMatch(s -> s.itemId().equals("avg")));

        RunReport related = run(store, List.of(p.withParameters(Map.of("factor", 4.0)), q, average));
        assertTrue(related.computed("avg", "b"));
        assertTrue(related.computed("avg", "c"));
        double[] after = store.result("avg", "c").orElseThrow().arrays().get("y");
        assertTrue(before[5] != after[5]);
    }

    @Test
    void aCombinationOfABadParentIsBadWithAReason() {
        ResultStore store = new ResultStore();
        toy.failingAliases.add("item p");
        run(store, List.of(ToyPipeline.item("p", 1), ToyPipeline.item("q", 2),
                combination("avg", StandardCombiner.AVERAGE, "b", "p", "q")));
        var result = store.result("avg", "b").orElseThrow();
        assertEquals(NodeStatus.BAD, result.status());
        assertTrue(result.message().contains("item p has no good data"), result.message());
    }
}
