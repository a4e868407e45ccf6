package org.parseq.core.engine;

import java.util.Map;

/** Where an item's data come from: a file read with a data format, an HDF5 entry, a generator. */
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
}
