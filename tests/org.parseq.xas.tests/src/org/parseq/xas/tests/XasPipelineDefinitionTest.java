package org.parseq.xas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.xas.pipeline.XasNodes;
import org.parseq.xas.pipeline.XasPipelineProvider;

/** The XAS pipeline's shape: found by the service loader, every input parameter of the original present by name. */
class XasPipelineDefinitionTest {

    /** The original's outputs and the transforms not ported (HERFD) are not parameters here. */
    private static final Set<String> NOT_INPUTS = Set.of("e0", "edgeJump", "datakmax", "nbinOriginal", "nbinNew",
            "binDistrNew", "noiseLevel", "cutoffNeeded", "cutoff", "cutoffMaxBelow", "healMissingFrames",
            "healedMissingFrames", "skewDetect", "skewThreshold", "skewRectify", "roiHERFD");

    @Test
    void theServiceLoaderFindsIt() {
        PipelineRegistry registry = PipelineRegistry.fromServiceLoader(getClass().getClassLoader());
        PipelineDefinition xas = registry.requirePipeline(XasPipelineProvider.PIPELINE_ID);
        assertEquals(List.of("currents Tr", "counts PFY", "currents TEY/TFY", "µd", "χ(k)", "FT, χ(r)", "BFT, χ̃(k)"),
                xas.nodes().stream().map(n -> n.name()).toList());
    }

    @Test
    void everyDefaultParameterOfTheOriginalIsAParameterWithItsDefault() {
        PipelineDefinition xas = new XasPipelineProvider().createPipeline();
        @SuppressWarnings("unchecked")
        Map<String, Object> original = (Map<String, Object>) Json.parse(readDefaults());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> transforms = (Map<String, Map<String, Object>>) original.get("transforms");
        PipelineRun run = new PipelineRun(List.of(), 1, false);
        int checked = 0;
        for (Map<String, Object> parameters : transforms.values()) {
            Map<String, Object> inputs = new HashMap<>(parameters);
            inputs.keySet().removeIf(NOT_INPUTS::contains);
            Map<String, Object> applied = run.byName(inputs);
            for (Map.Entry<String, Object> entry : applied.entrySet()) {
                ParameterDescriptor descriptor = xas.parameter(entry.getKey()).orElseThrow();
                assertEquals(descriptor.defaultValue().toString(), entry.getValue().toString(), entry.getKey());
                checked++;
            }
            Set<String> flatNames = flatNames(inputs);
            assertEquals(flatNames, applied.keySet(), "every input parameter is known by name");
        }
        assertTrue(checked >= 50, "checked " + checked + " parameters");
    }

    @Test
    void selfAbsorptionCorrectionRunsAndBadInputFailsTheItemNamingTheParameter() {
        PipelineDefinition xas = new XasPipelineProvider().createPipeline();
        ReferenceItem item = ReferenceItem.under("defaults/fe2o3_mu").get(0);
        double[][] raw = item.table("0_raw.txt.gz");
        org.parseq.core.engine.ItemSource source = new org.parseq.core.engine.ItemSource() {
            @Override
            public Object identity() {
                return "fe2o3";
            }

            @Override
            public Map<String, double[]> load() {
                return Map.of("e", raw[0], "mu", raw[1]);
            }
        };
        ItemSpec good = ItemSpec.loaded("good", "good", XasNodes.MU, source,
                Map.of("selfAbsorptionCorrectionNeeded", true));
        ItemSpec bad = ItemSpec.loaded("bad", "bad", XasNodes.MU, source,
                Map.of("selfAbsorptionCorrectionNeeded", true, "selfAbsorptionCorrectionDict.corrChemFormula", "Fe2Q3"));
        ResultStore store = new ResultStore(0);
        try (PipelineRunner runner = new PipelineRunner(xas, store, 1)) {
            runner.run(List.of(good, bad), ProgressMonitor.NONE);
        }
        var mu = store.resultOrEmpty("good", XasNodes.MU);
        assertEquals(NodeStatus.GOOD, mu.status(), mu.message());
        assertTrue(mu.scalar("corrJump").orElseThrow() > 0);
        assertEquals(NodeStatus.GOOD, store.resultOrEmpty("good", XasNodes.BFT).status());
        var failed = store.resultOrEmpty("bad", XasNodes.MU);
        assertEquals(NodeStatus.BAD, failed.status());
        assertTrue(failed.message().contains("selfAbsorptionCorrectionDict.corrChemFormula"), failed.message());
        assertTrue(failed.message().contains("'Q'"), failed.message());
        assertEquals(NodeStatus.BAD, store.resultOrEmpty("bad", XasNodes.BFT).status());
    }

    private static String readDefaults() {
        try {
            return java.nio.file.Files.readString(SharedData.referenceDir().resolve("defaults/default_params.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> flatNames(Map<String, Object> parameters) {
        return parameters.entrySet().stream().flatMap(e -> e.getValue() instanceof Map<?, ?> nested
                ? ((Map<String, Object>) nested).keySet().stream()
                        .filter(k -> !k.equals("corrJumpStr") && !k.equals("corrChemFormulaM"))
                        .map(k -> e.getKey() + "." + k)
                : java.util.stream.Stream.of(e.getKey())).collect(Collectors.toSet());
    }
}
