package org.parseq.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.registry.ExtensionPipelineReader;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.demo.DemoPipelineProvider;
import org.parseq.demo.SyntheticPeak;

class DemoPipelineTest {

    @Test
    void theDemoPipelineIsContributedThroughTheExtensionPoint() {
        PipelineRegistry registry = new PipelineRegistry();
        List<String> problems = ExtensionPipelineReader.registerContributions(RegistryFactory.getRegistry(), registry);
        assertTrue(problems.isEmpty(), problems::toString);
        PipelineDefinition demo = registry.requirePipeline(DemoPipelineProvider.PIPELINE_ID);
        assertEquals(List.of("raw", "normalised", "smoothed", "map", "detector", "profile"),
                demo.topologicalNodes().stream().map(n -> n.id()).toList());
    }

    @Test
    void theDemoPipelineLoadsOnAPlainClassPathThroughTheServiceLoader() {
        PipelineRegistry registry = PipelineRegistry.fromServiceLoader(DemoPipelineProvider.class.getClassLoader());
        assertTrue(registry.pipeline(DemoPipelineProvider.PIPELINE_ID).isPresent());
    }

    @Test
    void syntheticPeaksAreFoundWhereTheyWereMade() {
        PipelineDefinition demo = new DemoPipelineProvider().createPipeline();
        List<ItemSpec> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(ItemSpec.loaded("p" + i, "peak " + i, DemoPipelineProvider.RAW,
                    new SyntheticPeak(i, 801, -4 + 2 * i, 0.8), Map.of()));
        }
        ResultStore store = new ResultStore();
        try (PipelineRunner runner = new PipelineRunner(demo, store, 2)) {
            assertTrue(runner.run(items, ProgressMonitor.NONE).failures().isEmpty());
        }
        for (int i = 0; i < 5; i++) {
            NodeResult normalised = store.result("p" + i, DemoPipelineProvider.NORMALISED).orElseThrow();
            assertEquals(-4 + 2 * i, normalised.scalar("peakPosition").orElseThrow(), 0.3);
            NodeResult smoothed = store.result("p" + i, DemoPipelineProvider.SMOOTHED).orElseThrow();
            assertEquals(801, smoothed.arrays().get("derivative").length);
            var map = store.result("p" + i, DemoPipelineProvider.MAP).orElseThrow().image("widths").orElseThrow();
            assertEquals(24, map.rows());
            assertEquals(801, map.columns());
            assertEquals(smoothed.arrays().get("smooth")[400], map.at(0, 400), "row 0 averages over one point");
            double wide = 0;
            for (int j = 400 - 11; j <= 400 + 11; j++) {
                wide += smoothed.arrays().get("smooth")[j];
            }
            assertEquals(wide / 23, map.at(22, 400), 1e-12, "row 22 averages over 23 points");
        }
    }
}
