package org.parseq.io.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A JSON file per item, {@code <folder>/<alias>.json}: a description of the item under
 * {@code "params"} (what the caller gives: the batch's params.json, the workbench's item) and the
 * chosen arrays under {@code "nodes" → node id → array} (curves as lists, images as lists of
 * rows). Numbers as Java writes doubles, which read back the same; NaN and infinities as the bare
 * words NaN, Infinity that Python's json module reads.
 */
public final class JsonExport {

	public static final String EXTENSION = ".json";

	private final PipelineDefinition pipeline;
	private final ExportSelection selection;
	private final ObjectMapper mapper = JsonMapper.builder().disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();

	public JsonExport(PipelineDefinition pipeline, ExportSelection selection) {
		this.pipeline = pipeline;
		this.selection = selection;
	}

	public static Path file(Path folder, String alias) {
		return folder.resolve(alias + EXTENSION);
	}

	public void write(Path folder, ExportItem item, Map<String, Object> params, boolean overwrite) throws IOException {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("params", params);
		Map<String, Object> nodes = new LinkedHashMap<>();
		for (NodeDefinition node : pipeline.topologicalNodes()) {
			NodeResult result = item.good(node.id());
			if (result == null || !selection.writes(node)) {
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
		AtomicFiles.writeText(file(folder, item.alias()), overwrite, out -> out.write(text));
	}

	/** Where a plotting script finds an array: {@code <alias>.json}, nodes → node → array. */
	public PlotScript.Locator locator() {
		return (row, item, node, array) -> {
			NodeResult result = item.good(node.id());
			return result != null && selection.writes(node, array) && ArrayShapes.data(array, result) != null
					? PlotScript.json(item.alias() + EXTENSION, List.of("nodes", node.id(), array.name()))
					: null;
		};
	}
}
