package org.parseq.core.combine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the shared data and references: whitespace tables, gzipped or not, whose first line
 * (with or without '#') may name the columns.
 */
record Tables(List<String> names, double[][] columns) {

    private static final String MARKER = "shared/reference/parseq-combos";

    /** System property parseq.shared, else the first ancestor of user.dir with shared/reference/parseq-combos. */
    static Path shared() {
        String property = System.getProperty("parseq.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(MARKER))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("no ancestor of " + start + " holds " + MARKER
                + "; set -Dparseq.shared=/path/to/shared");
    }

    static Path reference(String relative) {
        return shared().resolve("reference/parseq-combos").resolve(relative);
    }

    static Path data(String relative) {
        return shared().resolve("data").resolve(relative);
    }

    static Tables read(Path file) {
        List<String> names = List.of();
        List<double[]> rows = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(
                        file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (text.startsWith("#") || !Character.isDigit(text.charAt(0)) && text.charAt(0) != '-'
                        && text.charAt(0) != '.') {
                    if (rows.isEmpty() && names.isEmpty()) {
                        names = List.of(text.replaceFirst("^#\\s*", "").split("\\s+"));
                    }
                    continue;
                }
                rows.add(Arrays.stream(text.split("\\s+")).mapToDouble(Tables::number).toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        int width = rows.get(0).length;
        double[][] columns = new double[width][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < width; j++) {
                columns[j][i] = rows.get(i)[j];
            }
        }
        return new Tables(names, columns);
    }

    /** numpy writes NaN as "nan". */
    private static double number(String text) {
        return text.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(text);
    }

    double[] column(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + names);
        }
        return columns[index];
    }

    /** The data columns after the first (the abscissa), as D. */
    DataMatrix dataMatrix(String arrayName) {
        List<double[]> data = Arrays.asList(columns).subList(1, columns.length);
        List<String> itemNames = names.size() == columns.length ? names.subList(1, names.size())
                : java.util.stream.IntStream.range(1, columns.length).mapToObj(i -> "column " + i).toList();
        return DataMatrix.of(arrayName, itemNames, data);
    }

    double[] x() {
        return columns[0];
    }

    /** ‖a − b‖ / ‖b‖. */
    static double relativeRms(double[] actual, double[] expected) {
        double difference = 0;
        double norm = 0;
        for (int i = 0; i < expected.length; i++) {
            difference += (actual[i] - expected[i]) * (actual[i] - expected[i]);
            norm += expected[i] * expected[i];
        }
        return Math.sqrt(difference / norm);
    }

    /** max |a − b| / max |b|: every element's error relative to the array's scale. */
    static double relativeMax(double[] actual, double[] expected) {
        double difference = 0;
        double scale = 0;
        for (int i = 0; i < expected.length; i++) {
            difference = Math.max(difference, Math.abs(actual[i] - expected[i]));
            scale = Math.max(scale, Math.abs(expected[i]));
        }
        return difference / scale;
    }
}
