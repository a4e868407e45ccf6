package org.parseq.io.live;

import java.nio.file.Path;

/**
 * A scan that appeared during a measurement: a new file of the watched folder, or a new entry
 * (top-level group) of the watched HDF5 file.
 *
 * @param file  the file
 * @param entry the HDF5 entry ({@code "/"} for an HDF5 file taken whole), or null for a column file
 */
public record LiveScan(Path file, String entry) {

    /** {@code file} or {@code file::entry}, as the file browser and messages name it. */
    public String location() {
        return entry == null ? file.toString() : file + "::" + entry;
    }

    @Override
    public String toString() {
        return location();
    }
}
