package org.parseq.core.correct;

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

/**
 * A real spectrum for the correction tests: e and µd of the Cu foil Cu_lnt1 (and other columns of
 * the Cu foils) as the original computed them (shared/reference/parseq-xas/projects/Cu), found through -Dparseq.shared or a
 * folder named shared above the working directory.
 */
final class CuFoil {

    final double[] e;
    final double[] mu;

    private CuFoil(double[] e, double[] mu) {
        this.e = e;
        this.mu = mu;
    }

    static CuFoil read() {
        double[][] columns = columns("Cu_lnt1", "1_mu");
        return new CuFoil(columns[0], columns[1]);
    }

    /** Columns of a file of the reference, e.g. ("Cu_rt2", "0_raw"): eraw, i0, itr, muraw. */
    static double[][] columns(String item, String file) {
        Path path = shared().resolve("reference/parseq-xas/projects/Cu").resolve(item).resolve(file + ".txt.gz");
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    String[] fields = line.split("\\s+");
                    double[] row = new double[fields.length];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = Double.parseDouble(fields[i]);
                    }
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[][] columns = new double[rows.get(0).length][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < columns.length; c++) {
                columns[c][i] = rows.get(i)[c];
            }
        }
        return columns;
    }

    /** The first index with e above the value. */
    int indexAbove(double energy) {
        int i = 0;
        while (e[i] <= energy) {
            i++;
        }
        return i;
    }

    private static Path shared() {
        String property = System.getProperty("parseq.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/reference/parseq-xas"))) {
                return d.resolve("shared");
            }
        }
        throw new IllegalStateException("set -Dparseq.shared=/path/to/shared");
    }
}
