package org.parseq.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;
import org.parseq.io.hdf5.Hdf5Container;
import org.parseq.io.hdf5.Hdf5Node;

/**
 * The items of {@code --map FILE.h5::/dataset --energy /energies}: one per spectrum of a dataset
 * {@code [pixels x energies]} or {@code [rows x columns x energies]}. Only the shapes are read here;
 * each item reads its own spectrum when it runs ({@link MapItemSource}).
 */
final class MapInputs {

    private MapInputs() {
    }

    /**
     * @param arguments {@code FILE.h5::/dataset} (or {@code FILE.h5:/dataset}), one per map
     * @param energies  absolute path of the energies in each file
     * @return the spectra, pixel after pixel in C order, aliased {@code <file base>/<dataset>/<pixel>} or
     *         {@code .../<row>_<column>}
     */
    static List<BatchInput> of(List<String> arguments, String energies) throws UsageException {
        if (energies == null || !energies.startsWith("/")) {
            throw new UsageException("--map needs --energy /absolute/path/of/the/energies in the HDF5 file");
        }
        List<BatchInput> inputs = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String argument : arguments) {
            int separator = argument.indexOf("::");
            int datasetStart = separator < 0 ? argument.indexOf(":/") + 1 : separator + 2;
            if (datasetStart <= 0 || datasetStart == argument.length() || separator == 0) {
                throw new UsageException("--map " + argument + ": expected FILE.h5::/path/of/the/spectra");
            }
            Path file = Path.of(argument.substring(0, separator < 0 ? datasetStart - 1 : separator));
            String dataset = argument.substring(datasetStart);
            int[] mapShape = mapShape(argument, file, dataset, energies);
            String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "/"
                    + dataset.replaceAll("^/+|/+$", "");
            int[] position = new int[mapShape.length];
            int count = Arrays.stream(mapShape).reduce(1, Math::multiplyExact);
            for (int pixel = 0; pixel < count; pixel++) {
                int rest = pixel;
                for (int axis = mapShape.length - 1; axis >= 0; axis--) {
                    position[axis] = rest % mapShape[axis];
                    rest /= mapShape[axis];
                }
                String name = mapShape.length == 1 ? Integer.toString(position[0]) : position[0] + "_" + position[1];
                MapPixel where = new MapPixel(dataset, energies, position, mapShape);
                inputs.add(new BatchInput(file + "::" + where, file, null,
                        BatchInput.unique(base + "/" + name, seen), where));
            }
        }
        return inputs;
    }

    /** The map's pixel axes, after checking that the spectra and the energies fit. */
    private static int[] mapShape(String argument, Path file, String dataset, String energies)
            throws UsageException {
        try (Hdf5Container container = Hdf5Container.open(file)) {
            long[] spectra = shape(container, dataset);
            long[] energyShape = shape(container, energies);
            if (spectra.length < 2 || spectra.length > 3) {
                throw new UsageException("--map " + argument + ": dataset " + dataset + " has shape "
                        + Arrays.toString(spectra) + "; expected [pixels x energies] or [rows x columns x energies]");
            }
            if (energyShape.length != 1 || energyShape[0] != spectra[spectra.length - 1]) {
                throw new UsageException("--map " + argument + ": --energy " + energies + " has shape "
                        + Arrays.toString(energyShape) + "; expected one value per point of a spectrum, ["
                        + spectra[spectra.length - 1] + "]");
            }
            int[] pixels = new int[spectra.length - 1];
            long count = 1;
            for (int axis = 0; axis < pixels.length; axis++) {
                pixels[axis] = Math.toIntExact(spectra[axis]);
                count *= spectra[axis];
            }
            if (count == 0 || count > Integer.MAX_VALUE) {
                throw new UsageException("--map " + argument + ": " + count + " spectra; expected 1 to "
                        + Integer.MAX_VALUE);
            }
            return pixels;
        } catch (DataFormatException e) {
            throw new UsageException("--map " + argument + ": " + e.getMessage());
        }
    }

    private static long[] shape(Hdf5Container container, String path) throws DataFormatException {
        Hdf5Node node = container.require(path);
        if (!node.isDataset()) {
            throw new DataFormatException(container.path().toString(), path, "a group; expected a dataset");
        }
        long[] shape = node.shape();
        if (shape == null) {
            throw new DataFormatException(container.path().toString(), path, "cannot read its shape");
        }
        return shape;
    }
}
