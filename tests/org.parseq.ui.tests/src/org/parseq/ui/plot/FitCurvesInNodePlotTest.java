package org.parseq.ui.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parseq.core.engine.FitSpec;
import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.fit.LinearCombinationFitKind;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.Elements;
import org.parseq.model.ItemColours;
import org.parseq.model.data.DataItem;

/**
 * A node's plot shows the model and the residual of an item's fit at that node, in the item's
 * colour, on the node's x, beside the item's own curves.
 */
class FitCurvesInNodePlotTest {

    private static final NodeDefinition NODE = new NodeDefinition("a", "A",
            List.of(ArrayDefinition.of("x", ArrayRole.X), ArrayDefinition.of("y", ArrayRole.Y)));

    private record Peak(double centre, double height) implements ItemSource {
        @Override
        public Object identity() {
            return this;
        }

        @Override
        public Map<String, double[]> load() {
            double[] x = new double[200];
            double[] y = new double[200];
            for (int i = 0; i < x.length; i++) {
                x[i] = i * 0.1;
                y[i] = height * Math.exp(-Math.pow(x[i] - centre, 2));
            }
            return Map.of("x", x, "y", y);
        }
    }

    @Test
    void theModelAndResidualOfAFitAreCurvesOfTheItemInItsColour() {
        PipelineDefinition pipeline = new PipelineDefinition("plotfits", "plot fits", List.of(NODE), List.of(),
                List.of(new LinearCombinationFitKind("a", "x", "y", null, null)));
        DataItem mix = Elements.newItem("mix", "a", "mix.dat", null, null);
        Map<String, Object> component = new LinkedHashMap<>();
        component.put("name", "ref");
        component.put("use", true);
        component.put("w", 0.5);
        component.put("wBounds", List.of(0.0, 2.0, 0.01));
        component.put("dx", 0.0);
        component.put("dxBounds", List.of(-1.0, 1.0, 0.01));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("params", List.of(component));
        settings.put("xRange", null);
        List<ItemSpec> items = List.of(ItemSpec.loaded("ref", "ref", "a", new Peak(10, 1), Map.of()),
                ItemSpec.loaded(mix.getId(), "mix", "a", new Peak(10, 0.8), Map.of())
                        .withFits(List.of(new FitSpec("lcf", "a", settings))));
        ResultStore store = new ResultStore();
        try (PipelineRunner runner = new PipelineRunner(pipeline, store, 1)) {
            runner.run(items, ProgressMonitor.NONE);
        }

        NodePlotModel model = NodePlotModel.of(NODE, List.of(mix), store);

        assertEquals(List.of("mix", "mix lcf fit", "mix lcf residual"),
                model.curves().stream().map(Curve::label).toList());
        double[] x = store.resultOrEmpty(mix.getId(), "a").arrays().get("x");
        for (Curve curve : model.curves()) {
            assertEquals(ItemColours.colourOf(mix), curve.colour(), curve.label());
            assertArrayEquals(x, curve.x(), curve.label());
        }
        assertEquals(0.8, model.curves().get(1).y()[100], 1e-6, "the model at the peak");
        assertTrue(Math.abs(model.curves().get(2).y()[100]) < 1e-6, "the residual at the peak");
        assertTrue(model.curves().get(1).dash() != model.curves().get(0).dash(), "a line style of its own");
    }
}
