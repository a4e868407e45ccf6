package org.parseq.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.engine.RunReport;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformContext;
import org.parseq.core.pipeline.TransformDefinition;

/** A transform that needs all items, and a transform from a node to itself. */
class BarrierAndSelfTransformTest {

    private final PipelineDefinition pipeline = new PipelineDefinition("barrier", "barrier",
            List.of(ToyPipeline.node("a"), ToyPipeline.node("b")),
            List.of(TransformDefinition.perItem("clip", "clip", "a", "a",
                            List.of(ParameterDescriptor.real("ceiling", 1e9, "", "")), List.of("y"), List.of("y"),
                            BarrierAndSelfTransformTest::clip),
                    TransformDefinition.allItems("centre", "centre on the common mean", "a", "b", List.of(),
                            List.of("x", "y"), List.of("x", "y"), BarrierAndSelfTransformTest::centre)));

    private static void clip(TransformContext item) {
        double ceiling = item.real("ceiling");
        item.output("y", Arrays.stream(item.input("y")).map(v -> Math.min(v, ceiling)).toArray());
    }

    /** Subtracts the mean over all items and points, so that each result depends on all items. */
    private static void centre(List<TransformContext> items) {
        double sum = 0;
        int count = 0;
        for (TransformContext item : items) {
            for (double v : item.input("y")) {
                sum += v;
                count++;
            }
        }
        double mean = sum / count;
        for (TransformContext item : items) {
            item.output("x", item.input("x"));
            item.output("y", Arrays.stream(item.input("y")).map(v -> v - mean).toArray());
        }
    }

    private RunReport run(ResultStore store, List<ItemSpec> items) {
        try (PipelineRunner runner = new PipelineRunner(pipeline, store, 2)) {
            return runner.run(items, ProgressMonitor.NONE);
        }
    }

    @Test
    void aTransformOfAllItemsSeesEveryItemAndRerunsForAllWhenOneChanges() {
        ResultStore store = new ResultStore();
        List<ItemSpec> items = List.of(ToyPipeline.item("1", 1), ToyPipeline.item("2", 2), ToyPipeline.item("3", 3));
        run(store, items);
        double total = 0;
        for (ItemSpec item : items) {
            total += Arrays.stream(store.result(item.id(), "b").orElseThrow().arrays().get("y")).sum();
        }
        assertEquals(0, total, 1e-9, "centred on the mean of all items together");

        RunReport report = run(store, List.of(items.get(0).withParameters(Map.of("ceiling", 5.0)), items.get(1),
                items.get(2)));
        assertTrue(report.computed("1", "a"));
        assertTrue(!report.computed("2", "a") && !report.computed("3", "a"), "other items' own nodes stay");
        assertTrue(report.computed("1", "b") && report.computed("2", "b") && report.computed("3", "b"),
                "the barrier reruns for all: " + report.computed());
    }

    @Test
    void aSelfTransformRunsWithinItsNodeBeforeTheNodeIsLeft() {
        ResultStore store = new ResultStore();
        run(store, List.of(ToyPipeline.item("1", 1).withParameters(Map.of("ceiling", 0.0))));
        double max = Arrays.stream(store.result("1", "a").orElseThrow().arrays().get("y")).max().orElseThrow();
        assertTrue(max <= 0, "clipped at node a: " + max);
    }
}
