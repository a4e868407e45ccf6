package org.parseq.io.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.DataFormatException;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.read.ColumnGuess.Role;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Chooses the entry node of a {@link ColumnGuess}: arrays are matched by the names pipelines
 * give these quantities (the XDI column names and the original's array names), so that raw
 * currents enter where a pipeline takes currents, and µ where it takes µ.
 */
final class AutoNodeChoice {

	private static final Map<Role, List<String>> ARRAY_NAMES = Map.of(
			Role.I0, List.of("i0", "izero"),
			Role.IT, List.of("itr", "it", "itrans", "i1"),
			Role.IF, List.of("ify", "if", "ifluor", "iey"),
			Role.MU, List.of("mu", "xmu", "muraw"));

	private AutoNodeChoice() {
	}

	static String formatJson(ColumnGuess guess, PipelineDefinition pipeline) throws DataFormatException {
		for (NodeDefinition node : pipeline.topologicalNodes()) {
			Map<String, String> columns = fill(guess, node, pipeline.outputsWithin(node.id()));
			if (columns != null) {
				return json(guess, node, columns);
			}
		}
		throw new DataFormatException(guess.source(), "line " + guess.labelLine(), "found " + guess.describe()
				+ ", but no node of pipeline '" + pipeline.id() + "' takes these arrays");
	}

	/** The node's arrays from the guess, or null when a required one is missing. */
	private static Map<String, String> fill(ColumnGuess guess, NodeDefinition node, Set<String> computedHere) {
		Map<String, String> columns = new LinkedHashMap<>();
		for (ArrayDefinition array : node.arrays()) {
			String source = source(guess, array);
			boolean required = !array.optional() && array.role() != ArrayRole.SCALAR_0D
					&& !computedHere.contains(array.name());
			if (source != null) {
				columns.put(array.name(), source);
			} else if (required) {
				return null;
			}
		}
		return columns.isEmpty() ? null : columns;
	}

	private static String source(ColumnGuess guess, ArrayDefinition array) {
		if (array.role() == ArrayRole.X) {
			return "eV".equals(array.unit()) ? guess.columns().get(Role.ENERGY) : null;
		}
		for (Map.Entry<Role, List<String>> names : ARRAY_NAMES.entrySet()) {
			if (names.getValue().contains(array.name())) {
				if (names.getKey() == Role.MU) {
					return guess.muExpression();
				}
				return guess.columns().get(names.getKey());
			}
		}
		return null;
	}

	private static String json(ColumnGuess guess, NodeDefinition node, Map<String, String> columns) {
		ObjectMapper mapper = new ObjectMapper();
		ObjectNode root = mapper.createObjectNode();
		root.put("node", node.id());
		ObjectNode columnNode = root.putObject("columns");
		columns.forEach(columnNode::put);
		root.put("comments", guess.comments());
		switch (guess.header()) {
		case HeaderRule.SkipRows skip -> root.put("skipRows", skip.count());
		case HeaderRule.LastLineContaining last -> root.put("lastSkipRowContains", last.keyword());
		case HeaderRule.CommentsOnly none -> {
			// comment lines are skipped anyway
		}
		}
		return root.toString();
	}
}
