package org.parseq.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.engine.RunReport;

class PipelineRunnerTest {

    private final ToyPipeline toy = new ToyPipeline();

    private RunReport run(ResultStore store, List<ItemSpec> items, int threads) {
        try (PipelineRunner runner = new PipelineRunner(toy.definition, store, threads)) {
            return runner.run(items, ProgressMonitor.NONE);
        }
    }

    @Test
    void aFirstRunComputesEveryNodeOfEveryItem() {
        ResultStore store = new ResultStore();
        RunReport report = run(store, List.of(ToyPipeline.item("1", 1), ToyPipeline.item("2", 2)), 1);
        assertEquals(6, report.computed().size());
        assertTrue(report.failures().isEmpty());
        NodeResult c = store.result("1", "c").orElseThrow();
        assertEquals(NodeStatus.GOOD, c.status());
        assertTrue(c.scalar("maxY").isPresent());
    }

    @Test
    void aSecondRunWithoutChangesComputesNothing() {
        ResultStore store = new ResultStore();
        List<ItemSpec> items = List.of(ToyPipeline.item("1", 1), ToyPipeline.item("2", 2));
        run(store, items, 1);
        assertTrue(run(store, items, 1).computed().isEmpty());
    }

    @Test
    void changingAParameterOfTheLastTransformRerunsNeitherTheFirstTransformNorOtherItems() {
        ResultStore store = new ResultStore();
        ItemSpec first = ToyPipeline.item("1", 1);
        ItemSpec second = ToyPipeline.item("2", 2);
        run(store, List.of(first, second), 2);
        double[] before = store.result("1", "c").orElseThrow().arrays().get("y");

        RunReport report = run(store, List.of(first.withParameters(Map.of("offset", 3.0)), second), 2);

        assertEquals(List.of(new RunReport.Stage("1", "c", "shift")), report.computed());
        double[] after = store.result("1", "c").orElseThrow().arrays().get("y");
        assertEquals(before[10] + 2.5, after[10], 1e-12);
    }

    @Test
    void twoHundredItemsGiveBitIdenticalResultsSeriallyAndOnFourThreads() {
        List<ItemSpec> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.add(ToyPipeline.item(Integer.toString(i), i)
                    .withParameters(Map.of("factor", 1.0 + i * 0.01, "offset", i * 0.1)));
        }
        ResultStore serial = new ResultStore();
        ResultStore parallel = new ResultStore();
        run(serial, items, 1);
        RunReport report = run(parallel, items, 4);
        assertEquals(600, report.computed().size());
        for (ItemSpec item : items) {
            for (String node : List.of("a", "b", "c")) {
                NodeResult expected = serial.result(item.id(), node).orElseThrow();
                NodeResult actual = parallel.result(item.id(), node).orElseThrow();
                for (String array : expected.arrays().keySet()) {
                    double[] e = expected.arrays().get(array);
                    double[] a = actual.arrays().get(array);
                    assertEquals(e.length, a.length);
                    for (int i = 0; i < e.length; i++) {
                        assertEquals(Double.doubleToRawLongBits(e[i]), Double.doubleToRawLongBits(a[i]),
                                () -> item.id() + "/" + node + "/" + array);
                    }
                }
                assertEquals(expected.scalars(), actual.scalars());
            }
        }
    }

    @Test
    void anExceptionInOneItemMarksOnlyThatItemBadWithItsStackTrace() {
        ResultStore store = new ResultStore();
        List<ItemSpec> items = List.of(ToyPipeline.item("1", 1), ToyPipeline.item("2", 2), ToyPipeline.item("3", 3));
        toy.failingAliases.add("item 2");

        RunReport report = run(store, items, 2);

        NodeResult failed = store.result("2", "b").orElseThrow();
        assertEquals(NodeStatus.BAD, failed.status());
        assertEquals("failed \"scale\" transform for data: item 2: deliberate failure of item 2", failed.message(),
                "a transform's refusal reads as its own words, without a Java type");
        assertTrue(failed.stackTrace().contains("deliberate failure of item 2"), failed.stackTrace());
        assertTrue(failed.stackTrace().contains("ToyPipeline.scale"), failed.stackTrace());
        assertEquals(NodeStatus.BAD, store.result("2", "c").orElseThrow().status());
        assertTrue(store.result("2", "c").orElseThrow().message().startsWith("not computed"));
        for (String good : List.of("1", "3")) {
            assertEquals(NodeStatus.GOOD, store.result(good, "c").orElseThrow().status());
        }
        assertEquals(List.of("2", "2"), report.failures().stream().map(RunReport.Failure::itemId).toList());
    }

    @Test
    void anErrorClearsWhenALaterRunSucceeds() {
        ResultStore store = new ResultStore();
        ItemSpec item = ToyPipeline.item("1", 1);
        toy.failingAliases.add("item 1");
        run(store, List.of(item), 1);
        assertEquals(NodeStatus.BAD, store.result("1", "c").orElseThrow().status());

        toy.failingAliases.clear();
        run(store, List.of(item.withParameters(Map.of("factor", 3.0))), 1);
        assertEquals(NodeStatus.GOOD, store.result("1", "b").orElseThrow().status());
        assertEquals(NodeStatus.GOOD, store.result("1", "c").orElseThrow().status());
        assertEquals("", store.result("1", "c").orElseThrow().message());
    }

    @Test
    void undoingAParameterChangeBringsBackTheEarlierResultsWithoutComputing() {
        ResultStore store = new ResultStore();
        ItemSpec original = ToyPipeline.item("1", 1);
        run(store, List.of(original), 1);
        NodeResult before = store.result("1", "c").orElseThrow();

        run(store, List.of(original.withParameters(Map.of("factor", 5.0))), 1);
        RunReport undo = run(store, List.of(original), 1);

        assertTrue(undo.computed().isEmpty());
        assertEquals(2, undo.restored());
        assertArrayEquals(before.arrays().get("y"), store.result("1", "c").orElseThrow().arrays().get("y"));
    }

    @Test
    void anItemStoppedAtANodeIsNotCarriedFurther() {
        ResultStore store = new ResultStore();
        run(store, List.of(ToyPipeline.item("1", 1).withStopNode("b")), 1);
        assertEquals(NodeStatus.GOOD, store.result("1", "b").orElseThrow().status());
        assertEquals(NodeStatus.NOT_ON_PATH, store.resultOrEmpty("1", "c").status());
    }

    @Test
    void dataMayEnterAtAMiddleNode() {
        ResultStore store = new ResultStore();
        ItemSpec item = ItemSpec.loaded("m", "middle", "b", new ToyPipeline.SeededSource(7, 64), Map.of());
        RunReport report = run(store, List.of(item), 1);
        assertEquals(NodeStatus.NOT_ON_PATH, store.resultOrEmpty("m", "a").status());
        assertEquals(List.of("read", "shift"), report.computed().stream().map(RunReport.Stage::madeBy).toList());
        assertEquals(NodeStatus.GOOD, store.result("m", "c").orElseThrow().status());
    }

    @Test
    void anUnreadableSourceMarksEveryNodeOfThatItemSourceNotFound() {
        ResultStore store = new ResultStore();
        ItemSpec broken = ItemSpec.loaded("x", "broken", "a", new org.parseq.core.engine.ItemSource() {
            @Override
            public Object identity() {
                return "missing.dat";
            }

            @Override
            public Map<String, double[]> load() throws java.io.IOException {
                throw new java.io.FileNotFoundException("missing.dat (no such file)");
            }
        }, Map.of());
        run(store, List.of(broken, ToyPipeline.item("1", 1)), 1);
        for (String node : List.of("a", "b", "c")) {
            assertEquals(NodeStatus.SOURCE_NOT_FOUND, store.result("x", node).orElseThrow().status(), node);
        }
        assertTrue(store.result("x", "a").orElseThrow().message().contains("missing.dat"));
        assertEquals(NodeStatus.GOOD, store.result("1", "c").orElseThrow().status());
    }

    @Test
    void aCanceledRunStopsAndTheNextRunFinishesTheWork() {
        ResultStore store = new ResultStore();
        List<ItemSpec> items = List.of(ToyPipeline.item("1", 1), ToyPipeline.item("2", 2));
        AtomicInteger stages = new AtomicInteger();
        ProgressMonitor cancelAfterTwo = new ProgressMonitor() {
            @Override
            public void worked(int units) {
                stages.addAndGet(units);
            }

            @Override
            public boolean isCanceled() {
                return stages.get() >= 2;
            }
        };
        RunReport canceled;
        try (PipelineRunner runner = new PipelineRunner(toy.definition, store, 1)) {
            canceled = runner.run(items, cancelAfterTwo);
        }
        assertTrue(canceled.canceled());
        assertFalse(store.result("1", "c").isPresent());

        RunReport rest = run(store, items, 1);
        assertFalse(rest.canceled());
        assertEquals(4, rest.computed().size());
        assertEquals(NodeStatus.GOOD, store.result("2", "c").orElseThrow().status());
    }
}
