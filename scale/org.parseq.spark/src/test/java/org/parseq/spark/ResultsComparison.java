package org.parseq.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * Compares a local run's results.h5 with a Spark run's parts, item by item through the Spark run's
 * index.csv: every array of every node, every value found, whatever layout each file chose
 * ({@code [items x points]} on a shared grid or per item).
 */
final class ResultsComparison {

    /** Whole datasets as read, by file and path: each is read once, not once per item. */
    private static final class Reads {
        private final Map<String, Object> data = new HashMap<>();

        Object of(Dataset dataset) {
            return data.computeIfAbsent(dataset.getFile().getPath() + dataset.getPath(),
                    key -> dataset.getData());
        }
    }

    private ResultsComparison() {
    }

    /** @return the number of arrays compared */
    static int assertSameArrays(Path localResults, Path sparkOut) throws IOException {
        List<String> index = Files.readAllLines(sparkOut.resolve(ResultIndex.FILE_NAME));
        assertEquals("item,alias,part,row,error", index.get(0));
        Map<String, HdfFile> parts = new HashMap<>();
        int compared = 0;
        Reads reads = new Reads();
        try (HdfFile local = new HdfFile(localResults)) {
            String[] aliases = (String[]) local.getDatasetByPath("/items/alias").getData();
            String[] errors = (String[]) local.getDatasetByPath("/items/error").getData();
            assertEquals(aliases.length, index.size() - 1);
            for (int item = 0; item < aliases.length; item++) {
                String[] fields = index.get(item + 1).split(",", -1);
                assertEquals(Integer.toString(item), fields[0]);
                assertEquals(aliases[item], fields[1]);
                HdfFile part = parts.computeIfAbsent(fields[2], name -> new HdfFile(sparkOut.resolve(name)));
                int row = Integer.parseInt(fields[3]);
                assertEquals(aliases[item], ((String[]) reads.of(part.getDatasetByPath("/items/alias")))[row]);
                assertEquals(errors[item], ((String[]) reads.of(part.getDatasetByPath("/items/error")))[row]);
                compared += assertSameScalars(local, item, part, row, reads);
                if (errors[item].isEmpty()) {
                    compared += assertSameNodeArrays(local, item, part, row, aliases[item], reads);
                }
            }
        } finally {
            parts.values().forEach(HdfFile::close);
        }
        return compared;
    }

    private static int assertSameScalars(HdfFile local, int item, HdfFile part, int row, Reads reads) {
        int compared = 0;
        for (String group : List.of("scalars", "parameters")) {
            Group localGroup = (Group) local.getByPath(group);
            for (Node node : localGroup.getChildren().values()) {
                Object values = reads.of((Dataset) node);
                Object partValues = reads.of(part.getDatasetByPath(group + "/" + node.getName()));
                if (values instanceof double[] numbers) {
                    assertEquals(Double.doubleToRawLongBits(numbers[item]),
                            Double.doubleToRawLongBits(((double[]) partValues)[row]), group + "/" + node.getName());
                } else {
                    assertEquals(((String[]) values)[item], ((String[]) partValues)[row], group + "/" + node.getName());
                }
                compared++;
            }
        }
        return compared;
    }

    private static int assertSameNodeArrays(HdfFile local, int item, HdfFile part, int row, String alias,
            Reads reads) {
        int compared = 0;
        Group localNodes = (Group) local.getByPath("nodes");
        Group partNodes = (Group) part.getByPath("nodes");
        assertEquals(localNodes.getChildren().keySet(), partNodes.getChildren().keySet());
        for (String nodeId : localNodes.getChildren().keySet()) {
            Set<String> names = new LinkedHashSet<>(arrayNames((Group) localNodes.getChild(nodeId), item));
            assertEquals(names, arrayNames((Group) partNodes.getChild(nodeId), row), alias + " at " + nodeId);
            for (String name : names) {
                double[] expected = array((Group) localNodes.getChild(nodeId), name, item, reads);
                double[] actual = array((Group) partNodes.getChild(nodeId), name, row, reads);
                assertNotNull(expected, alias + " " + nodeId + "/" + name);
                assertEquals(expected.length, actual.length, alias + " " + nodeId + "/" + name);
                for (int i = 0; i < expected.length; i++) {
                    if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
                        assertArrayEquals(expected, actual, alias + " " + nodeId + "/" + name + " at " + i);
                    }
                }
                compared++;
            }
        }
        return compared;
    }

    /** The arrays an item has at a node: the shared-grid datasets and those of its own group. */
    private static Set<String> arrayNames(Group node, int row) {
        Set<String> names = new LinkedHashSet<>();
        for (Node child : node.getChildren().values()) {
            if (child instanceof Dataset) {
                names.add(child.getName());
            }
        }
        Node own = node.getChild(Integer.toString(row));
        if (own instanceof Group group) {
            group.getChildren().values().forEach(child -> names.add(child.getName()));
        }
        return names;
    }

    /** An item's array flattened: its row of an [items x points] dataset, the shared x, or its own dataset. */
    private static double[] array(Group node, String name, int row, Reads reads) {
        Node child = node.getChild(name);
        if (child instanceof Dataset dataset) {
            Object data = reads.of(dataset);
            return data instanceof double[][] rows ? rows[row] : (double[]) data;
        }
        Dataset own = (Dataset) ((Group) node.getChild(Integer.toString(row))).getChild(name);
        Object data = own.getData();
        if (data instanceof double[] values) {
            return values;
        }
        if (data instanceof double[][] rows) {
            return java.util.Arrays.stream(rows).flatMapToDouble(java.util.Arrays::stream).toArray();
        }
        return java.util.Arrays.stream((double[][][]) data).flatMap(java.util.Arrays::stream)
                .flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
