package org.parseq.ui.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.Elements;
import org.parseq.model.data.DataItem;

/**
 * A node's curves are drawn against their own axis when they name one, else the node's
 * abscissa; another abscissa replaces the x arrays it names and leaves out the curves on others.
 */
class AbscissaChoiceTest {

    /** Like XES's 1D node: two spectra on grids of their own, and a curve on a third grid. */
    private static final NodeDefinition NODE = new NodeDefinition("spectra", "spectra", List.of(
            new ArrayDefinition("energy", ArrayRole.X, "energy", "eV", false),
            new ArrayDefinition("left", ArrayRole.Y, "left", "", false),
            new ArrayDefinition("energy_bottom", ArrayRole.HIDDEN_1D, "energy below", "eV", false),
            new ArrayDefinition("bottom", ArrayRole.Y, "bottom", "", false).withAxes("energy_bottom"),
            new ArrayDefinition("theta", ArrayRole.HIDDEN_1D, "θ", "°", false),
            new ArrayDefinition("theta_bottom", ArrayRole.HIDDEN_1D, "θ below", "°", false),
            new ArrayDefinition("curveE", ArrayRole.HIDDEN_1D, "energy of the extra curve", "eV", false),
            new ArrayDefinition("extra", ArrayRole.Y, "extra", "", false).withAxes("curveE")));

    private static final Map<String, double[]> DATA = Map.of("energy", new double[] {1, 2, 3, 4}, "left",
            new double[] {5, 6, 7, 8}, "energy_bottom", new double[] {10, 20}, "bottom", new double[] {0.5, 0.6},
            "theta", new double[] {-1, -2, -3, -4}, "theta_bottom", new double[] {-10, -20}, "curveE",
            new double[] {100, 200, 300}, "extra", new double[] {1, 2, 3});

    private record Arrays() implements ItemSource {
        @Override
        public Object identity() {
            return "spectra";
        }

        @Override
        public Map<String, double[]> load() {
            return DATA;
        }
    }

    private static NodePlotModel plot(AbscissaChoice choice) {
        PipelineDefinition pipeline = new PipelineDefinition("axes", "axes", List.of(NODE), List.of());
        DataItem item = Elements.newItem("scan", "spectra", "scan.dat", null, null);
        ResultStore store = new ResultStore();
        try (PipelineRunner runner = new PipelineRunner(pipeline, store, 1)) {
            runner.run(List.of(ItemSpec.loaded(item.getId(), "scan", "spectra", new Arrays(), Map.of())),
                    ProgressMonitor.NONE);
        }
        return NodePlotModel.of(NODE, List.of(item), store, Set.of("left", "bottom", "extra"), choice);
    }

    @Test
    void eachCurveIsDrawnAgainstItsOwnAxis() {
        NodePlotModel model = plot(null);
        assertEquals("energy (eV)", model.xLabel());
        assertEquals(3, model.curves().size());
        assertArrayEquals(DATA.get("energy"), model.curves().get(0).x());
        assertArrayEquals(DATA.get("energy_bottom"), model.curves().get(1).x());
        assertArrayEquals(DATA.get("bottom"), model.curves().get(1).y());
        assertArrayEquals(DATA.get("curveE"), model.curves().get(2).x());
    }

    @Test
    void anotherAbscissaReplacesTheArraysItNamesAndLeavesOutCurvesOnOthers() {
        NodePlotModel model = plot(new AbscissaChoice("θ (°)", Map.of("energy", "theta", "energy_bottom",
                "theta_bottom")));
        assertEquals("θ (°)", model.xLabel());
        assertEquals(2, model.curves().size(), "the extra curve on curveE has no place on a θ axis");
        assertArrayEquals(DATA.get("theta"), model.curves().get(0).x());
        assertArrayEquals(DATA.get("left"), model.curves().get(0).y());
        assertArrayEquals(DATA.get("theta_bottom"), model.curves().get(1).x());
    }
}
