package org.parseq.demo;

import java.util.Map;
import java.util.SplittableRandom;

import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.SourceData;
import org.parseq.core.pipeline.Image2D;

/**
 * A synthetic θ scan on a 2D detector: a bright line whose pixel moves with θ, on a noisy
 * background, one image row per θ point. It enters the detector node like a real scan, so that
 * tests of 2D data need no file. The same seed always gives the same image.
 *
 * @param seed    makes the noise reproducible
 * @param rows    θ points, at least 2
 * @param columns detector pixels, at least 2
 */
public record SyntheticDetector(long seed, int rows, int columns) implements ItemSource {

    /** The location scheme, e.g. {@code synthetic-detector:seed=1;rows=31;columns=64}. */
    public static final String SCHEME = "synthetic-detector:";

    public SyntheticDetector {
        if (rows < 2 || columns < 2) {
            throw new IllegalArgumentException("a synthetic detector needs at least 2 x 2 pixels, not " + rows + " x "
                    + columns);
        }
    }

    public String location() {
        return SCHEME + "seed=" + seed + ";rows=" + rows + ";columns=" + columns;
    }

    /** Reads a location written by {@link #location()}; rejects others with IllegalArgumentException. */
    public static SyntheticDetector parse(String location) {
        if (location == null || !location.startsWith(SCHEME)) {
            throw new IllegalArgumentException("'" + location + "' is not a synthetic detector location");
        }
        Map<String, String> fields = SyntheticPeak.fields(location, SCHEME);
        try {
            return new SyntheticDetector(Long.parseLong(fields.getOrDefault("seed", "0")),
                    Integer.parseInt(fields.getOrDefault("rows", "31")),
                    Integer.parseInt(fields.getOrDefault("columns", "64")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + location + "': " + e.getMessage());
        }
    }

    @Override
    public Object identity() {
        return this;
    }

    @Override
    public Map<String, double[]> load() {
        return read().arrays();
    }

    @Override
    public SourceData read() {
        SplittableRandom random = new SplittableRandom(seed);
        double[] theta = new double[rows];
        double[] image = new double[rows * columns];
        for (int row = 0; row < rows; row++) {
            theta[row] = -0.25 + 0.5 * row / (rows - 1);
            double line = columns * (0.3 + 0.4 * row / (rows - 1));
            for (int column = 0; column < columns; column++) {
                double signal = 5 + 500 * Math.exp(-0.5 * Math.pow((column - line) / 1.5, 2));
                image[row * columns + column] = Math.max(0, signal + Math.sqrt(signal) * random.nextGaussian());
            }
        }
        return new SourceData(Map.of(), Map.of("theta", theta), Map.of("image", new Image2D(rows, columns, image)),
                Map.of());
    }
}
