package org.parseq.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

/**
 * {@code --output hdf5}: the results of a whole run in one HDF5 file (docs/batch.md, "HDF5
 * output"). Row i of every {@code [items x ...]} dataset is item i of {@code /items/alias}.
 * A node whose items all reached it on the same x grid has x once and each curve as
 * {@code /nodes/<node>/<array>}, {@code [items x points]} (NaN rows for items that did not reach it); otherwise, and for images
 * and stacks, each item's arrays are in {@code /nodes/<node>/<row>/}. The file is written under a
 * temporary name and renamed when complete, so a run that stops leaves no file that looks whole.
 */
final class Hdf5Results {

    static final String FILE_NAME = "results.h5";

    private final PipelineDefinition pipeline;
    private final OutputSelection selection;
    private final boolean maps;

    Hdf5Results(PipelineDefinition pipeline, OutputSelection selection) {
        this(pipeline, selection, true);
    }

    private Hdf5Results(PipelineDefinition pipeline, OutputSelection selection, boolean maps) {
        this.pipeline = pipeline;
        this.selection = selection;
        this.maps = maps;
    }

    /** For one part of a run spread over machines: without {@code /maps}, which the driver writes whole. */
    static Hdf5Results part(PipelineDefinition pipeline, OutputSelection selection) {
        return new Hdf5Results(pipeline, selection, false);
    }

    /** Writes {@code outFolder/results.h5} from the outcomes, in their order. */
    void write(Path outFolder, List<ItemOutcome> outcomes) throws IOException {
        writeFile(outFolder.resolve(FILE_NAME), outcomes);
    }

    /** Writes the outcomes, in their order, to the file (one part of a run spread over machines). */
    void writeFile(Path target, List<ItemOutcome> outcomes) throws IOException {
        try {
            org.parseq.io.write.AtomicFiles.writeFile(target, true, partial -> {
                try (WritableHdfFile file = HdfFile.write(partial)) {
                    writeItems(file, outcomes);
                    writeScalars(file.putGroup("scalars"), outcomes);
                    writeParameters(file.putGroup("parameters"), outcomes);
                    WritableGroup nodes = file.putGroup("nodes");
                    for (NodeDefinition node : pipeline.topologicalNodes()) {
                        if (selection.writes(node)) {
                            writeNode(nodes, node, outcomes);
                        }
                    }
                    if (maps) {
                        Hdf5Maps.write(file, outcomes.stream().filter(o -> o.input().map() != null)
                                .map(Hdf5Maps::pixel).toList());
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private void writeItems(WritableHdfFile file, List<ItemOutcome> outcomes) {
        WritableGroup items = file.putGroup("items");
        items.putDataset("alias", strings(outcomes, o -> o.input().alias()));
        items.putDataset("file", strings(outcomes, o -> o.input().argument()));
        items.putDataset("entryNode", strings(outcomes, ItemOutcome::entryNode));
        items.putDataset("error", strings(outcomes, o -> o.failure() == null ? "" : o.failure()));
        file.putAttribute("pipeline", pipeline.id());
    }

    /** The values found (E0, edge step, ...): one dataset per name, NaN for items that did not find it. */
    private static void writeScalars(WritableGroup group, List<ItemOutcome> outcomes) {
        Set<String> names = new LinkedHashSet<>();
        outcomes.forEach(o -> names.addAll(o.scalars().keySet()));
        for (String name : names.stream().sorted().toList()) {
            double[] values = new double[outcomes.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = outcomes.get(i).scalars().getOrDefault(name, Double.NaN);
            }
            group.putDataset(datasetName(name), values);
        }
    }

    /** A '/' would make a path of groups in HDF5. */
    private static String datasetName(String name) {
        return name.replace('/', '_');
    }

    /** Every transform parameter, as numbers where every item's value is a number, else as text. */
    private void writeParameters(WritableGroup group, List<ItemOutcome> outcomes) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (TransformDefinition transform : pipeline.transforms()) {
            for (ParameterDescriptor descriptor : transform.parameters()) {
                defaults.putIfAbsent(descriptor.name(), descriptor.defaultValue());
            }
        }
        defaults.forEach((name, defaultValue) -> {
            List<Object> values = outcomes.stream().map(o -> o.parameters().getOrDefault(name, defaultValue)).toList();
            if (values.stream().allMatch(v -> v instanceof Number)) {
                group.putDataset(datasetName(name), values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray());
            } else {
                group.putDataset(datasetName(name), values.stream().map(v -> v == null ? "" : String.valueOf(v))
                        .toArray(String[]::new));
            }
        });
    }

    private void writeNode(WritableGroup nodes, NodeDefinition node, List<ItemOutcome> outcomes) {
        List<ArrayDefinition> chosen = node.arrays().stream().filter(a -> selection.writes(node, a)).toList();
        if (chosen.isEmpty()) {
            return;
        }
        List<NodeResult> results = outcomes.stream().map(o -> goodResult(o, node)).toList();
        if (results.stream().allMatch(r -> r == null)) {
            return;
        }
        WritableGroup group = nodes.putGroup(node.id());
        double[] sharedX = sharedGrid(node, chosen, results);
        List<ArrayDefinition> perItem = new ArrayList<>();
        for (ArrayDefinition array : chosen) {
            if (results.stream().noneMatch(r -> r != null && r.arrays().containsKey(array.name()))
                    && isLine(array)) {
                continue; // an optional array no item has (eref without a reference channel)
            }
            if (sharedX != null && isLine(array)) {
                if (node.abscissa().orElseThrow().name().equals(array.name())) {
                    group.putDataset(array.name(), sharedX);
                } else {
                    group.putDataset(array.name(), rows(array.name(), sharedX.length, results));
                }
            } else {
                perItem.add(array);
            }
        }
        group.putAttribute("layout", sharedX != null ? "shared grid: x once, curves [items x points]"
                : "per item: /nodes/" + node.id() + "/<row>/<array>");
        for (int row = 0; row < results.size(); row++) {
            NodeResult result = results.get(row);
            if (result == null || perItem.isEmpty()) {
                continue;
            }
            WritableGroup item = null;
            for (ArrayDefinition array : perItem) {
                Object data = org.parseq.io.write.ArrayShapes.data(array, result);
                if (data != null) {
                    if (item == null) {
                        item = group.putGroup(Integer.toString(row));
                    }
                    item.putDataset(array.name(), data);
                }
            }
        }
    }

    /** x and the curves: the 1D arrays the text output writes too. */
    private static boolean isLine(ArrayDefinition array) {
        return org.parseq.io.write.ArrayShapes.isLine(array);
    }

    private static NodeResult goodResult(ItemOutcome outcome, NodeDefinition node) {
        NodeResult result = outcome.results().get(node.id());
        return result != null && result.isGood() ? result : null;
    }

    /** x when every item that reached the node has the same x, and every chosen curve has its length; else null. */
    static double[] sharedGrid(NodeDefinition node, List<ArrayDefinition> chosen, List<NodeResult> results) {
        if (node.abscissa().isEmpty()) {
            return null;
        }
        String xName = node.abscissa().get().name();
        double[] shared = null;
        for (NodeResult result : results) {
            if (result == null) {
                continue;
            }
            double[] x = result.arrays().get(xName);
            if (x == null || shared != null && !Arrays.equals(shared, x)) {
                return null;
            }
            shared = x;
            for (ArrayDefinition array : chosen) {
                double[] values = result.arrays().get(array.name());
                if (isLine(array) && values != null && values.length != x.length) {
                    return null;
                }
            }
        }
        return shared;
    }

    private static double[][] rows(String name, int points, List<NodeResult> results) {
        double[][] rows = new double[results.size()][];
        for (int i = 0; i < rows.length; i++) {
            double[] values = results.get(i) == null ? null : results.get(i).arrays().get(name);
            if (values == null) {
                values = new double[points];
                Arrays.fill(values, Double.NaN);
            }
            rows[i] = values;
        }
        return rows;
    }

    private static String[] strings(List<ItemOutcome> outcomes, java.util.function.Function<ItemOutcome, String> field) {
        return outcomes.stream().map(field).map(s -> s == null ? "" : s).toArray(String[]::new);
    }
}
