package org.parseq.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.ParameterType;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformContext;
import org.parseq.core.pipeline.TransformDefinition;

/**
 * A transform over all items fails one item alone through {@link TransformContext#fail}, and an
 * item without good data upstream is left out of the call with its own reason; the other items
 * compute. A throw still fails every item of the call.
 */
class AllItemsFailureTest {

    private final PipelineDefinition pipeline = new PipelineDefinition("partners", "partners",
            List.of(ToyPipeline.node("a"), ToyPipeline.node("b"), ToyPipeline.node("c")),
            List.of(TransformDefinition.allItems("pair", "add the partner's mean", "a", "b",
                            List.of(new ParameterDescriptor("partner", ParameterType.TEXT, "", null, null, null, "", "partner",
                                    null, "the alias of another item"),
                                    ParameterDescriptor.real("weight", 1.0, "", "multiplies the partner's mean")),
                            List.of("x", "y"), List.of("x", "y"), AllItemsFailureTest::pair),
                    TransformDefinition.perItem("positive", "keep positive items", "b", "c", List.of(),
                            List.of("x", "y"), List.of("x", "y"), AllItemsFailureTest::positive)));

    /** Each item's y plus the weighted mean y of the item its parameter "partner" names. */
    private static void pair(List<TransformContext> items) {
        for (TransformContext item : items) {
            if (item.text("partner").equals("throw")) {
                throw new IllegalStateException("deliberate throw for " + item.alias());
            }
            Optional<TransformContext> partner = items.stream().filter(i -> i.alias().equals(item.text("partner")))
                    .findFirst();
            if (partner.isEmpty()) {
                item.output("y", item.input("y")); // written, then dropped by the failure
                item.fail("partner '" + item.text("partner") + "' is not among the items with good data");
                continue;
            }
            double mean = Arrays.stream(partner.get().input("y")).average().orElseThrow() * item.real("weight");
            item.output("x", item.input("x"));
            item.output("y", Arrays.stream(item.input("y")).map(v -> v + mean).toArray());
        }
    }

    private static void positive(TransformContext item) {
        if (item.alias().startsWith("reject")) {
            item.fail("rejected by its name");
            return;
        }
        item.output("x", item.input("x"));
        item.output("y", item.input("y"));
    }

    private static ItemSpec item(String alias, long seed, String partner) {
        return ItemSpec.loaded(alias, alias, "a", new ToyPipeline.SeededSource(seed, 64), Map.of("partner", partner));
    }

    private static ResultStore run(PipelineDefinition definition, List<ItemSpec> items) {
        ResultStore store = new ResultStore();
        try (PipelineRunner runner = new PipelineRunner(definition, store, 2)) {
            runner.run(items, ProgressMonitor.NONE);
        }
        return store;
    }

    private ResultStore run(List<ItemSpec> items) {
        return run(pipeline, items);
    }

    private static void assertBad(NodeResult result, String... words) {
        assertEquals(NodeStatus.BAD, result.status(), result.message());
        for (String word : words) {
            assertTrue(result.message().contains(word), "'" + word + "' missing from: " + result.message());
        }
    }

    @Test
    void anItemTheTransformFailsFailsAloneWithItsMessage() {
        ResultStore store = run(List.of(item("one", 1, "two"), item("two", 2, "one"), item("lost", 3, "nobody")));
        assertBad(store.resultOrEmpty("lost", "b"), "lost", "add the partner's mean", "partner 'nobody'");
        assertTrue(store.resultOrEmpty("lost", "b").arrays().isEmpty(), "what it wrote is dropped");
        assertEquals(NodeStatus.GOOD, store.resultOrEmpty("one", "b").status());
        assertEquals(NodeStatus.GOOD, store.resultOrEmpty("two", "b").status());
        assertBad(store.resultOrEmpty("lost", "c"), "no good data at node 'b'");

        double[] alone = store.resultOrEmpty("one", "b").arrays().get("y");
        ResultStore pairOnly = run(List.of(item("one", 1, "two"), item("two", 2, "one")));
        assertArrayEquals(pairOnly.resultOrEmpty("one", "b").arrays().get("y"), alone,
                "the failed item changes nothing for the others");
    }

    @Test
    void anItemWithoutGoodUpstreamDataIsLeftOutWithItsOwnReason() {
        ItemSource unreadable = new ItemSource() {
            @Override
            public Object identity() {
                return "unreadable";
            }

            @Override
            public Map<String, double[]> load() {
                throw new IllegalStateException("the file is damaged");
            }
        };
        ItemSpec broken = ItemSpec.loaded("broken", "broken", "a", unreadable, Map.of("partner", "one"));
        ResultStore store = run(List.of(item("one", 1, "two"), item("two", 2, "one"), broken,
                item("leaning", 4, "broken")));
        assertEquals(NodeStatus.GOOD, store.resultOrEmpty("one", "b").status());
        assertEquals(NodeStatus.GOOD, store.resultOrEmpty("two", "b").status());
        NodeResult left = store.resultOrEmpty("broken", "b");
        assertTrue(left.status() != NodeStatus.GOOD && left.message().contains("no good data at node 'a'")
                && left.message().contains("the file is damaged"), left.message());
        assertBad(store.resultOrEmpty("leaning", "b"), "leaning", "partner 'broken'");
    }

    @Test
    void aParameterThatDoesNotFitFailsOnlyItsItem() {
        ItemSpec odd = ItemSpec.loaded("odd", "odd", "a", new ToyPipeline.SeededSource(5, 64),
                Map.of("partner", "one", "weight", "heavy"));
        ResultStore store = run(List.of(item("one", 1, "two"), item("two", 2, "one"), odd));
        assertBad(store.resultOrEmpty("odd", "b"), "odd", "weight");
        assertEquals(NodeStatus.GOOD, store.resultOrEmpty("one", "b").status());
        assertEquals(NodeStatus.GOOD, store.resultOrEmpty("two", "b").status());
    }

    @Test
    void aThrowStillFailsEveryItemOfTheCall() {
        ResultStore store = run(List.of(item("one", 1, "two"), item("two", 2, "throw")));
        assertBad(store.resultOrEmpty("one", "b"), "deliberate throw for two");
        assertBad(store.resultOrEmpty("two", "b"), "deliberate throw for two");
    }

    @Test
    void aPerItemTransformFailsItsItemTheSameWay() {
        ResultStore store = run(List.of(item("one", 1, "two"), item("two", 2, "one"), item("reject me", 3, "one")));
        assertEquals(NodeStatus.GOOD, store.resultOrEmpty("reject me", "b").status());
        assertBad(store.resultOrEmpty("reject me", "c"), "reject me", "keep positive items", "rejected by its name");
        assertTrue(store.resultOrEmpty("reject me", "c").arrays().isEmpty(), "nothing written");
        assertEquals(NodeStatus.GOOD, store.resultOrEmpty("one", "c").status());
        assertEquals(NodeStatus.GOOD, store.resultOrEmpty("two", "c").status());
    }
}
