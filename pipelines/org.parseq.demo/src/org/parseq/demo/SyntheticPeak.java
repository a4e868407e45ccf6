package org.parseq.demo;

import java.util.Map;
import java.util.SplittableRandom;

import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSourceResolver;

/**
 * A synthetic measurement: a Gaussian peak on a flat background with counting noise, and a
 * slowly drifting monitor. The same seed always gives the same data.
 *
 * @param seed     makes the noise reproducible
 * @param points   number of points, at least 2
 * @param centre   peak position in mm
 * @param width    peak standard deviation in mm
 */
public record SyntheticPeak(long seed, int points, double centre, double width) implements ItemSource {

    public SyntheticPeak {
        if (points < 2) {
            throw new IllegalArgumentException("a synthetic peak needs at least 2 points, not " + points);
        }
        if (!(width > 0)) {
            throw new IllegalArgumentException("peak width must be positive, not " + width);
        }
    }

    /** The URI scheme of synthetic peaks, e.g. {@code synthetic:seed=1;points=801;centre=0;width=1}. */
    public static final String SCHEME = "synthetic:";

    /** The location that {@link #RESOLVER} turns back into this peak. */
    public String location() {
        return SCHEME + "seed=" + seed + ";points=" + points + ";centre=" + centre + ";width=" + width;
    }

    /** Makes synthetic peaks of {@code synthetic:} locations; rejects anything else. */
    public static final ItemSourceResolver RESOLVER = new SyntheticPeakResolver();

    /**
     * Reads a location written by {@link #location()}.
     *
     * @throws IllegalArgumentException naming what is wrong with the location
     */
    public static SyntheticPeak parse(String location) {
        if (location == null || !location.startsWith(SCHEME)) {
            throw new IllegalArgumentException("'" + location + "' is not a synthetic peak location");
        }
        java.util.Map<String, String> fields = fields(location, SCHEME);
        try {
            return new SyntheticPeak(Long.parseLong(fields.getOrDefault("seed", "0")),
                    Integer.parseInt(fields.getOrDefault("points", "801")),
                    Double.parseDouble(fields.getOrDefault("centre", "0")),
                    Double.parseDouble(fields.getOrDefault("width", "1")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + location + "': " + e.getMessage());
        }
    }

    /** The key=value fields of a synthetic location after its scheme. */
    static java.util.Map<String, String> fields(String location, String scheme) {
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        for (String field : location.substring(scheme.length()).split(";")) {
            String[] pair = field.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("'" + location + "': '" + field + "' is not key=value");
            }
            fields.put(pair[0].trim(), pair[1].trim());
        }
        return fields;
    }

    @Override
    public Object identity() {
        return this;
    }

    @Override
    public Map<String, double[]> load() {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[points];
        double[] counts = new double[points];
        double[] monitor = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = -10 + 20.0 * i / (points - 1);
            double signal = 50 + 1000 * Math.exp(-0.5 * Math.pow((x[i] - centre) / width, 2));
            counts[i] = signal + Math.sqrt(signal) * random.nextGaussian();
            monitor[i] = 1e5 * (1 + 0.01 * Math.sin(i * 0.01)) + 30 * random.nextGaussian();
        }
        return Map.of("x", x, "counts", counts, "monitor", monitor);
    }
}
