package org.parseq.io.read;

import java.util.List;

import org.parseq.io.DataFormatException;
import org.parseq.io.format.Operands;

/**
 * Numeric columns of a text table with optional labels (from #L, XDI or FIO headers).
 * Columns are read-only by convention: they are handed out only as copies.
 */
public record ColumnTable(String source, List<String> labels, List<double[]> columns, int rowCount) {
	public ColumnTable {
		labels = List.copyOf(labels);
		columns = List.copyOf(columns);
	}

	public int columnCount() {
		return columns.size();
	}

	/** A copy of column {@code index} (0-based). */
	public double[] column(int index) throws DataFormatException {
		if (index < 0 || index >= columns.size()) {
			throw new DataFormatException(source, "Col" + index,
					"expected a column index below " + columns.size() + " (the table has " + columns.size() + " columns)");
		}
		return columns.get(index).clone();
	}

	/** The index of the column labelled {@code label}, or -1. */
	public int indexOf(String label) {
		return labels.indexOf(label);
	}

	/** This table as expression operands: columns by index, no datasets. */
	public Operands operands() {
		return new Operands() {
			@Override
			public double[] column(int index) throws DataFormatException {
				return ColumnTable.this.column(index);
			}

			@Override
			public double[] dataset(String path) throws DataFormatException {
				throw new DataFormatException(source, "d[\"" + path + "\"]",
						"a column file has no datasets; expected a column ColN");
			}
		};
	}
}
