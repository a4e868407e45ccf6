package org.parseq.core.fit;

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
 * Real spectra for the core's fit tests: the µd-node arrays the original saved for the
 * Cu-LCF project (shared/reference/parseq-xas/projects/Cu-LCF), found through the system
 * property parseq.shared or a folder named shared above the working directory.
 */
final class SharedSpectra {

    private SharedSpectra() {
    }

    static Path shared() {
        String prop = System.getProperty("parseq.shared");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/reference/parseq-xas"))) {
                return d.resolve("shared");
            }
        }
        throw new IllegalStateException("set -Dparseq.shared=/path/to/shared");
    }

    /** e and flat of a Cu-LCF item. */
    static Curve flat(String item) {
        double[][] c = columns(shared().resolve("reference/parseq-xas/projects/Cu-LCF").resolve(item)
                .resolve("1_mu.txt.gz"));
        return new Curve(c[0], c[6]);
    }

    private static double[][] columns(Path gz) {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
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
        double[][] cols = new double[rows.get(0).length][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < cols.length; c++) {
                cols[c][i] = rows.get(i)[c];
            }
        }
        return cols;
    }
}
