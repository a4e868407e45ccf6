package org.parseq.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.ParameterValues;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;

import org.parseq.io.write.AtomicFiles;
import org.parseq.io.write.NodeTextFiles;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes one item's results: its arrays as {@link NodeTextFiles} ({@code <node id>.txt},
 * {@code <node id>.<array>.txt}) and {@code params.json} (parameters used, values found, node
 * states, combination, fits).
 */
final class ItemWriter {

    private final PipelineDefinition pipeline;
    private final OutputSelection selection;
    private final ObjectMapper mapper = new ObjectMapper();
    private final NodeTextFiles nodeFiles;

    ItemWriter(PipelineDefinition pipeline) {
        this(pipeline, OutputSelection.ALL);
    }

    /** Writes only the nodes and arrays selected ({@code --nodes}, {@code --arrays}); params.json always. */
    ItemWriter(PipelineDefinition pipeline, OutputSelection selection) {
        this.pipeline = pipeline;
        this.selection = selection;
        this.nodeFiles = new NodeTextFiles(pipeline, selection.export());
    }

    void write(Path folder, ItemOutcome outcome) throws IOException {
        nodeFiles.write(folder, outcome.results());
        String params = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(describe(outcome));
        AtomicFiles.writeText(folder.resolve("params.json"), true, out -> out.write(params));
    }

    /** Writes every outcome into {@code outFolder/<alias>/}, several at once on the executor. */
    void writeAll(Path outFolder, List<ItemOutcome> outcomes, ExecutorService writers) throws IOException {
        List<Future<?>> writes = new ArrayList<>();
        for (ItemOutcome outcome : outcomes) {
            Path folder = outFolder.resolve(outcome.input().alias());
            writes.add(writers.submit(() -> {
                try {
                    write(folder, outcome);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + folder + ": " + e.getMessage(), e);
                }
            }));
        }
        for (Future<?> write : writes) {
            try {
                write.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing results", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof UncheckedIOException io ? io.getCause()
                        : new IOException("cannot write results: " + cause, cause);
            }
        }
    }

    /** What params.json holds: alias, file, entry, node states, values found, parameters, combination, fits. */
    Map<String, Object> describe(ItemOutcome outcome) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("alias", outcome.input().alias());
        description.put("file", outcome.input().file() == null ? null : outcome.input().file().toString());
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
                Object value = outcome.parameters().getOrDefault(descriptor.name(), descriptor.defaultValue());
                ParameterValues.putNested(parameters, descriptor.name(), jsonValue(value));
            }
        }
        // values found (bandLine.slope, calibrationPoly.intercept, e0) go over the values given
        scalars.forEach((name, value) -> ParameterValues.putNested(parameters, name, value));
        description.put("parameters", indexedAsLists(parameters));
        if (outcome.combination() != null) {
            description.put("combination", outcome.combination());
        }
        if (!outcome.fits().isEmpty()) {
            description.put("fits", FitDescription.jsonReady(outcome.fits()));
        }
        return description;
    }

    /** Values found per element ({@code calibrationData.FWHM.0}, {@code .1}) as the list the original writes. */
    @SuppressWarnings("unchecked")
    private static Object indexedAsLists(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return value;
        }
        Map<String, Object> converted = new LinkedHashMap<>();
        ((Map<String, Object>) map).forEach((key, inner) -> converted.put(key, indexedAsLists(inner)));
        for (int i = 0; i < converted.size(); i++) {
            if (!converted.containsKey(Integer.toString(i))) {
                return converted;
            }
        }
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < converted.size(); i++) {
            list.add(converted.get(Integer.toString(i)));
        }
        return list.isEmpty() ? converted : list;
    }

    private static boolean wasApplied(TransformDefinition transform, ItemOutcome outcome) {
        NodeResult from = outcome.results().get(transform.fromNode());
        NodeResult to = outcome.results().get(transform.toNode());
        return from != null && to != null && from.key() != null && to.key() != null;
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
