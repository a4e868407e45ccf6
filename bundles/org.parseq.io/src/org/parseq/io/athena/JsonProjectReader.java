package org.parseq.io.athena;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON flavour of Athena projects (Demeter 0.9.26+, Larix): one object with
 * {@code _____header1..3}, {@code _____journal}, {@code _____order} (the group tags in order) and
 * per group tag an object {@code {"args": {...}, "x": [...], "y": [...], ...}}.
 */
final class JsonProjectReader {

	static final String ORDER = "_____order";
	static final String RESERVED_PREFIX = "_____";

	private JsonProjectReader() {
	}

	static AthenaProject read(Path file, String text) throws DataFormatException {
		String source = file.toString();
		JsonNode root;
		try {
			root = new ObjectMapper().readTree(text);
		} catch (JacksonException e) {
			JsonLocation at = e.getLocation();
			throw new DataFormatException(source, at == null ? "" : "line " + at.getLineNr(),
					"not valid JSON (a damaged JSON Athena project): " + e.getOriginalMessage(), e);
		}
		if (!(root instanceof ObjectNode object) || !object.has(AthenaProject.JSON_SIGNATURE)) {
			throw new DataFormatException(source, "", "a JSON file but not an Athena project: expected an object "
					+ "with '" + AthenaProject.JSON_SIGNATURE + "' and one object per group");
		}
		List<String> order = new ArrayList<>();
		if (object.get(ORDER) instanceof ArrayNode tags) {
			tags.forEach(tag -> order.add(tag.asText()));
		} else {
			object.fieldNames().forEachRemaining(key -> {
				if (!key.startsWith(RESERVED_PREFIX)) {
					order.add(key);
				}
			});
		}
		List<AthenaGroup> groups = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (String tag : order) {
			groups.add(group(source, tag, object.get(tag), notes));
		}
		if (groups.isEmpty()) {
			throw new DataFormatException(source, "", "an Athena project without groups");
		}
		return new AthenaProject(file, "json", groups, notes);
	}

	private static AthenaGroup group(String source, String tag, JsonNode node, List<String> notes) throws DataFormatException {
		if (!(node instanceof ObjectNode group)) {
			throw new DataFormatException(source, "group '" + tag + "'", node == null
					? "listed in " + ORDER + " but missing" : "expected an object with args, x and y");
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		if (group.get("args") instanceof ObjectNode args) {
			args.properties().forEach(entry -> parameters.put(entry.getKey(), text(entry.getValue())));
		}
		Map<String, double[]> arrays = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : group.properties()) {
			if (entry.getKey().equals("args")) {
				continue;
			}
			if (!(entry.getValue() instanceof ArrayNode values) || values.isEmpty()) {
				// an empty array (Demeter writes "signal": [] when it kept none) is no array
				continue;
			}
			double[] numbers = new double[values.size()];
			for (int i = 0; i < numbers.length; i++) {
				JsonNode value = values.get(i);
				if (value.isNumber()) {
					numbers[i] = value.asDouble();
				} else {
					try {
						numbers[i] = Double.parseDouble(value.asText().strip());
					} catch (NumberFormatException e) {
						throw new DataFormatException(source, "group '" + tag + "'", entry.getKey() + "[" + i
								+ "] is " + value + "; expected a number");
					}
				}
			}
			arrays.put(entry.getKey(), numbers);
		}
		return GroupChecks.checked(source, tag, "", arrays, parameters, notes);
	}

	private static String text(JsonNode value) {
		if (value.isArray()) {
			List<String> parts = new ArrayList<>();
			value.forEach(item -> parts.add(text(item)));
			return String.join(", ", parts);
		}
		return value.isNull() ? "" : value.asText();
	}
}
