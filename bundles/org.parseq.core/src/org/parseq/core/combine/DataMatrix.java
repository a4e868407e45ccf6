package org.parseq.core.combine;

import java.util.List;

import org.hipparchus.linear.BlockRealMatrix;
import org.hipparchus.linear.RealMatrix;

/**
 * The matrix D of a combination: one column per parent item, one row per point of one array.
 * Building it checks what every combination needs, so that the algorithms can trust it: equal
 * lengths and finite values, with messages that name the array, the item and the point.
 */
public final class DataMatrix {

    private final String arrayName;
    private final List<String> itemNames;
    private final RealMatrix values;

    private DataMatrix(String arrayName, List<String> itemNames, RealMatrix values) {
        this.arrayName = arrayName;
        this.itemNames = itemNames;
        this.values = values;
    }

    /**
     * @param arrayName name of the array the columns are, for messages
     * @param itemNames one name per column, for messages
     * @param columns   the parents' arrays, all of one length
     * @throws IllegalArgumentException naming the array and item that are wrong
     */
    public static DataMatrix of(String arrayName, List<String> itemNames, List<double[]> columns) {
        if (itemNames.size() != columns.size()) {
            throw new IllegalArgumentException("array '" + arrayName + "': " + columns.size() + " columns but "
                    + itemNames.size() + " item names");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("array '" + arrayName + "': no items to combine");
        }
        int points = columns.get(0).length;
        if (points == 0) {
            throw new IllegalArgumentException("array '" + arrayName + "' of " + itemNames.get(0) + " is empty");
        }
        double[][] rows = new double[points][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            double[] column = columns.get(j);
            if (column == null) {
                throw new IllegalArgumentException("item " + itemNames.get(j) + " has no array '" + arrayName + "'");
            }
            if (column.length != points) {
                throw new IllegalArgumentException("array '" + arrayName + "' has " + column.length + " points in "
                        + itemNames.get(j) + " but " + points + " in " + itemNames.get(0)
                        + "; combine with interpolation");
            }
            for (int i = 0; i < points; i++) {
                if (!Double.isFinite(column[i])) {
                    throw new IllegalArgumentException("array '" + arrayName + "' of " + itemNames.get(j)
                            + " has the value " + column[i] + " at point " + i);
                }
                rows[i][j] = column[i];
            }
        }
        return new DataMatrix(arrayName, List.copyOf(itemNames), new BlockRealMatrix(rows));
    }

    /** The rows whose x lies in the range, e.g. the part of the spectra PCA or MCR-ALS looks at. */
    public DataMatrix rows(double[] x, XRange range) {
        if (x.length != points()) {
            throw new IllegalArgumentException("the x array has " + x.length + " points, array '" + arrayName
                    + "' has " + points());
        }
        int[] selected = range.indicesIn(x);
        if (selected.length == points()) {
            return this;
        }
        int[] allColumns = new int[items()];
        for (int j = 0; j < allColumns.length; j++) {
            allColumns[j] = j;
        }
        return new DataMatrix(arrayName, itemNames, values.getSubMatrix(selected, allColumns));
    }

    public String arrayName() {
        return arrayName;
    }

    public List<String> itemNames() {
        return itemNames;
    }

    /** Number of rows m. */
    public int points() {
        return values.getRowDimension();
    }

    /** Number of columns n. */
    public int items() {
        return values.getColumnDimension();
    }

    /** D itself; callers must not modify it. */
    RealMatrix matrix() {
        return values;
    }

    /** A copy of column j. */
    public double[] column(int j) {
        return values.getColumn(j);
    }
}
