package org.parseq.xes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.xes.pipeline.XesPipelineProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The pipeline's shape: found by the service loader, with the original's node, array and parameter names and defaults. */
class XesPipelineDefinitionTest {

    /** The original's outputs (found values) and the ROI's display fields, which are not parameters here. */
    private static final Set<String> NOT_INPUTS = Set.of("cutoffMaxBelow", "bandLine", "bandROI.kind", "bandROI.name",
            "bandROI.use");

    @Test
    void theServiceLoaderFindsIt() {
        PipelineRegistry registry = PipelineRegistry.fromServiceLoader(getClass().getClassLoader());
        PipelineDefinition xes = registry.requirePipeline(XesPipelineProvider.PIPELINE_ID);
        assertEquals("XES scan (reduced)", xes.name());
        assertEquals(List.of("2D theta scan", "1D energy XES"), xes.nodes().stream().map(NodeDefinition::name).toList());
    }

    @Test
    void theNodesHoldTheOriginalsArrays() throws IOException {
        PipelineDefinition xes = new XesPipelineProvider().createPipeline();
        Map<String, List<String>> original = defaults().nodes();
        original.forEach((nodeName, arrays) -> {
            NodeDefinition node = xes.nodeByIdOrName(nodeName).orElseThrow();
            for (String array : arrays) {
                assertTrue(node.hasArray(array), nodeName + " lacks " + array);
            }
        });
    }

    @Test
    void everyDefaultParameterOfTheOriginalIsAParameterWithItsDefault() throws IOException {
        PipelineDefinition xes = new XesPipelineProvider().createPipeline();
        PipelineRun run = new PipelineRun();
        int checked = 0;
        for (Map<String, Object> parameters : defaults().transforms().values()) {
            Map<String, Object> applied = run.byName(parameters);
            for (Map.Entry<String, Object> entry : applied.entrySet()) {
                ParameterDescriptor descriptor = xes.parameter(entry.getKey()).orElseThrow();
                assertEquals(descriptor.defaultValue(), entry.getValue(), entry.getKey());
                checked++;
            }
            for (String name : flatNames(parameters)) {
                assertTrue(NOT_INPUTS.contains(name) || name.startsWith("calibrationData")
                        || applied.containsKey(name), name + " is not a parameter");
            }
        }
        assertEquals(17, checked, "parameters compared");
    }

    private record Defaults(Map<String, Map<String, Object>> transforms, Map<String, List<String>> nodes) {
    }

    private static Defaults defaults() throws IOException {
        return new ObjectMapper().readValue(SharedData.referenceDir().resolve("default_params.json").toFile(),
                Defaults.class);
    }

    private static Set<String> flatNames(Map<String, Object> parameters) {
        Map<String, Object> flat = new LinkedHashMap<>();
        parameters.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
                nested.forEach((k, v) -> flat.put(key + "." + k, v));
            } else {
                flat.put(key, value);
            }
        });
        return flat.keySet();
    }
}
