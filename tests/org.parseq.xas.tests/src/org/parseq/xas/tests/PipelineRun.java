package org.parseq.xas.tests;

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
import org.parseq.xas.pipeline.XasNodes;
import org.parseq.xas.pipeline.XasPipelineProvider;

/** Reference items run through the XAS pipeline with the core's runner, as the workbench and batch runs do. */
final class PipelineRun {

    final PipelineDefinition pipeline = new XasPipelineProvider().createPipeline();
    final ResultStore store = new ResultStore(0);
    final RunReport report;

    PipelineRun(List<ReferenceItem> items, int threads, boolean withProjectParameters) {
        List<ItemSpec> specs = new ArrayList<>();
        for (ReferenceItem item : items) {
            Map<String, Object> parameters = withProjectParameters ? byName(item.transformParams) : Map.of();
            specs.add(ItemSpec.loaded(item.name, item.name, item.entersAtMu() ? XasNodes.MU : XasNodes.CURRENTS_TR,
                    new RawTable(item), parameters));
        }
        try (PipelineRunner runner = new PipelineRunner(pipeline, store, threads)) {
            report = runner.run(specs, ProgressMonitor.NONE);
        }
    }

    NodeResult result(ReferenceItem item, String node) {
        return store.resultOrEmpty(item.name, node);
    }

    /**
     * The original's parameter dictionary applied by name: its dictionaries become
     * {@code dict.key} names, null in a number list NaN, a null list empty, "inf" infinity.
     * Names that are not parameters here (outputs, HERFD) are left out.
     */
    Map<String, Object> byName(Map<String, Object> original) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", original, flat);
        Map<String, Object> values = new LinkedHashMap<>();
        flat.forEach((name, value) -> pipeline.parameter(name)
                .ifPresent(descriptor -> values.put(name, descriptor.coerce(convert(value, descriptor)))));
        return values;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, Map<String, Object> flat) {
        map.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                flatten(prefix + key + ".", (Map<String, Object>) nested, flat);
            } else {
                flat.put(prefix + key, value);
            }
        });
    }

    private static Object convert(Object value, ParameterDescriptor descriptor) {
        if (descriptor.type() != ParameterType.REAL_LIST && descriptor.type() != ParameterType.REAL) {
            return value;
        }
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> v == null ? Double.NaN : ReferenceItem.toDouble(v)).toList();
        }
        return ReferenceItem.toDouble(value);
    }

    /** The reference's raw table: eraw, i0, itr for currents, e and mu for µd entries. */
    private record RawTable(ReferenceItem item) implements ItemSource {
        @Override
        public Object identity() {
            return item.dir.toString();
        }

        @Override
        public Map<String, double[]> load() {
            double[][] raw = item.table("0_raw.txt.gz");
            return item.entersAtMu() ? Map.of("e", raw[0], "mu", raw[1])
                    : Map.of("eraw", raw[0], "i0", raw[1], "itr", raw[2]);
        }
    }
}
