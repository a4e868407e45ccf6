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

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes one item's results ({@link ArrayFiles} says how numbers are written):
 * {@code <node id>.txt} for every 1D node it reached (x first, then the node's curves on the
 * same grid), {@code <node id>.<array>.txt} for each image, stack, and curve on another axis
 * than the node's x, and {@code params.json} (parameters used, values found, node states).
 */
final class ItemWriter {

    private final PipelineDefinition pipeline;
    private final OutputSelection selection;
    private final ObjectMapper mapper = new ObjectMapper();

    ItemWriter(PipelineDefinition pipeline) {
        this(pipeline, OutputSelection.ALL);
    }

    /** Writes only the nodes and arrays selected ({@code --nodes}, {@code --arrays}); params.json always. */
    ItemWriter(PipelineDefinition pipeline, OutputSelection selection) {
        this.pipeline = pipeline;
        this.selection = selection;
    }

    void write(Path folder, ItemOutcome outcome) throws IOException {
        Files.createDirectories(folder);
        for (NodeDefinition node : pipeline.nodes()) {
            NodeResult result = outcome.results().get(node.id());
            boolean good = result != null && result.isGood() && selection.writes(node);
            Path table = folder.resolve(node.id() + ".txt");
            List<ArrayDefinition> columns = good ? tableColumns(node, result) : List.of();
            if (!columns.isEmpty()) {
                ArrayFiles.writeColumns(table, columns.stream().map(ArrayDefinition::name).toList(),
                        columns.stream().map(c -> result.arrays().get(c.name())).toList());
            } else {
                Files.deleteIfExists(table);
            }
            for (ArrayDefinition array : node.arrays()) {
                Path file = folder.resolve(node.id() + "." + array.name() + ".txt");
                if (!good || !selection.writes(node, array) || !writeOwnFile(file, node, array, result)) {
                    Files.deleteIfExists(file);
                }
            }
        }
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

    /** The columns written to the node's table {@code <node id>.txt} (x first), empty when none is written. */
    List<ArrayDefinition> tableColumns(NodeDefinition node, NodeResult result) {
        if (!selection.writes(node) || node.abscissa().isEmpty()
                || !result.arrays().containsKey(node.abscissa().get().name())) {
            return List.of();
        }
        List<ArrayDefinition> columns = columns(node, result).stream().filter(c -> selection.writes(node, c)).toList();
        boolean anyChosen = selection.arrayNames().isEmpty()
                || columns.stream().anyMatch(c -> selection.arrayNames().contains(c.name()));
        return anyChosen ? columns : List.of();
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

    /** Images, stacks, and curves that are not on the node's x grid, each in a file of its own. */
    private static boolean writeOwnFile(Path file, NodeDefinition node, ArrayDefinition array, NodeResult result)
            throws IOException {
        switch (array.role()) {
            case IMAGE_2D -> {
                if (result.image(array.name()).isEmpty()) {
                    return false;
                }
                ArrayFiles.writeImage(file, array.name(), array.axes(), array.unit(), result.image(array.name()).get());
                return true;
            }
            case STACK_3D -> {
                if (result.stack(array.name()).isEmpty()) {
                    return false;
                }
                ArrayFiles.writeStack(file, array.name(), array.axes(), array.unit(), result.stack(array.name()).get());
                return true;
            }
            default -> {
                return array.role().isCurve() && writeOffGridCurve(file, node, array, result);
            }
        }
    }

    /** A curve whose length differs from x's, beside its own axis array when it names one of its length. */
    private static boolean writeOffGridCurve(Path file, NodeDefinition node, ArrayDefinition array, NodeResult result)
            throws IOException {
        double[] values = result.arrays().get(array.name());
        double[] x = node.abscissa().map(a -> result.arrays().get(a.name())).orElse(null);
        if (values == null || x != null && x.length == values.length) {
            return false;
        }
        double[] axis = array.axes().isEmpty() ? null : result.arrays().get(array.axes().get(0));
        if (axis != null && axis.length == values.length) {
            ArrayFiles.writeColumns(file, List.of(array.axes().get(0), array.name()), List.of(axis, values));
        } else {
            ArrayFiles.writeColumns(file, List.of(array.name()), List.of(values));
        }
        return true;
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
