package org.parseq.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.parseq.core.engine.ItemSource;
import org.parseq.io.DataFormatException;
import org.parseq.io.hdf5.Hdf5Container;

/**
 * One spectrum of a map: its row of the dataset of spectra, read as a slice (the map itself is
 * never read whole), with the energies, as the x and the curve of the map's entry node.
 */
record MapItemSource(Path file, MapPixel pixel, MapEntry entry) implements ItemSource {

    /** What makes the spectrum what it is: the file (time and size), the datasets and the pixel. */
    record MapIdentity(String file, long modifiedNanos, long size, String dataset, String energies,
            List<Integer> position, String node) {
    }

    @Override
    public Object identity() {
        long modified = -1;
        long size = -1;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            size = attributes.size();
        } catch (IOException e) {
            // a missing file has no time or size; load() reports it
        }
        return new MapIdentity(file.toAbsolutePath().normalize().toString(), modified, size, pixel.dataset(),
                pixel.energies(), Arrays.stream(pixel.position()).boxed().toList(), entry.nodeId());
    }

    @Override
    public Map<String, double[]> load() throws DataFormatException {
        try (Hdf5Container container = Hdf5Container.open(file)) {
            double[] energies = container.readDoubles(pixel.energies());
            int[] position = pixel.position();
            long[] offset = new long[position.length + 1];
            int[] shape = new int[position.length + 1];
            for (int axis = 0; axis < position.length; axis++) {
                offset[axis] = position[axis];
                shape[axis] = 1;
            }
            shape[position.length] = energies.length;
            double[] spectrum = container.readSlice(pixel.dataset(), offset, shape);
            Map<String, double[]> arrays = new LinkedHashMap<>();
            arrays.put(entry.xArray(), energies);
            arrays.put(entry.yArray(), spectrum);
            return arrays;
        }
    }

    @Override
    public String toString() {
        return file + "::" + pixel;
    }
}
