package org.parseq.io.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.SourceData;
import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.athena.AthenaProject;
import org.parseq.io.hdf5.Hdf5Container;
import org.parseq.io.hdf5.Hdf5EntryReader;
import org.parseq.io.read.ColumnFileReader;
import org.parseq.io.tree.FileKinds;

/**
 * The data of one item read from a column file, or from an entry of an HDF5 file or a group of
 * an Athena project when {@code entry} is set.
 *
 * @param path   the file
 * @param entry  the HDF5 group holding the datasets, e.g. {@code /entry}, or the Athena group's tag;
 *               null for column files
 * @param format the entry node and its arrays
 */
public record FileItemSource(Path path, String entry, EntryFormat format) implements ItemSource {

    /** What makes the data what they are; a changed file (time or size) or format gives a new identity. */
    public record FileIdentity(String path, String entry, long modifiedNanos, long size, String format) {
    }

    @Override
    public Object identity() {
        long modified = -1;
        long size = -1;
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            size = attributes.size();
        } catch (IOException e) {
            // A missing file has no time or size; load() reports it.
        }
        return new FileIdentity(path.toAbsolutePath().normalize().toString(), entry, modified, size, format.text());
    }

    @Override
    public Map<String, double[]> load() throws DataFormatException {
        return oneDimensional(readFile());
    }

    /** Every array of the entry node, of any rank, with image and stack shapes checked against their axes. */
    @Override
    public SourceData read() throws DataFormatException {
        LoadedData data = readFile();
        Map<String, double[]> arrays = oneDimensional(data);
        return ShapedArrays.toSourceData(toString(), format.node(), format.format(), arrays, data.shaped());
    }

    private LoadedData readFile() throws DataFormatException {
        if (entry == null) {
            return ColumnFileReader.read(path, format.format());
        }
        if (FileKinds.isAthenaProject(path)) {
            return AthenaProject.read(path).requireGroup(entry).read(format.format());
        }
        try (Hdf5Container container = Hdf5Container.open(path)) {
            return Hdf5EntryReader.read(container, entry, format.format());
        }
    }

    private static Map<String, double[]> oneDimensional(LoadedData data) {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        for (String name : data.arrayNames()) {
            data.array(name).ifPresent(values -> arrays.put(name, values));
        }
        return arrays;
    }

    @Override
    public String toString() {
        return entry == null ? path.toString() : path + "::" + entry;
    }
}
