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
 */
public record MapPixel(String dataset, String energies, int[] position) implements Serializable {

    public MapPixel {
        position = position.clone();
    }

    @Override
    public int[] position() {
        return position.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MapPixel pixel && dataset.equals(pixel.dataset) && energies.equals(pixel.energies)
                && Arrays.equals(position, pixel.position);
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
