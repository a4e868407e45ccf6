package org.parseq.xas.fit;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.parseq.core.fit.FitException;

/**
 * Reads FEFF 8 path files {@code feffNNNN.dat}: header lines, then whitespace columns
 * k, real[2·phc], mag[feff], phase[feff], reduction factor, λ, real[p]. The number of header
 * lines is given (the original stores it per shell) or, when not positive, found as the line
 * after the column-title line that starts with {@code k}. The half path length reff comes from
 * the caller (the original keeps it per shell) or, when NaN, from the header line that ends
 * with {@code nleg, deg, reff, ...}. Damaged files raise a {@link FitException} naming file and line.
 */
public final class FeffFileReader {

    private static final int COLUMNS = 7;

    private FeffFileReader() {
    }

    public static FeffPath read(Path file, int headerLines, double reff) {
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            lines = r.lines().toList();
        } catch (IOException ex) {
            throw new FitException("FEFF file " + file + " cannot be read: " + ex.getMessage(), ex);
        }
        int skip = headerLines > 0 ? headerLines : titleLine(file, lines) + 1;
        double pathReff = Double.isNaN(reff) ? headerReff(file, lines) : reff;
        List<double[]> rows = new ArrayList<>();
        for (int i = skip; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length < COLUMNS) {
                throw damaged(file, i, "expected " + COLUMNS + " numbers, found " + f.length + ": '" + line + "'");
            }
            double[] row = new double[COLUMNS];
            for (int c = 0; c < COLUMNS; c++) {
                try {
                    row[c] = Double.parseDouble(f[c]);
                } catch (NumberFormatException ex) {
                    throw damaged(file, i, "column " + (c + 1) + " is not a number: '" + f[c] + "'");
                }
                if (!Double.isFinite(row[c])) {
                    throw damaged(file, i, "column " + (c + 1) + " is not finite");
                }
            }
            if (!rows.isEmpty() && !(row[0] > rows.get(rows.size() - 1)[0])) {
                throw damaged(file, i, "k does not increase");
            }
            if (row[5] == 0) {
                throw damaged(file, i, "the mean free path λ is 0");
            }
            rows.add(row);
        }
        if (rows.size() < 4) {
            throw new FitException("FEFF file " + file + ": only " + rows.size()
                    + " data lines after " + skip + " header lines; a path table needs at least 4");
        }
        double[][] cols = new double[COLUMNS][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < COLUMNS; c++) {
                cols[c][i] = rows.get(i)[c];
            }
        }
        return FeffPath.of(file.getFileName().toString(), pathReff, cols[0], cols[1], cols[2], cols[3], cols[4],
                cols[5]);
    }

    /** The path's header: what a new shell of this path starts from. */
    public static FeffHeader header(Path file) {
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            lines = r.lines().toList();
        } catch (IOException ex) {
            throw new FitException("FEFF file " + file + " cannot be read: " + ex.getMessage(), ex);
        }
        int title = titleLine(file, lines);
        double degeneracy = Double.NaN;
        int pathLine = -1;
        for (int i = 0; i < title; i++) {
            String t = lines.get(i).strip();
            if (t.contains("nleg, deg, reff")) {
                pathLine = i;
                try {
                    degeneracy = Double.parseDouble(t.split("\\s+")[1]);
                } catch (RuntimeException ex) {
                    throw damaged(file, i, "cannot read deg from '" + t + "'");
                }
            }
        }
        if (pathLine < 0) {
            throw new FitException("FEFF file " + file + ": no 'nleg, deg, reff' header line");
        }
        // after "x y z pot at#": the absorbing atom, then the scatterers, each ending with its symbol
        StringBuilder atoms = new StringBuilder();
        for (int i = pathLine + 2; i < title && atoms.indexOf("-") < 0; i++) {
            String[] f = lines.get(i).strip().split("\\s+");
            if (f.length >= 6) {
                atoms.append(atoms.length() == 0 ? "" : "-").append(f[5]);
            }
        }
        String first = lines.isEmpty() ? "" : lines.get(0);
        int feff = first.toLowerCase(java.util.Locale.ROOT).lastIndexOf("feff");
        String version = feff < 0 ? "" : first.substring(feff + 4).strip();
        return new FeffHeader(title + 1, degeneracy, headerReff(file, lines), atoms.toString(), version);
    }

    private static int titleLine(Path file, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.startsWith("k ") && t.contains("phase")) {
                return i;
            }
        }
        throw new FitException("FEFF file " + file + ": no column title line (k real[2*phc] mag[feff] ...) found");
    }

    private static double headerReff(Path file, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.contains("nleg, deg, reff")) {
                String[] f = t.split("\\s+");
                try {
                    return Double.parseDouble(f[2]);
                } catch (RuntimeException ex) {
                    throw damaged(file, i, "cannot read reff from '" + t + "'");
                }
            }
        }
        throw new FitException("FEFF file " + file + ": no 'nleg, deg, reff' header line");
    }

    private static FitException damaged(Path file, int lineIndex, String what) {
        return new FitException("FEFF file " + file + ", line " + (lineIndex + 1) + ": " + what);
    }
}
