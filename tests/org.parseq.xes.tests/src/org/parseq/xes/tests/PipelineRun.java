package org.parseq.xes.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.PipelineRunner;
import org.parseq.core.engine.ProgressMonitor;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.engine.RunReport;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.ParameterType;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.xes.pipeline.XesNodes;
import org.parseq.xes.pipeline.XesPipelineProvider;

/** Items run through the XES pipeline with the core's runner, as the workbench and batch runs do. */
final class PipelineRun {

    final PipelineDefinition pipeline = new XesPipelineProvider().createPipeline();
    final ResultStore store = new ResultStore(0);
    private final List<ItemSpec> specs = new ArrayList<>();
    RunReport report;

    PipelineRun add(String alias, ItemSource source, Map<String, Object> parameters) {
        specs.add(ItemSpec.loaded(alias, alias, XesNodes.THETA_SCAN, source, parameters));
        return this;
    }

    PipelineRun run(int threads) {
        try (PipelineRunner runner = new PipelineRunner(pipeline, store, threads)) {
            report = runner.run(specs, ProgressMonitor.NONE);
        }
        return this;
    }

    NodeResult scan(String alias) {
        return store.resultOrEmpty(alias, XesNodes.THETA_SCAN);
    }

    NodeResult spectra(String alias) {
        return store.resultOrEmpty(alias, XesNodes.ENERGY_XES);
    }

    /**
     * The original's parameter dictionary by our names: its dictionaries become {@code dict.key}
     * parameters, its lists of names text joined with ';', null an empty number list. Its
     * outputs and display-only entries (bandLine, cutoffMaxBelow, the ROI's kind and name, the
     * DCM crystals) are not parameters here and are left out.
     */
    Map<String, Object> byName(Map<String, Object> original) {
        Map<String, Object> flat = new LinkedHashMap<>();
        original.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                nested.forEach((k, v) -> flat.put(key + "." + k, v));
            } else {
                flat.put(key, value);
            }
        });
        Map<String, Object> values = new LinkedHashMap<>();
        flat.forEach((name, value) -> pipeline.parameter(name)
                .ifPresent(descriptor -> values.put(name, descriptor.coerce(convert(value, descriptor)))));
        return values;
    }

    private static Object convert(Object value, ParameterDescriptor descriptor) {
        if (descriptor.type() == ParameterType.REAL_LIST) {
            return value == null ? List.of() : value;
        }
        if (descriptor.type() == ParameterType.TEXT && value instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return value;
    }
}
