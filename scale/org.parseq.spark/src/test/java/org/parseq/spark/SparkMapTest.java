package org.parseq.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.spark.SparkBatchTest.Run;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import io.jhdf.HdfFile;

/**
 * A generated 1000-spectrum map ({@code [25 x 40 x energies]}) through {@code --map}: E0 and the edge
 * step come back as 25 x 40 images that follow each pixel's thickness, and the Spark run
 * ({@code local[2]}) gives every array and both images bit for bit as the local run.
 */
class SparkMapTest {

    private static final int ROWS = 25;
    private static final int COLUMNS = 40;

    @TempDir
    Path temp;

    /** scalars.parquet, read back with Spark SQL: E0 and the edge step of every item as in the local results.h5. */
    private static void assertScalarTableHoldsTheLocalValues(Path table, Path localResults) {
        double[] e0;
        double[] edgeStep;
        try (HdfFile results = new HdfFile(localResults)) {
            e0 = (double[]) results.getDatasetByPath("/scalars/e0").getData();
            edgeStep = (double[]) results.getDatasetByPath("/scalars/edgeStep").getData();
        }
        SparkSession session = SparkSession.builder().master("local[1]").appName("read scalars")
                .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        try {
            List<Row> rows = session.read().parquet(table.toString()).orderBy("item")
                    .select("item", "e0", "edgeStep").collectAsList();
            assertEquals(e0.length, rows.size());
            for (Row row : rows) {
                int item = row.getInt(0);
                assertEquals(Double.doubleToRawLongBits(e0[item]), Double.doubleToRawLongBits(row.getDouble(1)));
                assertEquals(Double.doubleToRawLongBits(edgeStep[item]), Double.doubleToRawLongBits(row.getDouble(2)));
            }
        } finally {
            session.stop();
        }
    }

    @Test
    void aMapWhoseShapesDoNotFitIsRefusedNamingTheFileAndTheDatasets() {
        Path map = temp.resolve("bad.h5");
        try (io.jhdf.WritableHdfFile file = HdfFile.write(map)) {
            io.jhdf.api.WritableGroup group = file.putGroup("m");
            group.putDataset("spectra", new double[3][5]);
            group.putDataset("energy", new double[4]);
        }
        List<String> args = List.of("batch", "--pipeline", "xas", "--out", temp.resolve("out").toString());
        Run energies = SparkBatchTest.batch(SparkBatchTest.with(args, "--map", map + "::/m/spectra", "--energy",
                "/m/energy"));
        assertEquals(2, energies.status(), energies.err());
        assertTrue(energies.err().contains("--map " + map + "::/m/spectra: --energy /m/energy has shape [4]; "
                + "expected one value per point of a spectrum, [5]"), energies.err());
        Run missing = SparkBatchTest.batch(SparkBatchTest.with(args, "--map", map + "::/m/nothing", "--energy",
                "/m/energy"));
        assertEquals(2, missing.status(), missing.err());
        assertTrue(missing.err().contains(map + ": dataset /m/nothing: no such object in the file"), missing.err());
        Run flat = SparkBatchTest.batch(SparkBatchTest.with(args, "--map", map + "::/m/energy", "--energy",
                "/m/energy"));
        assertTrue(flat.err().contains("has shape [4]; expected [pixels x energies] or [rows x columns x energies]"),
                flat.err());
        assertTrue(!Files.exists(temp.resolve("out")), "nothing is written");
    }

    @Test
    void aMapRunsSpectrumBySpectrumAndSparkGivesTheLocalResults() throws IOException {
        Path map = temp.resolve("map.h5");
        GeneratedMap.write(map, Path.of(System.getProperty("parseq.shared"),
                "data/parseq-xas/foils/Cu-foil_EXAFS_23068.dat"), ROWS, COLUMNS);
        List<String> args = List.of("batch", "--pipeline", "xas", "--map", map + "::" + GeneratedMap.SPECTRA,
                "--energy", GeneratedMap.ENERGY, "--output", "hdf5", "--nodes", "mu,chi,ft");
        Path local = temp.resolve("local");
        Path spark = temp.resolve("spark");
        Run localRun = SparkBatchTest.batch(SparkBatchTest.with(args, "--threads", "2", "--out", local.toString()));
        assertEquals(0, localRun.status(), localRun.err());
        Run sparkRun = SparkBatchTest.batch(SparkBatchTest.with(args, "--engine", "spark", "--master", "local[2]",
                "--out", spark.toString()));
        assertEquals(0, sparkRun.status(), sparkRun.err());
        assertTrue(sparkRun.err().contains("1000 of 1000 items done"), sparkRun.err());

        int compared = ResultsComparison.assertSameArrays(local.resolve("results.h5"), spark);
        assertTrue(compared >= 1000 * 7, "arrays compared: " + compared);
        assertArrayEquals(Files.readAllBytes(local.resolve("summary.csv")), Files.readAllBytes(spark.resolve("summary.csv")));
        assertScalarTableHoldsTheLocalValues(spark.resolve(ScalarTable.FOLDER_NAME), local.resolve("results.h5"));
        try (HdfFile results = new HdfFile(local.resolve("results.h5"));
                HdfFile maps = new HdfFile(spark.resolve("maps.h5"))) {
            String group = "/maps/map_map_spectra/";
            double[][] e0 = (double[][]) results.getDatasetByPath(group + "e0").getData();
            double[][] edgeStep = (double[][]) results.getDatasetByPath(group + "edgeStep").getData();
            assertEquals(ROWS, e0.length);
            assertEquals(COLUMNS, e0[0].length);
            double ratio = edgeStep[0][0] / GeneratedMap.thickness(0, 0);
            for (int r = 0; r < ROWS; r++) {
                for (int c = 0; c < COLUMNS; c++) {
                    assertEquals(8980, e0[r][c], 5, "E0 at " + r + "," + c);
                    // the edge step follows the pixel's own thickness: rows and columns land where they belong
                    assertEquals(ratio, edgeStep[r][c] / GeneratedMap.thickness(r, c), 0.02 * ratio,
                            "edge step at " + r + "," + c);
                }
            }
            for (String name : List.of("e0", "edgeStep")) {
                double[][] expected = (double[][]) results.getDatasetByPath(group + name).getData();
                double[][] actual = (double[][]) maps.getDatasetByPath(group + name).getData();
                for (int r = 0; r < ROWS; r++) {
                    assertArrayEquals(expected[r], actual[r], name + " row " + r);
                }
            }
        }
    }
}
