package org.parseq.model.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.engine.FitRecord;
import org.parseq.core.engine.ResultStore;
import org.parseq.model.FitCommands;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.FitSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fits in our project JSON: per item a list {@code "fits"} of {@code {kind, node, settings,
 * result?}}. The result is the latest outcome in the original's keys with its status and
 * message; it is read back as the fit's saved result (shown until the fit runs again).
 * Numbers that JSON cannot hold (NaN, ±infinity) are written as the text Java parses back.
 */
final class FitJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FitJson() {
    }

    /** Adds {@code "fits"} to every item object of the tree JSON that has fits. */
    static void addFits(JsonNode tree, Session session) {
        Map<String, DataItem> items = new LinkedHashMap<>();
        session.items().forEach(item -> items.put(item.getId(), item));
        addFits(tree, items, session.results());
    }

    private static void addFits(JsonNode elements, Map<String, DataItem> items, ResultStore results) {
        for (JsonNode element : elements) {
            if (element.has("children")) {
                addFits(element.get("children"), items, results);
            }
            DataItem item = items.get(element.path("id").asText());
            if (item != null && !item.getFits().isEmpty() && element instanceof ObjectNode object) {
                object.set("fits", write(item, results));
            }
        }
    }

    private static ArrayNode write(DataItem item, ResultStore results) {
        ArrayNode fits = NODES.arrayNode();
        for (FitSettings fit : item.getFits()) {
            ObjectNode json = fits.addObject();
            json.put("kind", fit.getKind());
            if (fit.getNode() != null) {
                json.put("node", fit.getNode());
            }
            json.set("settings", toJson(FitCommands.settings(fit)));
            FitRecord record = results.fit(item.getId(), fit.getKind()).orElse(null);
            if (record != null) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("status", record.status().name());
                result.put("message", record.message());
                if (record.hasOutcome()) {
                    result.putAll(record.outcome().report());
                }
                json.set("result", toJson(result));
            } else if (fit.getSavedResult() != null) {
                json.set("result", toJson(fit.getSavedResult()));
            }
        }
        return fits;
    }

    /** Reads an item's {@code "fits"}; a fit of a kind met twice is refused naming the place. */
    static void read(Path file, DataItem item, JsonNode fits, String place) throws ProjectFileException {
        if (fits.isMissingNode() || fits.isNull()) {
            return;
        }
        if (!fits.isArray()) {
            throw new ProjectFileException(file, place, "must be a list of fits");
        }
        for (int i = 0; i < fits.size(); i++) {
            JsonNode json = fits.get(i);
            String where = place + "[" + i + "]";
            String kind = json.path("kind").asText("");
            if (kind.isEmpty()) {
                throw new ProjectFileException(file, where, "a fit needs a \"kind\"");
            }
            if (FitCommands.fit(item, kind).isPresent()) {
                throw new ProjectFileException(file, where, "a second fit '" + kind + "' of item '" + item.getAlias()
                        + "'");
            }
            if (!json.path("settings").isObject()) {
                throw new ProjectFileException(file, where + ".settings", "must be an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) fromJson(json.get("settings"));
            FitSettings fit = FitCommands.newFit(kind, json.hasNonNull("node") ? json.get("node").asText() : null,
                    settings);
            if (json.has("result")) {
                fit.setSavedResult(FitCommands.frozen(fromJson(json.get("result"))));
            }
            item.getFits().add(fit);
        }
    }

    static JsonNode toJson(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), toJson(v)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(v -> array.add(toJson(v)));
            return array;
        }
        if (value instanceof Integer || value instanceof Long) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? NODES.numberNode(d) : NODES.textNode(Double.toString(d));
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        return NODES.textNode(String.valueOf(value));
    }

    static Object fromJson(JsonNode json) {
        if (json.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            json.fields().forEachRemaining(e -> map.put(e.getKey(), fromJson(e.getValue())));
            return map;
        }
        if (json.isArray()) {
            List<Object> list = new ArrayList<>();
            json.forEach(e -> list.add(fromJson(e)));
            return list;
        }
        if (json.isIntegralNumber() && json.canConvertToInt()) {
            return json.intValue();
        }
        if (json.isIntegralNumber() && json.canConvertToLong()) {
            return json.longValue();
        }
        if (json.isNumber()) {
            return json.doubleValue();
        }
        if (json.isBoolean()) {
            return json.booleanValue();
        }
        if (json.isTextual()) {
            String text = json.textValue();
            return switch (text) {
                case "NaN" -> Double.NaN;
                case "Infinity" -> Double.POSITIVE_INFINITY;
                case "-Infinity" -> Double.NEGATIVE_INFINITY;
                default -> text;
            };
        }
        return null;
    }
}
