package org.parseq.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.cli.ParseqCli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;

/** {@code --output hdf5}, {@code --nodes} and {@code --arrays} on the Cu foils of the shared data. */
class BatchOutputTest {

    private static final List<String> NODES = List.of("currents_tr", "mu", "chi", "ft", "bft");

    @TempDir
    Path temp;

    private record Run(int status, String err) {
    }

    private Run batch(Path out, String... options) throws IOException {
        return batch(CuFoils.NAMES, out, options);
    }

    private Run batch(List<String> foilNames, Path out, String... options) throws IOException {
        Path format = temp.resolve("FORMAT.json");
        Files.writeString(format, CuFoils.FORMAT);
        List<String> args = new ArrayList<>(List.of("batch", "--pipeline", "xas", "--format", format.toString(),
                "--threads", "2", "--out", out.toString()));
        args.addAll(List.of(options));
        Path foils = SharedData.sharedDir().resolve("data/parseq-xas/foils");
        foilNames.forEach(f -> args.add(foils.resolve(f + ".dat").toString()));
        StringWriter err = new StringWriter();
        int status = ParseqCli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        return new Run(status, err.toString());
    }

    @Test
    void theHdf5FileHoldsTheNumbersOfTheTextFilesBitForBit() throws IOException {
        compareHdf5WithText(CuFoils.NAMES);
    }

    /** A Co foil among Cu ones: µd, χ and FT are on other grids, so each item's arrays are in its own group. */
    @Test
    void itemsOnOtherGridsAreWrittenPerItemBitForBit() throws IOException {
        compareHdf5WithText(List.of("Cu-foil_EXAFS_23068", "Co-foil_EXAFS_23107", "Cu-foil_EXAFS_23069"));
        try (HdfFile file = new HdfFile(temp.resolve("hdf5/results.h5"))) {
            assertEquals("per item: /nodes/mu/<row>/<array>", file.getByPath("/nodes/mu").getAttribute("layout")
                    .getData());
        }
    }

    private void compareHdf5WithText(List<String> foils) throws IOException {
        Path text = temp.resolve("text");
        Path hdf5 = temp.resolve("hdf5");
        Run textRun = batch(foils, text);
        assertEquals(0, textRun.status(), textRun.err());
        Run hdf5Run = batch(foils, hdf5, "--output", "hdf5");
        assertEquals(0, hdf5Run.status(), hdf5Run.err());
        try (Stream<Path> written = Files.list(hdf5)) {
            assertEquals(List.of("results.h5", "summary.csv"), written.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "one HDF5 file for the run, no item folders, no temporary file left");
        }
        ObjectMapper mapper = new ObjectMapper();
        try (HdfFile file = new HdfFile(hdf5.resolve("results.h5"))) {
            assertArrayEquals(foils.toArray(), (String[]) file.getDatasetByPath("/items/alias").getData());
            assertEquals("", ((String[]) file.getDatasetByPath("/items/error").getData())[0]);
            int comparedArrays = 0;
            for (int row = 0; row < foils.size(); row++) {
                Path item = text.resolve(foils.get(row));
                for (String node : NODES) {
                    Path table = item.resolve(node + ".txt");
                    List<String> names = List.of(Files.readAllLines(table).get(0).substring(2).split(" "));
                    double[][] rows = ArrayTables.rows(table);
                    for (int c = 0; c < names.size(); c++) {
                        final int column = c;
                        double[] expected = Arrays.stream(rows).mapToDouble(r -> r[column]).toArray();
                        double[] actual = itemArray(file, node, names.get(c), row);
                        assertEquals(expected.length, actual.length, node + "." + names.get(c));
                        for (int i = 0; i < expected.length; i++) {
                            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                                    foils.get(row) + " " + node + "." + names.get(c) + "[" + i + "]");
                        }
                        comparedArrays++;
                    }
                }
                JsonNode scalars = mapper.readTree(item.resolve("params.json").toFile()).get("scalars");
                for (String scalar : List.of("e0", "edgeStep")) {
                    double[] values = (double[]) file.getDatasetByPath("/scalars/" + scalar).getData();
                    assertEquals(scalars.get(scalar).asDouble(), values[row], 0.0, foils.get(row) + " " + scalar);
                }
            }
            assertTrue(comparedArrays >= foils.size() * 15, "arrays compared: " + comparedArrays);
            assertTrue(((io.jhdf.api.Group) file.getByPath("/parameters")).getChildren().size() > 10,
                    "the parameters of the transforms");
        }
    }

    /** Item {@code row}'s array at a node, from [items x points] when the grid is shared, else from its own group. */
    private static double[] itemArray(HdfFile file, String node, String array, int row) {
        Dataset dataset;
        try {
            dataset = file.getDatasetByPath("/nodes/" + node + "/" + array);
        } catch (RuntimeException notShared) {
            return (double[]) file.getDatasetByPath("/nodes/" + node + "/" + row + "/" + array).getData();
        }
        Object data = dataset.getData();
        return data instanceof double[][] rows ? rows[row] : (double[]) data;
    }

    @Test
    void nodesAndArraysRestrictTheFilesWritten() throws IOException {
        Path out = temp.resolve("out");
        Run run = batch(out, "--nodes", "chi,ft", "--arrays", "chi,ftr");
        assertEquals(0, run.status(), run.err());
        for (String foil : CuFoils.NAMES) {
            Path item = out.resolve(foil);
            try (Stream<Path> written = Files.list(item)) {
                assertEquals(List.of("chi.txt", "ft.txt", "params.json"),
                        written.map(p -> p.getFileName().toString()).sorted().toList(), foil);
            }
            assertEquals("# k chi", Files.readAllLines(item.resolve("chi.txt")).get(0));
            assertEquals("# r ftr", Files.readAllLines(item.resolve("ft.txt")).get(0));
        }
        Path hdf5 = temp.resolve("hdf5");
        Run hdf5Run = batch(hdf5, "--nodes", "µd", "--arrays", "flat", "--output", "hdf5");
        assertEquals(0, hdf5Run.status(), hdf5Run.err());
        try (HdfFile file = new HdfFile(hdf5.resolve("results.h5"))) {
            assertEquals(List.of("mu"), List.copyOf(file.getByPath("/nodes") instanceof io.jhdf.api.Group g
                    ? g.getChildren().keySet() : List.of()));
            io.jhdf.api.Group mu = (io.jhdf.api.Group) file.getByPath("/nodes/mu");
            List<String> arrays = new ArrayList<>();
            collectDatasetNames(mu, arrays);
            assertEquals(List.of("e", "flat"), arrays.stream().distinct().sorted().toList());
        }
    }

    private static void collectDatasetNames(io.jhdf.api.Group group, List<String> names) {
        for (Node child : group.getChildren().values()) {
            if (child instanceof io.jhdf.api.Group inner) {
                collectDatasetNames(inner, names);
            } else {
                names.add(child.getName());
            }
        }
    }

    @Test
    void unknownNamesAreRefusedWithTheValidOnes() throws IOException {
        Path out = temp.resolve("bad");
        Run badNode = batch(out, "--nodes", "chi,fourier");
        assertEquals(2, badNode.status(), badNode.err());
        assertTrue(badNode.err().contains("--nodes: no node 'fourier' in pipeline 'xas'; its nodes are: "),
                badNode.err());
        assertTrue(badNode.err().contains("mu (µd)"), badNode.err());

        Run badArray = batch(out, "--nodes", "ft", "--arrays", "chi");
        assertEquals(2, badArray.status(), badArray.err());
        assertTrue(badArray.err().contains("--arrays: no array 'chi' at the nodes [ft]; the arrays there are: "
                + "r, ft, ftr, fti"), badArray.err());

        Run badOutput = batch(out, "--output", "netcdf");
        assertEquals(2, badOutput.status(), badOutput.err());
        assertTrue(badOutput.err().contains("--output netcdf: not one of text, json, hdf5, nexus, xdi, athena"),
                badOutput.err());
        assertFalse(Files.exists(out.resolve("summary.csv")), "nothing is computed");
    }
}
