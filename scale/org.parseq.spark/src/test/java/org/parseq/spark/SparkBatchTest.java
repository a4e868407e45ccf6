package org.parseq.spark;

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
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.cli.ParseqCli;

/**
 * {@code parseq batch --engine spark --master local[2]} against the local batch on the shared Cu
 * foils with a damaged file among them: the same text tree byte for byte, and the same arrays bit for
 * bit in the HDF5 parts as in the local results.h5.
 */
class SparkBatchTest {

    static final String FOIL_FORMAT = """
            {"node": "currents Tr", "columns": {"eraw": "Col1", "i0": "Col3+Col4", "itr": "Col5+Col6"},
             "comments": "#", "conversionFactors": {"i0": "µA", "itr": "µA"}}
            """;
    private static final List<String> FOILS = List.of("Cu-foil_EXAFS_23068", "Cu-foil_EXAFS_23069",
            "Cu-foil_EXAFS_23070");

    @TempDir
    Path temp;

    record Run(int status, String err) {
    }

    static Run batch(List<String> args) {
        StringWriter err = new StringWriter();
        int status = ParseqCli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        return new Run(status, err.toString());
    }

    private List<String> foilArguments() throws IOException {
        Path format = temp.resolve("FORMAT.json");
        Files.writeString(format, FOIL_FORMAT);
        Path foils = Path.of(System.getProperty("parseq.shared"), "data/parseq-xas/foils");
        List<String> args = new ArrayList<>(List.of("batch", "--pipeline", "xas", "--format", format.toString(),
                "--threads", "2"));
        FOILS.forEach(foil -> args.add(foils.resolve(foil + ".dat").toString()));
        Path damaged = temp.resolve("damaged.dat");
        Files.writeString(damaged, "# E I0 It\n8979.0 1.0\nnot a number at all\n");
        args.add(args.size() - 2, damaged.toString());
        return args;
    }

    @Test
    void sparkWritesTheTextTreeOfTheLocalRunByteForByte() throws IOException {
        Path local = temp.resolve("local");
        Path spark = temp.resolve("spark");
        List<String> args = foilArguments();
        Run localRun = batch(with(args, "--out", local.toString()));
        Run sparkRun = batch(with(args, "--out", spark.toString(), "--engine", "spark", "--master", "local[2]"));
        assertEquals(1, localRun.status(), localRun.err());
        assertEquals(1, sparkRun.status(), sparkRun.err());
        assertTrue(sparkRun.err().contains("damaged.dat") && sparkRun.err().contains("3 of 4 items done, 1 failed"),
                sparkRun.err());
        List<Path> localFiles = files(local);
        // the table of values found is the Spark run's own addition (read back in SparkMapTest)
        assertTrue(Files.exists(spark.resolve(ScalarTable.FOLDER_NAME).resolve("_SUCCESS")));
        assertEquals(localFiles, files(spark).stream().filter(f -> !f.startsWith(ScalarTable.FOLDER_NAME)).toList());
        assertTrue(localFiles.size() > 3 * 5, localFiles.toString());
        for (Path file : localFiles) {
            assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(spark.resolve(file)),
                    file.toString());
        }
    }

    @Test
    void sparkWritesTheArraysOfTheLocalResultsFileBitForBit() throws IOException {
        Path local = temp.resolve("local");
        Path spark = temp.resolve("spark");
        List<String> args = with(foilArguments(), "--output", "hdf5");
        Run localRun = batch(with(args, "--out", local.toString()));
        Run sparkRun = batch(with(args, "--out", spark.toString(), "--engine", "spark", "--master", "local[2]"));
        assertEquals(1, localRun.status(), localRun.err());
        assertEquals(1, sparkRun.status(), sparkRun.err());
        assertArrayEquals(Files.readAllBytes(local.resolve("summary.csv")), Files.readAllBytes(spark.resolve("summary.csv")));
        int compared = ResultsComparison.assertSameArrays(local.resolve("results.h5"), spark);
        assertTrue(compared > 3 * 10, "arrays compared: " + compared);
        assertFalse(Files.exists(spark.resolve("results.h5")));
    }

    @Test
    void whatTheSparkEngineCannotDoIsRefusedBeforeSparkStarts() throws IOException {
        List<String> args = with(foilArguments(), "--out", temp.resolve("refused").toString());
        Run nexus = batch(with(args, "--engine", "spark", "--output", "nexus"));
        assertEquals(2, nexus.status(), nexus.err());
        assertTrue(nexus.err().contains("--engine spark writes --output text or --output hdf5"), nexus.err());
        Run unknown = batch(with(args, "--engine", "flink"));
        assertEquals(2, unknown.status(), unknown.err());
        assertTrue(unknown.err().contains("--engine flink: no such engine on the class path; engines here: local, spark"),
                unknown.err());
        Run master = batch(with(args, "--master", "local[2]"));
        assertEquals(2, master.status(), master.err());
        assertFalse(Files.exists(temp.resolve("refused")));
    }

    static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }
}
