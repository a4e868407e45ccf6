package org.parseq.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.write.ArrayShapes;
import org.parseq.io.write.AtomicFiles;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * {@code --output json}: {@code DIR/<alias>.json} per item, {@code params.json}'s content under
 * {@code "params"} and the chosen arrays under {@code "nodes" → node id → array} (curves as lists,
 * images as lists of rows). Numbers as Java writes doubles, which read back the same; NaN and
 * infinities as the bare words NaN, Infinity that Python's json module reads.
 */
final class JsonItemWriter {

    static final String EXTENSION = ".json";

    private final PipelineDefinition pipeline;
    private final OutputSelection selection;
    private final ItemWriter describer;
    private final ObjectMapper mapper = JsonMapper.builder().disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();

    JsonItemWriter(PipelineDefinition pipeline, OutputSelection selection) {
        this.pipeline = pipeline;
        this.selection = selection;
        this.describer = new ItemWriter(pipeline, selection);
    }

    static Path file(Path outFolder, ItemOutcome outcome) {
        return outFolder.resolve(outcome.input().alias() + EXTENSION);
    }

    void write(Path outFolder, ItemOutcome outcome) throws IOException {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("params", describer.describe(outcome));
        Map<String, Object> nodes = new LinkedHashMap<>();
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            NodeResult result = outcome.results().get(node.id());
            if (result == null || !result.isGood() || !selection.writes(node)) {
                continue;
            }
            Map<String, Object> arrays = new LinkedHashMap<>();
            for (ArrayDefinition array : node.arrays()) {
                Object data = selection.writes(node, array) ? ArrayShapes.data(array, result) : null;
                if (data != null) {
                    arrays.put(array.name(), data);
                }
            }
            if (!arrays.isEmpty()) {
                nodes.put(node.id(), arrays);
            }
        }
        content.put("nodes", nodes);
        String text = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(content);
        AtomicFiles.writeText(file(outFolder, outcome), true, out -> out.write(text));
    }
}
