package org.parseq.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.parseq.cli.BatchEngine;
import org.parseq.cli.FileBatch;
import org.parseq.cli.FileBatch.Input;
import org.parseq.cli.FileBatch.ItemRow;

/**
 * {@code parseq batch --engine spark}: the inputs of a batch as a Spark data set, split into
 * parts; each task runs its part through the same pipeline code as a local run, on one thread
 * (Spark gives parallelism by tasks), and writes the part's results, which the driver then indexes
 * (docs/scale-out.md). The numbers are those of the local run bit for bit: each item is computed
 * alone from its own file by the same code, whichever machine runs it.
 */
public final class SparkEngine implements BatchEngine {

    /** The Spark setting for the items of one part (default {@value #DEFAULT_ITEMS_PER_PART}). */
    public static final String ITEMS_PER_PART = "spark.parseq.itemsPerPart";
    static final int DEFAULT_ITEMS_PER_PART = 256;
    static final String DEFAULT_MASTER = "local[*]";

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public int run(FileBatch batch, String master, PrintWriter err) throws IOException {
        SparkConf conf = new SparkConf().setAppName("parseq batch");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(DEFAULT_MASTER); // spark-submit sets spark.master; ./parseq batch runs locally
        }
        // a batch on one machine needs neither the web UI nor its port, nor an address others can reach;
        // on a cluster the settings decide
        boolean local = conf.get("spark.master").startsWith("local");
        conf.setIfMissing("spark.ui.enabled", Boolean.toString(!local));
        if (local) {
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        }
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            List<Input> inputs = batch.inputs();
            int itemsPerPart = Math.max(1, conf.getInt(ITEMS_PER_PART, DEFAULT_ITEMS_PER_PART));
            int parts = batch.itemsTogether() ? 1 : partCount(inputs.size(), spark.defaultParallelism(), itemsPerPart);
            err.println("parseq batch: " + inputs.size() + " items in " + parts + " parts on Spark "
                    + spark.version() + " (" + conf.get("spark.master") + ")");
            err.flush();
            Path partsFolder = batch.outFolder().resolve(ResultIndex.PARTS_FOLDER);
            if (batch.hdf5()) {
                Files.createDirectories(partsFolder);
            }
            String partsFolderName = partsFolder.toString();
            JavaRDD<Input> data = spark.parallelize(inputs, parts);
            List<PartRows> results = data.mapPartitionsWithIndex(
                    (index, items) -> runPart(batch, partsFolderName, index, items), true).collect();
            List<ItemRow> rows = new ArrayList<>(inputs.size());
            for (PartRows part : results) {
                rows.addAll(part.rows());
            }
            if (batch.hdf5()) {
                ResultIndex.write(batch.outFolder(), results);
                batch.writeMaps(rows);
            }
            ScalarTable.write(spark, batch.outFolder(), rows);
            batch.writeSummary(rows);
            return batch.report(err, rows);
        }
    }

    /** Enough parts for every core, none larger than itemsPerPart (a part's results are held until written). */
    static int partCount(int items, int parallelism, int itemsPerPart) {
        if (items == 0) {
            return 1;
        }
        int bySize = (items + itemsPerPart - 1) / itemsPerPart;
        return Math.min(items, Math.max(parallelism, bySize));
    }

    private static Iterator<PartRows> runPart(FileBatch batch, String partsFolder, int index, Iterator<Input> items) {
        List<Input> part = new ArrayList<>();
        items.forEachRemaining(part::add);
        String fileName = ResultIndex.partFileName(index);
        try {
            List<ItemRow> rows = batch.runPart(part, Path.of(partsFolder, fileName), 1);
            return List.of(new PartRows(index, batch.hdf5() ? ResultIndex.PARTS_FOLDER + "/" + fileName : null, rows))
                    .iterator();
        } catch (IOException e) {
            throw new UncheckedIOException("part " + index + ": " + e.getMessage(), e);
        }
    }
}
