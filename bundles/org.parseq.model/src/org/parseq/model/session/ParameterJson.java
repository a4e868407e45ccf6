package org.parseq.model.session;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Parameter values as JSON: numbers, booleans, text and lists of them. */
final class ParameterJson {

    private ParameterJson() {
    }

    static JsonNode toJson(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof Integer integer) {
            return nodes.numberNode(integer);
        }
        if (value instanceof Number number) {
            return nodes.numberNode(number.doubleValue());
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(element -> array.add(toJson(element)));
            return array;
        }
        if (value instanceof String text) {
            return nodes.textNode(text);
        }
        throw new IllegalArgumentException("a parameter value of type " + value.getClass().getName()
                + " cannot be saved");
    }

    /** The Java value of a JSON value, before the parameter's descriptor checks and converts it. */
    static Object fromJson(JsonNode json) {
        if (json.isIntegralNumber() && json.canConvertToInt()) {
            return json.intValue();
        }
        if (json.isNumber()) {
            return json.doubleValue();
        }
        if (json.isBoolean()) {
            return json.booleanValue();
        }
        if (json.isArray()) {
            List<Object> list = new ArrayList<>();
            json.forEach(element -> list.add(fromJson(element)));
            return List.copyOf(list);
        }
        if (json.isTextual()) {
            return json.textValue();
        }
        return null;
    }
}
