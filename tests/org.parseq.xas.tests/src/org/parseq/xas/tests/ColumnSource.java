package org.parseq.xas.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parseq.core.engine.ItemSource;

/**
 * A column file read for these tests by the original's loading rules (xas-algorithms.md §1):
 * header by skipRows or by the last line containing a keyword among the first 257, '#'
 * comments, 0-based columns or sums of {@code ColN} terms, sort and de-duplicate by x keeping
 * the first occurrence, then conversions (µA = ×1e6, {@code lim(None, max)} cutting all arrays
 * strictly). The test fragment cannot see the io bundle (it is not imported by org.parseq.xas),
 * and these tests are about the numerics, so a small reader of the formats used here suffices.
 *
 * @param columns array name → a column index or a sum such as "Col3+Col4", in node order, x first
 */
record ColumnSource(Path file, Map<String, String> columns, int skipRows, String lastSkipRowContains,
        Map<String, String> conversions) implements ItemSource {

    @Override
    public Object identity() {
        return file.toString() + columns + conversions;
    }

    @Override
    public Map<String, double[]> load() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int first = skipRows;
        if (lastSkipRowContains != null) {
            for (int i = 0; i < Math.min(257, lines.size()); i++) {
                if (lines.get(i).contains(lastSkipRowContains)) {
                    first = i + 1;
                }
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(first, lines.size())) {
            int hash = line.indexOf('#');
            String data = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (data.isEmpty()) {
                continue;
            }
            String[] f = data.split("\\s+");
            double[] row = new double[f.length];
            for (int c = 0; c < f.length; c++) {
                try {
                    row[c] = Double.parseDouble(f[c]);
                } catch (NumberFormatException e) {
                    row[c] = Double.NaN;
                }
            }
            rows.add(row);
        }
        // sort by x, keeping the first occurrence of every x value (§1.3)
        String xName = columns.keySet().iterator().next();
        TreeMap<Double, double[]> byX = new TreeMap<>();
        for (double[] row : rows) {
            byX.putIfAbsent(evaluate(columns.get(xName), row), row);
        }
        Map<String, double[]> arrays = new LinkedHashMap<>();
        columns.forEach((name, expression) -> arrays.put(name,
                byX.values().stream().mapToDouble(row -> evaluate(expression, row)).toArray()));
        boolean[] keep = null;
        for (Map.Entry<String, String> c : conversions.entrySet()) {
            double[] a = arrays.get(c.getKey());
            String text = c.getValue();
            if (text.startsWith("lim")) {
                String[] ends = text.substring(text.indexOf('(') + 1, text.indexOf(')')).split(",");
                double lo = ends[0].strip().equals("None") ? Double.NEGATIVE_INFINITY : Double.parseDouble(ends[0]);
                double hi = ends[1].strip().equals("None") ? Double.POSITIVE_INFINITY : Double.parseDouble(ends[1]);
                keep = new boolean[a.length];
                for (int i = 0; i < a.length; i++) {
                    keep[i] = lo < a[i] && a[i] < hi;
                }
            } else if (text.startsWith("µ")) {
                for (int i = 0; i < a.length; i++) {
                    a[i] *= 1e6;
                }
            } else {
                throw new IllegalArgumentException("conversion " + text + " is not supported by this test reader");
            }
        }
        if (keep != null) {
            boolean[] k = keep;
            arrays.replaceAll((name, a) -> {
                List<Double> kept = new ArrayList<>();
                for (int i = 0; i < a.length; i++) {
                    if (k[i]) {
                        kept.add(a[i]);
                    }
                }
                return kept.stream().mapToDouble(Double::doubleValue).toArray();
            });
        }
        return arrays;
    }

    /** A column index ("3", "Col3") or a sum of ColN terms. */
    private static double evaluate(String expression, double[] row) {
        double sum = 0;
        for (String term : expression.split("\\+")) {
            String t = term.strip();
            int c = Integer.parseInt(t.regionMatches(true, 0, "Col", 0, 3) ? t.substring(3) : t);
            sum += row[c];
        }
        return sum;
    }
}
