package org.parseq.cli.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the text tables a batch run writes (and the original's gzipped ones) as a user would:
 * lines starting with {@code #} and blank lines skipped, numbers separated by white space.
 */
final class ArrayTables {

    /** The header of an image or stack file: {@code # name; shape R C; axes a b; unit u}. */
    record Header(String name, int[] shape, List<String> axes, String unit) {
    }

    private ArrayTables() {
    }

    /** Every data line of a table as a row of numbers. */
    static double[][] rows(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = reader(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.strip().split("\\s+");
                double[] row = new double[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    row[i] = Double.parseDouble(fields[i]);
                }
                rows.add(row);
            }
        }
        return rows.toArray(double[][]::new);
    }

    /** The numbers of a table row after row, as an image's values are stored. */
    static double[] flat(double[][] rows) {
        return Arrays.stream(rows).flatMapToDouble(Arrays::stream).toArray();
    }

    static Header header(Path file) throws IOException {
        String first;
        try (BufferedReader in = reader(file)) {
            first = in.readLine();
        }
        if (first == null || !first.startsWith("# ")) {
            throw new IOException(file + ": no header line");
        }
        String[] parts = first.substring(2).split(";\\s*");
        int[] shape = null;
        List<String> axes = List.of();
        String unit = "";
        for (int i = 1; i < parts.length; i++) {
            String[] words = parts[i].strip().split("\\s+", 2);
            switch (words[0]) {
                case "shape" -> shape = Arrays.stream(words[1].split("\\s+")).mapToInt(Integer::parseInt).toArray();
                case "axes" -> axes = List.of(words[1].split("\\s+"));
                case "unit" -> unit = words[1];
                default -> throw new IOException(file + ": unknown header part '" + parts[i] + "'");
            }
        }
        return new Header(parts[0], shape, axes, unit);
    }

    private static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file),
                StandardCharsets.UTF_8));
    }
}
