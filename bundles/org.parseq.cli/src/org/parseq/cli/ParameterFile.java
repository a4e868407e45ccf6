package org.parseq.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.ParameterType;
import org.parseq.core.pipeline.PipelineDefinition;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * PARAMS.json: parameter values by the original's names, as its project files hold them.
 * Nested dictionaries of the original are parameter groups named {@code dict.key}; a JSON
 * {@code null} in a list of numbers is NaN and a list that is null as a whole is empty;
 * {@code "inf"} is infinity. Names that are not parameters of the pipeline (the original's
 * outputs such as e0, or transforms not ported) are reported and ignored.
 *
 * @param values  checked values by parameter name
 * @param ignored names that are not parameters of the pipeline
 */
record ParameterFile(Map<String, Object> values, List<String> ignored) {

    static ParameterFile none() {
        return new ParameterFile(Map.of(), List.of());
    }

    static ParameterFile read(Path file, PipelineDefinition pipeline) throws UsageException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new UsageException(file + ": line " + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read: " + e.getMessage());
        }
        if (!(root instanceof ObjectNode object)) {
            throw new UsageException(file + ": expected a JSON object {\"<parameter name>\": value, ...}");
        }
        Map<String, JsonNode> flat = new LinkedHashMap<>();
        flatten("", object, flat);
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : flat.entrySet()) {
            Optional<ParameterDescriptor> descriptor = pipeline.parameter(entry.getKey());
            if (descriptor.isEmpty()) {
                ignored.add(entry.getKey());
                continue;
            }
            try {
                values.put(entry.getKey(), descriptor.get().coerce(toJava(entry.getValue(), descriptor.get())));
            } catch (IllegalArgumentException e) {
                throw new UsageException(file + ": " + e.getMessage());
            }
        }
        return new ParameterFile(values, ignored);
    }

    private static void flatten(String prefix, ObjectNode object, Map<String, JsonNode> flat) {
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String name = prefix + entry.getKey();
            if (entry.getValue() instanceof ObjectNode nested) {
                flatten(name + ".", nested, flat);
            } else {
                flat.put(name, entry.getValue());
            }
        }
    }

    private static Object toJava(JsonNode value, ParameterDescriptor descriptor) {
        boolean numeric = descriptor.type() == ParameterType.REAL || descriptor.type() == ParameterType.REAL_LIST;
        if (value.isNull()) {
            if (descriptor.type() == ParameterType.REAL_LIST) {
                return List.of();
            }
            throw new IllegalArgumentException("parameter '" + descriptor.name() + "' cannot be null");
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonNode element : value) {
                list.add(element.isNull() && numeric ? Double.NaN : toJava(element, descriptor));
            }
            return list;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        String text = value.asText();
        if (numeric) {
            return switch (text.strip().toLowerCase()) {
                case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
                case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
                case "nan" -> Double.NaN;
                default -> text;
            };
        }
        return text;
    }
}
