package org.parseq.io.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parseq.io.DataFormatException;
import org.parseq.io.format.Conversion;
import org.parseq.io.format.DataSource;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.format.Slice;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a FORMAT.json text:
 * {@code {"node": "currents Tr", "columns": {"eraw": "Col1", "i0": "Col3+Col4"}, "comments": "#",
 * "skipRows": 0, "lastSkipRowContains": "Col ", "conversionFactors": {"i0": "µA"}, "slices": {"i0": "0, :"},
 * "metadata": "title, instrument/start_positioners/mp_x"}}; every key but
 * node and columns is optional. Unknown keys are errors, so that a misspelt option is not
 * silently ignored. Instances are thread-safe.
 */
public final class FormatJson {

    static final Set<String> KEYS = Set.of("node", "columns", "comments", "skipRows", "skiprows",
            "lastSkipRowContains", "conversionFactors", "slices", "metadata");

    private final ObjectMapper mapper = new ObjectMapper();

    public FormatDefinition read(Path file) throws DataFormatException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataFormatException(file.toString(), "", "cannot read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /**
     * @param source names the text in messages, e.g. the file it came from
     * @throws DataFormatException naming the source, the key and what is wrong
     */
    public FormatDefinition parse(String text, String source) throws DataFormatException {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new DataFormatException(source, where, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!(root instanceof ObjectNode object)) {
            throw new DataFormatException(source, "", "expected a JSON object {\"node\": ..., \"columns\": {...}}");
        }
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String key = property.getKey();
            if (!KEYS.contains(key)) {
                throw new DataFormatException(source, "key \"" + key + "\"",
                        "unknown key; expected node, columns, comments, skipRows, lastSkipRowContains, conversionFactors, slices, metadata");
            }
        }
        String node = requiredText(object, "node", source);
        Map<String, String> columns = columns(object.get("columns"), source);
        String comments = optionalText(object, "comments", source, "#");
        HeaderRule header = header(object, source);
        Map<String, String> conversions = conversions(object.get("conversionFactors"), source);
        Map<String, String> slices = slices(object.get("slices"), source);
        List<String> metadata = metadata(object.get("metadata"), source);
        return new FormatDefinition(source, node, columns, comments, header, conversions, slices, metadata);
    }

    private static String requiredText(ObjectNode object, String key, String source) throws DataFormatException {
        JsonNode value = object.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new DataFormatException(source, "key \"" + key + "\"", value == null ? "missing"
                    : "expected a non-empty string, found " + value);
        }
        return value.asText();
    }

    private static String optionalText(ObjectNode object, String key, String source, String absent)
            throws DataFormatException {
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isTextual()) {
            throw new DataFormatException(source, "key \"" + key + "\"", "expected a string, found " + value);
        }
        return value.asText();
    }

    private static Map<String, String> columns(JsonNode value, String source) throws DataFormatException {
        if (!(value instanceof ObjectNode object) || object.isEmpty()) {
            throw new DataFormatException(source, "key \"columns\"", value == null ? "missing"
                    : "expected an object of array name to source, e.g. {\"eraw\": \"Col1\"}, found " + value);
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            JsonNode column = entry.getValue();
            String text;
            if (column.isTextual()) {
                text = column.asText();
            } else if (column.isIntegralNumber() && column.asLong() >= 0) {
                text = column.asText();
            } else if (column.isNull()) {
                text = "";
            } else {
                throw new DataFormatException(source, "columns." + entry.getKey(),
                        "expected a column index, a column expression such as \"Col3+Col4\" or a dataset path, found "
                                + column);
            }
            try {
                DataSource.parse(text);
            } catch (DataFormatException e) {
                throw e.within(source, "columns." + entry.getKey());
            }
            columns.put(entry.getKey(), text);
        }
        return columns;
    }

    private static HeaderRule header(ObjectNode object, String source) throws DataFormatException {
        JsonNode skip = object.has("skipRows") ? object.get("skipRows") : object.get("skiprows");
        if (skip != null && !skip.isNull()) {
            if (!skip.isIntegralNumber() || skip.asLong() < 0 || skip.asLong() > Integer.MAX_VALUE) {
                throw new DataFormatException(source, "key \"skipRows\"", "expected a whole number >= 0, found " + skip);
            }
            return new HeaderRule.SkipRows(skip.asInt());
        }
        String keyword = optionalText(object, "lastSkipRowContains", source, "");
        return keyword.isEmpty() ? new HeaderRule.CommentsOnly() : new HeaderRule.LastLineContaining(keyword);
    }

    private static Map<String, String> slices(JsonNode value, String source) throws DataFormatException {
        Map<String, String> slices = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return slices;
        }
        if (!(value instanceof ObjectNode object)) {
            throw new DataFormatException(source, "key \"slices\"",
                    "expected an object of array name to slice, e.g. {\"xes2D\": \"0, :, :\"}, found " + value);
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            JsonNode slice = entry.getValue();
            if (slice.isNull() || (slice.isTextual() && slice.asText().isBlank())) {
                continue;
            }
            if (!slice.isTextual() && !slice.isIntegralNumber()) {
                throw new DataFormatException(source, "slices." + entry.getKey(),
                        "expected a slice such as \"0, :, :\" or \":, 5\", found " + slice);
            }
            try {
                Slice.parse(slice.asText());
            } catch (DataFormatException e) {
                throw e.within(source, "slices." + entry.getKey());
            }
            slices.put(entry.getKey(), slice.asText());
        }
        return slices;
    }

    private static List<String> metadata(JsonNode value, String source) throws DataFormatException {
        List<String> paths = new ArrayList<>();
        if (value == null || value.isNull()) {
            return paths;
        }
        if (value.isTextual()) {
            for (String path : value.asText().split(",")) {
                if (!path.isBlank()) {
                    paths.add(path.strip());
                }
            }
            return paths;
        }
        if (value instanceof ArrayNode array) {
            for (JsonNode path : array) {
                if (!path.isTextual() || path.asText().isBlank()) {
                    throw new DataFormatException(source, "key \"metadata\"", "expected HDF5 paths as strings, found " + path);
                }
                paths.add(path.asText().strip());
            }
            return paths;
        }
        throw new DataFormatException(source, "key \"metadata\"",
                "expected comma-separated HDF5 paths or a list of them, found " + value);
    }

    private static Map<String, String> conversions(JsonNode value, String source) throws DataFormatException {
        Map<String, String> conversions = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return conversions;
        }
        if (!(value instanceof ObjectNode object)) {
            throw new DataFormatException(source, "key \"conversionFactors\"",
                    "expected an object of array name to factor or unit, e.g. {\"i0\": \"µA\"}, found " + value);
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            JsonNode factor = entry.getValue();
            if (factor.isNull()) {
                continue;
            }
            if (!factor.isTextual() && !factor.isNumber()) {
                throw new DataFormatException(source, "conversionFactors." + entry.getKey(),
                        "expected a number, a unit such as \"µA\" or lim(min, max), found " + factor);
            }
            try {
                Conversion.parse(factor.asText());
            } catch (DataFormatException e) {
                throw e.within(source, "conversionFactors." + entry.getKey());
            }
            conversions.put(entry.getKey(), factor.asText());
        }
        return conversions;
    }
}
