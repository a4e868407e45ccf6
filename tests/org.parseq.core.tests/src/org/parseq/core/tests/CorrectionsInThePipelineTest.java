package org.parseq.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parseq.core.correct.Corrections;
import org.parseq.core.correct.DeleteRegion;
import org.parseq.core.correct.NodeCorrection;
import org.parseq.core.correct.ScaleRegion;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.engine.RunReport;

/** Corrections at a node change that node and everything downstream, and only when they change. */
class CorrectionsInThePipelineTest {

    private final ToyPipeline toy = new ToyPipeline();

    private RunReport run(ResultStore store, List<ItemSpec> items) {
        try (PipelineRunner runner = new PipelineRunner(toy.definition, store, 2)) {
            return runner.run(items, ProgressMonitor.NONE);
        }
    }

    @Test
    void aCorrectionAtANodeRecomputesThatNodeAndDownstreamOfThatItemOnly() {
        ResultStore store = new ResultStore();
        ItemSpec first = ToyPipeline.item("1", 1);
        ItemSpec second = ToyPipeline.item("2", 2);
        run(store, List.of(first, second));
        double[] aBefore = store.result("1", "a").orElseThrow().arrays().get("y");
        double[] cBefore = store.result("1", "c").orElseThrow().arrays().get("y");

        ItemSpec corrected = first.withCorrections(Map.of("b",
                List.of(new NodeCorrection(new DeleteRegion(10, 20)))));
        RunReport report = run(store, List.of(corrected, second));

        assertEquals(List.of(new RunReport.Stage("1", "b", "scale"), new RunReport.Stage("1", "c", "shift")),
                report.computed());
        assertArrayEquals(aBefore, store.result("1", "a").orElseThrow().arrays().get("y"));
        double[] x = store.result("1", "c").orElseThrow().arrays().get("x");
        assertEquals(512 - 19, x.length, "x = 0, 0.5, ...: the 19 points strictly between 10 and 20 are gone");
        assertEquals(10.0, x[20]);
        assertEquals(20.0, x[21]);
        assertEquals(cBefore[40], store.result("1", "c").orElseThrow().arrays().get("y")[21], 1e-15);
        assertTrue(run(store, List.of(corrected, second)).computed().isEmpty(), "unchanged corrections: no work");

        RunReport undone = run(store, List.of(first, second));
        assertTrue(undone.computed().isEmpty(), "removing the correction brings the earlier results back");
        assertArrayEquals(cBefore, store.result("1", "c").orElseThrow().arrays().get("y"));
    }

    @Test
    void aCorrectionAtTheEntryNodeAppliesToTheLoadedData() {
        ResultStore store = new ResultStore();
        ItemSpec item = ToyPipeline.item("1", 1).withCorrections(Map.of("a", List.of(Corrections.parse(
                Map.of("kind", "scale", "lim", List.of(5, 50), "scale", 100.0)))));
        run(store, List.of(item));
        Map<String, double[]> loaded = new ToyPipeline.SeededSource(1, 512).load();
        double[] expected = new ScaleRegion(5, 50, 100.0).corrected(loaded.get("x"), loaded.get("y"));
        assertArrayEquals(expected, store.result("1", "a").orElseThrow().arrays().get("y"));
        assertTrue(expected[30] != loaded.get("y")[30]);
    }

    @Test
    void anUnreadableCorrectionFailsThatItemAtThatNodeWithTheReason() {
        ResultStore store = new ResultStore();
        ItemSpec item = ToyPipeline.item("1", 1).withCorrections(Map.of("b", List.of(Corrections.unusable(
                Map.of("kind", "delete"), "'lim' must hold two numbers, not [1]"))));
        run(store, List.of(item, ToyPipeline.item("2", 2)));
        assertEquals(NodeStatus.GOOD, store.result("1", "a").orElseThrow().status());
        assertEquals(NodeStatus.BAD, store.result("1", "b").orElseThrow().status());
        String message = store.result("1", "b").orElseThrow().message();
        assertTrue(message.contains("item 1") && message.contains("'lim' must hold two numbers")
                && message.contains("node 'B'"), message);
        assertEquals(NodeStatus.GOOD, store.result("2", "c").orElseThrow().status());
    }
}
