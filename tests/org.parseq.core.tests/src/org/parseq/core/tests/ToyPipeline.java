package org.parseq.core.tests;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformContext;
import org.parseq.core.pipeline.TransformDefinition;

/** A three-node pipeline a → b → c with simple arithmetic, and items for it. */
final class ToyPipeline {

    /** Aliases of items whose "scale" transform throws, so that tests can break one item. */
    final Set<String> failingAliases = ConcurrentHashMap.newKeySet();

    final PipelineDefinition definition;

    ToyPipeline() {
        definition = new PipelineDefinition("toy", "toy", List.of(node("a"), node("b"), node("c")), List.of(
                TransformDefinition.perItem("scale", "scale", "a", "b",
                        List.of(ParameterDescriptor.real("factor", 2.0, "", "multiplies y")),
                        List.of("x", "y"), List.of("x", "y"), this::scale),
                TransformDefinition.perItem("shift", "shift", "b", "c",
                        List.of(ParameterDescriptor.real("offset", 0.5, "", "added to y")),
                        List.of("x", "y"), List.of("x", "y"), ToyPipeline::shift)));
    }

    static NodeDefinition node(String id) {
        return new NodeDefinition(id, id.toUpperCase(), List.of(ArrayDefinition.of("x", ArrayRole.X),
                ArrayDefinition.of("y", ArrayRole.Y)));
    }

    private void scale(TransformContext item) {
        if (failingAliases.contains(item.alias())) {
            throw new IllegalStateException("deliberate failure of " + item.alias());
        }
        double[] y = item.input("y");
        double[] scaled = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            // Enough floating-point work that a wrong or shared input would show in the bits.
            scaled[i] = item.real("factor") * Math.sin(y[i]) * Math.exp(-y[i] * 1e-3) + Math.log1p(Math.abs(y[i]));
        }
        item.output("x", item.input("x"));
        item.output("y", scaled);
    }

    private static void shift(TransformContext item) {
        double[] y = item.input("y");
        double[] shifted = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            shifted[i] = y[i] + item.real("offset");
        }
        item.output("x", item.input("x"));
        item.output("y", shifted);
        item.outputScalar("maxY", java.util.Arrays.stream(shifted).max().orElse(Double.NaN));
    }

    /** Data made from a seed: the same seed gives the same arrays. */
    record SeededSource(long seed, int points) implements ItemSource {
        @Override
        public Object identity() {
            return this;
        }

        @Override
        public Map<String, double[]> load() {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            double[] x = new double[points];
            double[] y = new double[points];
            for (int i = 0; i < points; i++) {
                x[i] = i * 0.5;
                y[i] = Math.cos(i * 0.01 + seed) * 10 + random.nextDouble();
            }
            return Map.of("x", x, "y", y);
        }
    }

    static ItemSpec item(String id, long seed) {
        return ItemSpec.loaded(id, "item " + id, "a", new SeededSource(seed, 512), Map.of());
    }
}
