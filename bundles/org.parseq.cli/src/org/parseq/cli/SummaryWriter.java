package org.parseq.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;

/** summary.csv: one row per item with its node states, E0, edge step and error. */
final class SummaryWriter {

    private SummaryWriter() {
    }

    static void write(Path file, PipelineDefinition pipeline, List<ItemOutcome> outcomes) throws IOException {
        write(file, header(pipeline), outcomes.stream().map(outcome -> row(pipeline, outcome)).toList());
    }

    /** Writes the header and the rows, each a list of fields as {@link #row} makes them. */
    static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", header));
            out.newLine();
            for (List<String> row : rows) {
                out.write(String.join(",", row.stream().map(SummaryWriter::quoted).toList()));
                out.newLine();
            }
        }
    }

    static List<String> header(PipelineDefinition pipeline) {
        List<String> header = new ArrayList<>(List.of("alias", "file", "entryNode"));
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            header.add("state_" + node.id());
        }
        header.addAll(List.of("e0", "edgeStep", "error"));
        return header;
    }

    /** An item's fields, unquoted, in the order of {@link #header}. */
    static List<String> row(PipelineDefinition pipeline, ItemOutcome outcome) {
        List<String> row = new ArrayList<>();
        row.add(outcome.input().alias());
        row.add(outcome.input().argument());
        row.add(outcome.entryNode());
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            row.add(outcome.results().get(node.id()).status().name());
        }
        Double e0 = outcome.scalars().get("e0");
        Double edgeStep = outcome.scalars().get("edgeStep");
        row.add(e0 == null ? "" : e0.toString());
        row.add(edgeStep == null ? "" : edgeStep.toString());
        row.add(outcome.failure() == null ? "" : outcome.failure());
        return row;
    }

    private static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"").replace("\r", " ").replace("\n", " ") + "\"";
        }
        return field;
    }
}
