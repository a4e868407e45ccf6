package org.parseq.spark;

import java.io.Serializable;
import java.util.List;

import org.parseq.cli.FileBatch.ItemRow;

/**
 * What one Spark task returns to the driver: its part's rows in their order.
 *
 * @param file the part's HDF5 file relative to the output folder, or null for text output
 */
record PartRows(int index, String file, List<ItemRow> rows) implements Serializable {

    PartRows {
        rows = List.copyOf(rows);
    }
}
