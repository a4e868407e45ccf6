package org.parseq.model.session;

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
 * The shared data and the original's results (reference/parseq-combos), read as the core
 * tests read them: whitespace tables, gzipped or not, the first line naming the columns.
 */
record ReferenceTables(List<String> names, double[][] columns) {

    /** -Dparseq.shared, else the first ancestor of the working folder that holds shared/reference. */
    static Path shared() {
        String property = System.getProperty("parseq.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/reference/parseq-combos"))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("no shared folder above " + start + "; set -Dparseq.shared=/path/to/shared");
    }

    static ReferenceTables read(Path file) {
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
                char first = text.charAt(0);
                if (first == '#' || !Character.isDigit(first) && first != '-' && first != '.') {
                    if (rows.isEmpty() && names.isEmpty()) {
                        names = List.of(text.replaceFirst("^#\\s*", "").split("\\s+"));
                    }
                    continue;
                }
                rows.add(Arrays.stream(text.split("\\s+")).mapToDouble(ReferenceTables::number).toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        double[][] columns = new double[rows.get(0).length][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.length; j++) {
                columns[j][i] = rows.get(i)[j];
            }
        }
        return new ReferenceTables(names, columns);
    }

    /** numpy writes NaN as "nan". */
    private static double number(String text) {
        return text.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(text);
    }

    /** The column of a name given on the first line. */
    double[] column(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + names);
        }
        return columns[index];
    }

    /** ‖a − b‖ / ‖b‖. */
    static double relativeRms(double[] actual, double[] expected) {
        if (actual.length != expected.length) {
            throw new AssertionError(actual.length + " values where " + expected.length + " are expected");
        }
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
        if (actual.length != expected.length) {
            throw new AssertionError(actual.length + " values where " + expected.length + " are expected");
        }
        double difference = 0;
        double scale = 0;
        for (int i = 0; i < expected.length; i++) {
            difference = Math.max(difference, Math.abs(actual[i] - expected[i]));
            scale = Math.max(scale, Math.abs(expected[i]));
        }
        return difference / scale;
    }
}
