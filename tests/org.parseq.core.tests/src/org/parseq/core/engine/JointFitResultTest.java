package org.parseq.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.fit.FitResult;
import org.parseq.core.fit.FittedParameter;
import org.parseq.core.fit.ItemFit;
import org.junit.jupiter.api.Test;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.FitInput;
import org.parseq.core.pipeline.FitKind;
import org.parseq.core.pipeline.FitOutcome;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;

/**
 * Every item of a joint fit ends up holding the joint result, as in the original
 * (xas-algorithms.md §9.5c): an item with a fit of its own that a later fit joins shows the
 * joint fit's values and R, stays current while nothing changes, follows the joint fit when its
 * settings change, comes back bit for bit on undo, and holds its own fit again when nobody joins it.
 */
class JointFitResultTest {

    private static final String KIND = "level";

    /**
     * A real fit of one constant level to the y of its item up to x ≤ xmax, or, with
     * {@code with}, to the y of both items up to the started item's xmax (one shared level): the
     * least-squares level is the mean.
     */
    private static final class LevelFit implements FitKind {
        @Override
        public String id() {
            return KIND;
        }

        @Override
        public String name() {
            return "level";
        }

        @Override
        public String defaultNode() {
            return "a";
        }

        @Override
        public List<String> dataReferences(Map<String, Object> settings) {
            return fitReferences(settings);
        }

        @Override
        public List<String> fitReferences(Map<String, Object> settings) {
            return settings.get("with") instanceof String alias ? List.of(alias) : List.of();
        }

        @Override
        public FitOutcome fit(FitInput input) {
            double xmax = ((Number) input.settings().get("xmax")).doubleValue();
            List<FitInput> items = new ArrayList<>(List.of(input));
            if (input.settings().get("with") instanceof String alias) {
                items.add(input.other(alias));
            }
            double sum = 0;
            int n = 0;
            for (FitInput item : items) {
                double[] x = item.array("x");
                double[] y = item.array("y");
                for (int i = 0; i < x.length && x[i] <= xmax; i++) {
                    sum += y[i];
                    n++;
                }
            }
            double level = sum / n;
            List<ItemFit> parts = new ArrayList<>();
            for (FitInput item : items) {
                double[] y = item.array("y");
                double r = 0;
                double norm = 0;
                for (double v : y) {
                    r += (v - level) * (v - level);
                    norm += v * v;
                }
                parts.add(new ItemFit(item.alias(), List.of(new FittedParameter("level", level, 0, 0, 0, true)),
                        r / norm, y.length, Map.of()));
            }
            FitResult result = new FitResult(parts, List.of("level"), new double[][] {{1}},
                    parts.get(parts.size() - 1).rFactor(), Double.NaN, n, 1, Double.NaN, true, 1, "mean", 1);
            Map<String, FitOutcome> joined = new LinkedHashMap<>();
            for (FitInput other : items.subList(1, items.size())) {
                FitResult seen = result.seenFrom(other.alias());
                joined.put(other.alias(), new FitOutcome(seen, Map.of(), Map.of("level", level)));
            }
            return new FitOutcome(result, Map.of(), Map.of("level", level), joined);
        }
    }

    private final PipelineDefinition pipeline = new PipelineDefinition("joint", "joint",
            List.of(new NodeDefinition("a", "A", List.of(ArrayDefinition.of("x", ArrayRole.X),
                    ArrayDefinition.of("y", ArrayRole.Y)))),
            List.of(), List.of(new LevelFit()));

    /** y = offset + slope·x on 50 points. */
    private record Line(double offset, double slope) implements ItemSource {
        @Override
        public Object identity() {
            return List.of(offset, slope);
        }

        @Override
        public Map<String, double[]> load() {
            double[] x = new double[50];
            double[] y = new double[50];
            for (int i = 0; i < 50; i++) {
                x[i] = i;
                y[i] = offset + slope * i;
            }
            return Map.of("x", x, "y", y);
        }
    }

    private static FitSpec level(double xmax, String with) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("xmax", xmax);
        if (with != null) {
            s.put("with", with);
        }
        return new FitSpec(KIND, "a", s);
    }

    private static List<ItemSpec> run(double jointXmax, boolean joined) {
        return List.of(
                ItemSpec.loaded("first", "first", "a", new Line(1, 0.1), Map.of()).withFits(List.of(level(49, null))),
                ItemSpec.loaded("second", "second", "a", new Line(5, 0), Map.of())
                        .withFits(List.of(level(jointXmax, joined ? "first" : null))));
    }

    private static RunReport run(PipelineDefinition pipeline, ResultStore store, List<ItemSpec> items) {
        try (PipelineRunner runner = new PipelineRunner(pipeline, store, 2)) {
            return runner.run(items, ProgressMonitor.NONE);
        }
    }

    private static double level(ResultStore store, String item) {
        return store.fit(item, KIND).orElseThrow().outcome().result().first().parameter("level").value();
    }

    @Test
    void theJoinedItemHoldsTheJointResult() {
        ResultStore store = new ResultStore();
        RunReport first = run(pipeline, store, run(49, true));
        assertTrue(first.failures().isEmpty(), first.failures().toString());
        FitRecord joint = store.fit("second", KIND).orElseThrow();
        FitRecord held = store.fit("first", KIND).orElseThrow();
        double own = 1 + 0.1 * 24.5;
        double shared = (own + 5) / 2;
        assertEquals(shared, level(store, "second"), 1e-12);
        assertEquals(shared, level(store, "first"), 1e-12, "the joined item shows the joint fit's level, not "
                + own);
        assertEquals("first", held.outcome().result().first().item(), "its own part first");
        assertEquals(joint.outcome().result().rFactor(), held.outcome().result().rFactor(), 0, "one shared R");
        assertEquals(FitStatus.FITTED, held.status());

        RunReport again = run(pipeline, store, run(49, true));
        assertFalse(again.computed().stream().anyMatch(s -> s.madeBy().startsWith("fit")),
                "nothing changed: " + again.computed());
        assertEquals(shared, level(store, "first"), 0);

        RunReport narrower = run(pipeline, store, run(9, true));
        assertEquals(List.of(new RunReport.Stage("second", "a", "fit " + KIND)), narrower.computed(),
                "only the joint fit runs; the joined item's own fit comes back from what was kept");
        double narrowShared = ((1 + 0.1 * 4.5) * 10 + 5 * 10) / 20;
        assertEquals(narrowShared, level(store, "first"), 1e-12, "and it holds the new joint result");

        RunReport undone = run(pipeline, store, run(49, true));
        assertFalse(undone.computed().stream().anyMatch(s -> s.madeBy().startsWith("fit")),
                "undo takes the earlier joint result back: " + undone.computed());
        assertEquals(shared, level(store, "first"), 0);

        run(pipeline, store, run(49, false));
        assertEquals(own, level(store, "first"), 1e-12, "joined by nobody, it holds its own fit");
        assertNotEquals(level(store, "first"), level(store, "second"));
    }
}
