package org.parseq.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

/**
 * A map for tests: {@code /map/spectra [rows x columns x energies]} and {@code /map/energy}, made from the
 * µ(E) of a shared Cu foil (every {@value #STEP}th point), each pixel scaled by its own thickness
 * ({@link #thickness}) on a sloped background, with a little seeded noise.
 */
final class GeneratedMap {

    static final String SPECTRA = "/map/spectra";
    static final String ENERGY = "/map/energy";
    static final int STEP = 4;

    private GeneratedMap() {
    }

    /** The factor on the edge of pixel (row, column): a ramp along the columns, a wave along the rows. */
    static double thickness(int row, int column) {
        return 0.5 + column / 40.0 + 0.2 * Math.sin(row / 4.0);
    }

    static void write(Path file, Path foil, int rows, int columns) throws IOException {
        List<double[]> points = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(foil, StandardCharsets.UTF_8)) {
            String[] fields = text.strip().split("\\s+");
            if (text.startsWith("#") || fields.length < 7 || line++ % STEP != 0) {
                continue;
            }
            double i0 = Double.parseDouble(fields[3]) + Double.parseDouble(fields[4]);
            double it = Double.parseDouble(fields[5]) + Double.parseDouble(fields[6]);
            points.add(new double[] {Double.parseDouble(fields[1]), Math.log(i0 / it)});
        }
        double[] energy = points.stream().mapToDouble(p -> p[0]).toArray();
        double[][][] spectra = new double[rows][columns][energy.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                SplittableRandom noise = new SplittableRandom(r * 1000L + c);
                double scale = thickness(r, c);
                for (int i = 0; i < energy.length; i++) {
                    double background = 0.1 + 1e-5 * (energy[i] - energy[0]);
                    spectra[r][c][i] = scale * points.get(i)[1] + background + 1e-4 * noise.nextGaussian();
                }
            }
        }
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            WritableGroup map = hdf.putGroup("map");
            map.putDataset("energy", energy);
            map.putDataset("spectra", spectra);
        }
    }
}
