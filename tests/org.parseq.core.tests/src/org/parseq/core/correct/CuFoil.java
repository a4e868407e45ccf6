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
 * A real spectrum for the correction tests: e and µd of the Cu foil Cu_lnt1 as the original
 * computed them (shared/reference/parseq-xas/projects/Cu), found through -Dparseq.shared or a
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
        Path file = shared().resolve("reference/parseq-xas/projects/Cu/Cu_lnt1/1_mu.txt.gz");
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    String[] fields = line.split("\\s+");
                    rows.add(new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1])});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] e = new double[rows.size()];
        double[] mu = new double[rows.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = rows.get(i)[0];
            mu[i] = rows.get(i)[1];
        }
        return new CuFoil(e, mu);
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
