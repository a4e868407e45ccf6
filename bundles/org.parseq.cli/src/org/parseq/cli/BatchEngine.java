package org.parseq.cli;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * A way to run a batch of files other than this process's threads, chosen with
 * {@code parseq batch --engine NAME}; found through {@link java.util.ServiceLoader} on the class
 * path, so that an engine with heavy dependencies (Apache Spark, docs/scale-out.md) lives in its
 * own module and stays out of the OSGi product.
 */
public interface BatchEngine {

    /** The name given to {@code --engine}. */
    String name();

    /**
     * Runs every input of the batch and writes what the local run writes (text tree or HDF5,
     * summary.csv).
     *
     * @param master where to run, as given to {@code --master}, or null for the engine's default
     * @param err    for the report and messages
     * @return the exit status: 0 when every item reached its last node, 1 when some failed
     * @throws IllegalArgumentException for a master the engine cannot use; the message says why
     */
    int run(FileBatch batch, String master, PrintWriter err) throws IOException;
}
