package org.parseq.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

/**
 * The values found for the spectra of a map (E0, edge step, ...) laid out as the map:
 * {@code /maps/<file>_<dataset>/<value>}, {@code [rows x columns]} for a {@code [rows x columns x
 * energies]} map or {@code [pixels]} for {@code [pixels x energies]}, NaN where a spectrum failed or did
 * not find the value. In {@code results.h5} of a local run; as {@code maps.h5} beside the parts of a run
 * spread over machines.
 */
final class Hdf5Maps {

    static final String FILE_NAME = "maps.h5";

    /** A spectrum of a map and the values found for it. */
    record Pixel(String file, MapPixel where, Map<String, Double> scalars) implements java.io.Serializable {
    }

    private Hdf5Maps() {
    }

    static Pixel pixel(ItemOutcome outcome) {
        return new Pixel(outcome.input().file().toString(), outcome.input().map(), new LinkedHashMap<>(outcome.scalars()));
    }

    /** One group per map under {@code maps}; nothing when no pixel is given. */
    static void write(WritableGroup parent, List<Pixel> pixels) {
        if (pixels.isEmpty()) {
            return;
        }
        WritableGroup maps = parent.putGroup("maps");
        Map<String, List<Pixel>> byMap = new LinkedHashMap<>();
        for (Pixel pixel : pixels) {
            byMap.computeIfAbsent(pixel.file() + "::" + pixel.where().dataset(), key -> new java.util.ArrayList<>())
                    .add(pixel);
        }
        byMap.forEach((source, mapPixels) -> {
            Pixel first = mapPixels.get(0);
            String base = Path.of(first.file()).getFileName().toString().replaceFirst("\\.[^.]*$", "") + "_"
                    + first.where().dataset().replaceAll("^/+|/+$", "");
            WritableGroup group = maps.putGroup(base.replace('/', '_'));
            group.putAttribute("spectra", source);
            group.putAttribute("energies", first.where().energies());
            int[] shape = first.where().mapShape();
            int size = Arrays.stream(shape).reduce(1, Math::multiplyExact);
            TreeSet<String> names = new TreeSet<>();
            mapPixels.forEach(p -> names.addAll(p.scalars().keySet()));
            for (String name : names) {
                double[] values = new double[size];
                Arrays.fill(values, Double.NaN);
                for (Pixel pixel : mapPixels) {
                    values[pixel.where().flatIndex()] = pixel.scalars().getOrDefault(name, Double.NaN);
                }
                group.putDataset(name.replace('/', '_'), shape.length == 1 ? values : rows(values, shape[1]));
            }
        });
    }

    /** {@code DIR/maps.h5}, written under a temporary name and renamed when complete. */
    static void writeFile(Path outFolder, List<Pixel> pixels) throws IOException {
        Path target = outFolder.resolve(FILE_NAME);
        try {
            org.parseq.io.write.AtomicFiles.writeFile(target, true, partial -> {
                try (WritableHdfFile file = HdfFile.write(partial)) {
                    write(file, pixels);
                }
            });
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static double[][] rows(double[] values, int columns) {
        double[][] rows = new double[values.length / columns][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = Arrays.copyOfRange(values, r * columns, (r + 1) * columns);
        }
        return rows;
    }
}
