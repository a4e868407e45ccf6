package org.parseq.io.write;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;

/**
 * One item as the exports see it: what it is called, where its data came from and how they were
 * read, the parameter values it ran with and what it reached at every node.
 *
 * @param alias      the item's name
 * @param file       the data file, absolute, or null (a combination)
 * @param entry      the entry in the file (HDF5 path, Athena group), or null
 * @param entryNode  the node where its data entered
 * @param format     the data format, as the JSON text the batch and the file browser save, or null
 * @param parameters the values it ran with that differ from the defaults, by parameter name
 * @param results    its result at every node, by node id
 * @param colour     its colour in the plots, {@code #rrggbb}
 */
public record ExportItem(String alias, String file, String entry, String entryNode, String format,
		Map<String, Object> parameters, Map<String, NodeResult> results, String colour) {

	public ExportItem {
		parameters = Map.copyOf(parameters);
		results = new LinkedHashMap<>(results);
	}

	/** Its result at the node when it is good, else null. */
	public NodeResult good(String nodeId) {
		NodeResult result = results.get(nodeId);
		return result != null && result.isGood() ? result : null;
	}

	/** The scalars of the most downstream good node: they include everything found upstream. */
	public Map<String, Double> scalars() {
		Map<String, Double> scalars = Map.of();
		for (NodeResult result : results.values()) {
			if (result.isGood()) {
				scalars = result.scalars();
			}
		}
		return scalars;
	}

	/** Every parameter of the transforms it went through, as it ran with it, by name. */
	public Map<String, Object> appliedParameters(PipelineDefinition pipeline) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (TransformDefinition transform : pipeline.transforms()) {
			NodeResult from = results.get(transform.fromNode());
			NodeResult to = results.get(transform.toNode());
			if (from == null || to == null || from.key() == null || to.key() == null) {
				continue;
			}
			for (ParameterDescriptor descriptor : transform.parameters()) {
				values.put(descriptor.name(), parameters.getOrDefault(descriptor.name(), descriptor.defaultValue()));
			}
		}
		return values;
	}

	/**
	 * What a person needs beside its arrays: alias, file, entry, pipeline, entry node, the state of
	 * every node, the values found and the parameters it ran with (NaN as null, infinities as "inf").
	 */
	public Map<String, Object> description(PipelineDefinition pipeline) {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("alias", alias);
		description.put("file", file);
		description.put("entry", entry);
		description.put("pipeline", pipeline.id());
		description.put("entryNode", entryNode);
		Map<String, String> states = new LinkedHashMap<>();
		results.forEach((node, result) -> states.put(node, result.status().name()));
		description.put("state", states);
		Map<String, Object> found = new TreeMap<>();
		scalars().forEach((name, value) -> found.put(name, jsonValue(value)));
		description.put("scalars", found);
		Map<String, Object> values = new LinkedHashMap<>();
		appliedParameters(pipeline).forEach((name, value) -> values.put(name, jsonValue(value)));
		description.put("parameters", values);
		return description;
	}

	private static Object jsonValue(Object value) {
		if (value instanceof Double real && !Double.isFinite(real)) {
			return Double.isNaN(real) ? null : real > 0 ? "inf" : "-inf";
		}
		if (value instanceof java.util.List<?> list) {
			return list.stream().map(ExportItem::jsonValue).toList();
		}
		return value;
	}
}
