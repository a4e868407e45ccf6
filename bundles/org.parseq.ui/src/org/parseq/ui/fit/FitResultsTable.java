package org.parseq.ui.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parseq.core.engine.FitRecord;
import org.parseq.core.engine.ResultStore;
import org.parseq.core.fit.FitResult;
import org.parseq.core.fit.FittedParameter;
import org.parseq.core.fit.ItemFit;
import org.parseq.model.data.DataItem;

/**
 * The results of one kind of fit across items, one row per item in tree order: status, R
 * factor, χ², then every fitted parameter's value and error as columns. Cells are numbers (NaN
 * where an item has no such value) or text; rows sort by any column and copy as CSV.
 */
public final class FitResultsTable {

    private final List<String> columns;
    private final List<List<Object>> rows;

    private FitResultsTable(List<String> columns, List<List<Object>> rows) {
        this.columns = List.copyOf(columns);
        this.rows = rows;
    }

    /** The table of the items' fits of that kind; items without such a fit are left out. */
    public static FitResultsTable of(List<DataItem> items, String kind, ResultStore results) {
        Set<String> parameters = new LinkedHashSet<>();
        List<DataItem> fitted = new ArrayList<>();
        List<Optional<FitRecord>> records = new ArrayList<>();
        for (DataItem item : items) {
            if (item.getFits().stream().noneMatch(f -> kind.equals(f.getKind()))) {
                continue;
            }
            Optional<FitRecord> record = results.fit(item.getId(), kind);
            fitted.add(item);
            records.add(record);
            record.filter(FitRecord::hasOutcome)
                    .ifPresent(r -> r.outcome().result().first().parameters().forEach(p -> parameters.add(p.name())));
        }
        List<String> columns = new ArrayList<>(List.of("item", "status", "R", "chi2"));
        parameters.forEach(p -> {
            columns.add(p);
            columns.add(p + " error");
        });
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < fitted.size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(fitted.get(i).getAlias());
            FitRecord record = records.get(i).orElse(null);
            row.add(record == null ? "not fitted yet" : record.status().toString());
            FitResult result = record != null && record.hasOutcome() ? record.outcome().result() : null;
            ItemFit first = result == null ? null : result.first();
            row.add(result == null ? Double.NaN : result.rFactor());
            row.add(result == null ? Double.NaN : result.chiSquare());
            for (String name : parameters) {
                FittedParameter p = first == null ? null : first.parameter(name);
                row.add(p == null ? Double.NaN : p.value());
                row.add(p == null ? Double.NaN : p.error());
            }
            rows.add(row);
        }
        return new FitResultsTable(columns, rows);
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return List.copyOf(rows);
    }

    /** The columns holding numbers (R, χ², fitted values and their errors). */
    public List<Integer> numericColumns() {
        List<Integer> numeric = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            int column = c;
            if (!rows.isEmpty() && rows.stream().allMatch(row -> row.get(column) instanceof Double)) {
                numeric.add(c);
            }
        }
        return numeric;
    }

    /** A numeric column's values, one per row in the table's order (NaN where there is none). */
    public double[] values(int column) {
        return rows.stream().mapToDouble(row -> row.get(column) instanceof Double d ? d : Double.NaN).toArray();
    }

    /** The column of a value's error ("w1" → "w1 error"), or -1. */
    public int errorColumnOf(int column) {
        return columns.indexOf(columns.get(column) + " error");
    }

    /** The rows sorted by a column: numbers by value (NaN last), text alphabetically. */
    public FitResultsTable sortedBy(int column, boolean ascending) {
        Comparator<List<Object>> order = (a, b) -> compare(a.get(column), b.get(column));
        List<List<Object>> sorted = new ArrayList<>(rows);
        sorted.sort(ascending ? order : order.reversed());
        return new FitResultsTable(columns, sorted);
    }

    private static int compare(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            if (x.isNaN() || y.isNaN()) {
                return Boolean.compare(x.isNaN(), y.isNaN());
            }
            return Double.compare(x, y);
        }
        return String.valueOf(a).compareToIgnoreCase(String.valueOf(b));
    }

    /** A cell as the table shows it: numbers with 6 significant digits, empty for NaN. */
    public static String text(Object cell) {
        if (cell instanceof Double d) {
            return d.isNaN() ? "" : String.format(java.util.Locale.ROOT, "%.6g", d);
        }
        return String.valueOf(cell);
    }

    /** The table as CSV: a header line, then the rows; numbers in full precision, text quoted where needed. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", columns.stream().map(FitResultsTable::quoted).toList())).append('\n');
        for (List<Object> row : rows) {
            out.append(String.join(",", row.stream().map(cell -> cell instanceof Double d
                    ? (d.isNaN() ? "" : Double.toString(d)) : quoted(String.valueOf(cell))).toList())).append('\n');
        }
        return out.toString();
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
