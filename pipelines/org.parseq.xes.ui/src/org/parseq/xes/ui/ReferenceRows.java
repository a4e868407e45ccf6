package org.parseq.xes.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The calibration references as rows of a table (alias, energy, slice, crystal), read from and
 * written back to the parameters that hold them column-wise: the aliases, slices and crystals
 * as ';'-separated text, the energies as a number list. No SWT here.
 */
record ReferenceRows(List<Row> rows) {

    /** One reference; a missing energy is NaN, a missing slice or crystal empty. */
    record Row(String alias, double energy, String slice, String crystal) {
    }

    ReferenceRows {
        rows = List.copyOf(rows);
    }

    static ReferenceRows of(String base, List<?> energies, String slices, String crystals) {
        List<String> aliases = split(base);
        List<String> sliceList = split(slices);
        List<String> crystalList = split(crystals);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < aliases.size(); i++) {
            double energy = i < energies.size() && energies.get(i) instanceof Number n ? n.doubleValue() : Double.NaN;
            rows.add(new Row(aliases.get(i), energy, i < sliceList.size() ? sliceList.get(i) : "",
                    i < crystalList.size() ? crystalList.get(i) : ""));
        }
        return new ReferenceRows(rows);
    }

    private static List<String> split(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.stream(stripped.split(";", -1)).map(String::strip).toList();
    }

    String base() {
        return String.join("; ", rows.stream().map(Row::alias).toList());
    }

    /** The energies; a row without one makes the list shorter, which the transform reports. */
    List<Double> energies() {
        return rows.stream().map(Row::energy).filter(Double::isFinite).toList();
    }

    /** The slices, or nothing when every reference is searched whole. */
    String slices() {
        boolean whole = rows.stream().allMatch(r -> r.slice().isEmpty() || r.slice().equals(":"));
        return whole ? "" : String.join("; ", rows.stream().map(r -> r.slice().isEmpty() ? ":" : r.slice()).toList());
    }

    String crystals() {
        boolean none = rows.stream().allMatch(r -> r.crystal().isEmpty());
        return none ? "" : String.join("; ", rows.stream().map(Row::crystal).toList());
    }

    /** A copy with one cell changed: column 0 alias, 1 energy, 2 slice, 3 crystal. */
    ReferenceRows with(int row, int column, String text) {
        List<Row> changed = new ArrayList<>(rows);
        Row old = changed.get(row);
        String value = text.strip();
        changed.set(row, switch (column) {
        case 0 -> new Row(value, old.energy(), old.slice(), old.crystal());
        case 1 -> new Row(old.alias(), Double.parseDouble(value), old.slice(), old.crystal());
        case 2 -> new Row(old.alias(), old.energy(), value, old.crystal());
        case 3 -> new Row(old.alias(), old.energy(), old.slice(), value);
        default -> throw new IllegalArgumentException("no column " + column);
        });
        return new ReferenceRows(changed);
    }

    ReferenceRows withRow(Row row) {
        List<Row> more = new ArrayList<>(rows);
        more.add(row);
        return new ReferenceRows(more);
    }

    ReferenceRows without(int row) {
        List<Row> fewer = new ArrayList<>(rows);
        fewer.remove(row);
        return new ReferenceRows(fewer);
    }
}
