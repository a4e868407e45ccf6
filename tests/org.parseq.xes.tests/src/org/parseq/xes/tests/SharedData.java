package org.parseq.xes.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The read-only shared folder: the original's XES results and the real scans. */
final class SharedData {

    private static final String MARKER = "shared/reference/parseq-xes";

    private SharedData() {
    }

    /** System property parseq.shared, else the first ancestor of user.dir with a child shared/reference/parseq-xes. */
    static Path sharedDir() {
        String property = System.getProperty("parseq.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve(MARKER))) {
                return d.resolve("shared");
            }
        }
        throw new IllegalStateException("no ancestor of " + dir + " holds " + MARKER
                + "; set -Dparseq.shared=/path/to/shared");
    }

    static Path referenceDir() {
        return sharedDir().resolve("reference/parseq-xes");
    }

    static Path scanDir() {
        return sharedDir().resolve("data/xes-scan");
    }

    /** The rows of a whitespace table in a .gz file; lines starting with # are skipped. */
    static double[][] readRows(Path gz) {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\s+");
                double[] row = new double[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    row[i] = Double.parseDouble(fields[i]);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.toArray(new double[0][]);
    }

    /** The columns of such a table. */
    static double[][] readColumns(Path gz) {
        double[][] rows = readRows(gz);
        double[][] columns = new double[rows[0].length][rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns.length; c++) {
                columns[c][r] = rows[r][c];
            }
        }
        return columns;
    }
}
