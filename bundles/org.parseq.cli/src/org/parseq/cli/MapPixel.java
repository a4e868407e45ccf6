package org.parseq.cli;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Where one spectrum of a map is: the dataset of spectra ({@code [pixels x energies]} or
 * {@code [rows x columns x energies]}), the dataset of its energies, and the pixel's index on
 * every axis but the last.
 *
 * @param dataset  absolute path of the spectra in the HDF5 file
 * @param energies absolute path of the energies (one per point of a spectrum)
 * @param position the pixel: {@code {pixel}} or {@code {row, column}}
 * @param mapShape the map's size on those axes: {@code {pixels}} or {@code {rows, columns}}
 */
public record MapPixel(String dataset, String energies, int[] position, int[] mapShape) implements Serializable {

    public MapPixel {
        position = position.clone();
        mapShape = mapShape.clone();
    }

    @Override
    public int[] position() {
        return position.clone();
    }

    @Override
    public int[] mapShape() {
        return mapShape.clone();
    }

    /** The pixel's place in the map read row by row (C order). */
    int flatIndex() {
        int index = 0;
        for (int axis = 0; axis < position.length; axis++) {
            index = index * mapShape[axis] + position[axis];
        }
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MapPixel pixel && dataset.equals(pixel.dataset) && energies.equals(pixel.energies)
                && Arrays.equals(position, pixel.position) && Arrays.equals(mapShape, pixel.mapShape);
    }

    @Override
    public int hashCode() {
        return (dataset.hashCode() * 31 + energies.hashCode()) * 31 + Arrays.hashCode(position);
    }

    @Override
    public String toString() {
        return dataset + Arrays.toString(position);
    }
}
