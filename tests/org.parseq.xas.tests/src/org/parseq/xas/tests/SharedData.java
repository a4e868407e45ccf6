package org.parseq.xas.tests;

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

/** Locates the read-only shared folder and reads its gzipped column tables. */
public final class SharedData {

    private static final String MARKER = "shared/reference/parseq-xas";

    private SharedData() {
    }

    /** System property parseq.shared, else the first ancestor of user.dir with a child shared/reference/parseq-xas. */
    public static Path sharedDir() {
        String prop = System.getProperty("parseq.shared");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
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

    public static Path referenceDir() {
        return sharedDir().resolve("reference/parseq-xas");
    }

    /** Columns of a whitespace table in a .gz file; lines starting with # are skipped. */
    public static double[][] readColumns(Path gz) {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                double[] row = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    row[i] = Double.parseDouble(f[i]);
                }
                rows.add(row);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        int nc = rows.isEmpty() ? 0 : rows.get(0).length;
        double[][] cols = new double[nc][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < nc; c++) {
                cols[c][i] = rows.get(i)[c];
            }
        }
        return cols;
    }
}
