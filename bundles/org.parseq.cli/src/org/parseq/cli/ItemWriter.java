package org.parseq.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes one item's results: {@code <node id>.txt} for every node it reached (x first, then
 * the node's curves on the same grid; numbers as {@link Double#toString}, which reads back
 * to the same double) and {@code params.json} (parameters used, values found, node states).
 */
final class ItemWriter {

    private final PipelineDefinition pipeline;
    private final ObjectMapper mapper = new ObjectMapper();

    ItemWriter(PipelineDefinition pipeline) {
        this.pipeline = pipeline;
    }

    void write(Path folder, ItemOutcome outcome, Map<String, Object> parameters) throws IOException {
        Files.createDirectories(folder);
        for (NodeDefinition node : pipeline.nodes()) {
            NodeResult result = outcome.results().get(node.id());
            Path file = folder.resolve(node.id() + ".txt");
            if (result != null && result.isGood() && node.abscissa().isPresent()) {
                writeNode(file, node, result);
            } else {
                Files.deleteIfExists(file);
            }
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("params.json").toFile(),
                describe(outcome, parameters));
    }

    /** The columns of a node's text file: x, then curves with x's length, in declaration order. */
    static List<ArrayDefinition> columns(NodeDefinition node, NodeResult result) {
        List<ArrayDefinition> columns = new ArrayList<>();
        ArrayDefinition x = node.abscissa().orElseThrow();
        int length = result.arrays().get(x.name()).length;
        columns.add(x);
        for (ArrayDefinition array : node.arrays()) {
            double[] values = result.arrays().get(array.name());
            if (array.role().isCurve() && values != null && values.length == length) {
                columns.add(array);
            }
        }
        return columns;
    }

    private static void writeNode(Path file, NodeDefinition node, NodeResult result) throws IOException {
        List<ArrayDefinition> columns = columns(node, result);
        double[][] values = columns.stream().map(c -> result.arrays().get(c.name())).toArray(double[][]::new);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("#");
            for (ArrayDefinition column : columns) {
                out.write(' ');
                out.write(column.name());
            }
            out.newLine();
            StringBuilder line = new StringBuilder();
            for (int row = 0; row < values[0].length; row++) {
                line.setLength(0);
                for (int c = 0; c < values.length; c++) {
                    if (c > 0) {
                        line.append(' ');
                    }
                    line.append(values[c][row]);
                }
                out.write(line.toString());
                out.newLine();
            }
        }
    }

    private Map<String, Object> describe(ItemOutcome outcome, Map<String, Object> given) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("alias", outcome.input().alias());
        description.put("file", outcome.input().file().toString());
        description.put("entry", outcome.input().entry());
        description.put("pipeline", pipeline.id());
        description.put("entryNode", outcome.entryNode());
        Map<String, String> states = new LinkedHashMap<>();
        Map<String, String> messages = new LinkedHashMap<>();
        outcome.results().forEach((nodeId, result) -> {
            states.put(nodeId, result.status().name());
            if (!result.message().isEmpty()) {
                messages.put(nodeId, result.message());
            }
        });
        description.put("state", states);
        description.put("error", outcome.failure());
        description.put("messages", messages);
        Map<String, Object> scalars = new TreeMap<>();
        outcome.scalars().forEach((name, value) -> scalars.put(name, jsonNumber(value)));
        description.put("scalars", scalars);
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (TransformDefinition transform : pipeline.transforms()) {
            if (!wasApplied(transform, outcome)) {
                continue;
            }
            for (ParameterDescriptor descriptor : transform.parameters()) {
                Object value = given.getOrDefault(descriptor.name(), descriptor.defaultValue());
                putNested(parameters, descriptor.name(), jsonValue(value));
            }
        }
        parameters.putAll(scalars);
        description.put("parameters", parameters);
        return description;
    }

    private static boolean wasApplied(TransformDefinition transform, ItemOutcome outcome) {
        NodeResult from = outcome.results().get(transform.fromNode());
        NodeResult to = outcome.results().get(transform.toNode());
        return from != null && to != null && from.key() != null && to.key() != null;
    }

    /** The original's dictionaries back from their {@code dict.key} parameters. */
    @SuppressWarnings("unchecked")
    private static void putNested(Map<String, Object> parameters, String name, Object value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            parameters.put(name, value);
            return;
        }
        Object group = parameters.computeIfAbsent(name.substring(0, dot), g -> new LinkedHashMap<String, Object>());
        putNested((Map<String, Object>) group, name.substring(dot + 1), value);
    }

    /** As the original writes them: NaN as null, infinities as "inf", an empty list as null. */
    private static Object jsonValue(Object value) {
        if (value instanceof Double real) {
            return jsonNumber(real);
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : list.stream().map(ItemWriter::jsonValue).toList();
        }
        return value;
    }

    private static Object jsonNumber(double value) {
        if (Double.isNaN(value)) {
            return null;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return value;
    }
}
