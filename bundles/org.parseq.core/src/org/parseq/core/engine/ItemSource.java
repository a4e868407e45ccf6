package org.parseq.core.engine;

import java.util.Map;

/**
 * Where an item's data come from: a file read with a data format, an HDF5 entry, a generator.
 * Data of any rank enter through {@link #read()}; {@link #load()} is the 1D part.
 */
public interface ItemSource {

    /**
     * What makes this source's data what they are: e.g. the file path, its modification time
     * and the data format. Two sources with equal identities must load equal arrays; a new
     * identity makes the engine read the data again.
     */
    Object identity();

    /**
     * Reads the arrays of the entry node, by array name.
     *
     * @throws Exception with a message that names the file and what is wrong
     */
    Map<String, double[]> load() throws Exception;

    /**
     * Reads the arrays of the entry node of every rank. Sources of 1D data need not override
     * it; those that read images, stacks or scalars do.
     *
     * @throws Exception with a message that names the file, the dataset and what is wrong
     */
    default SourceData read() throws Exception {
        return SourceData.ofArrays(load());
    }
}
