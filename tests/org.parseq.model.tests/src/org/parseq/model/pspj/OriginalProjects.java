package org.parseq.model.pspj;

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
 * The original's example projects laid out as on the machine that saved them: the project in
 * {@code saved/} beside {@code data/} (data/README.md; xes-scan/README.md), so that their
 * relative paths {@code ../data/...} lead to the shared data.
 */
final class OriginalProjects {

    private OriginalProjects() {
    }

    /** -Dparseq.shared, else the first ancestor of the working folder holding shared/data. */
    static Path shared() {
        String property = System.getProperty("parseq.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve("shared/data/parseq-xas"))) {
                return folder.resolve("shared");
            }
        }
        throw new IllegalStateException("no shared folder found; set -Dparseq.shared=/path/to/shared");
    }

    /** {@code folder/saved/<name>.pspj} with {@code folder/data} = the ParSeq-XAS example data. */
    static Path xas(Path folder, String name) throws IOException {
        Path saved = Files.createDirectories(folder.resolve("saved"));
        Path project = Files.copy(shared().resolve("data/parseq-xas/saved/" + name + ".pspj"),
                saved.resolve(name + ".pspj"));
        Files.createSymbolicLink(folder.resolve("data"), shared().resolve("data/parseq-xas").toAbsolutePath());
        return project;
    }

    /** {@code folder/saved/Mo-Kb13.pspj} with the stand-in master as {@code data/20230908s.h5} beside its scans. */
    static Path xes(Path folder) throws IOException {
        Path source = shared().resolve("data/xes-scan").toAbsolutePath();
        Path saved = Files.createDirectories(folder.resolve("saved"));
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.createSymbolicLink(data.resolve("20230908s.h5"), source.resolve("20230908s-standin.h5"));
        for (String scan : List.of("1025", "1030", "1034")) {
            String file = "scan-" + scan + "_eiger_xes.h5";
            Files.createSymbolicLink(data.resolve(file), source.resolve(file));
        }
        return Files.copy(source.resolve("Mo-Kb13.pspj"), saved.resolve("Mo-Kb13.pspj"));
    }

    /** A project file with one line replaced, for damaged copies. */
    static Path edited(Path project, String line, String replacement) throws IOException {
        String text = Files.readString(project, StandardCharsets.UTF_8);
        if (!text.contains(line)) {
            throw new IllegalArgumentException(project + " has no line " + line);
        }
        Files.writeString(project, text.replaceFirst(java.util.regex.Pattern.quote(line),
                java.util.regex.Matcher.quoteReplacement(replacement)), StandardCharsets.UTF_8);
        return project;
    }

    /** A project file with the first occurrence of a line after a section's header replaced. */
    static Path editedInSection(Path project, String section, String line, String replacement) throws IOException {
        String text = Files.readString(project, StandardCharsets.UTF_8);
        int start = text.indexOf("\n[" + section + "]\n");
        int at = start < 0 ? -1 : text.indexOf(line, start);
        if (at < 0) {
            throw new IllegalArgumentException(project + " has no line " + line + " in [" + section + "]");
        }
        Files.writeString(project, text.substring(0, at) + replacement + text.substring(at + line.length()),
                StandardCharsets.UTF_8);
        return project;
    }

    /** The columns of a gzipped reference table of the original (lines starting with # skipped). */
    static double[][] referenceColumns(String relativePath) {
        Path file = shared().resolve("reference/parseq-xas/" + relativePath);
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[][] columns = new double[rows.get(0).length][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.length; c++) {
                columns[c][r] = rows.get(r)[c];
            }
        }
        return columns;
    }
}
