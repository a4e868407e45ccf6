package org.parseq.io.read;

import java.util.ArrayList;
import java.util.List;

import org.parseq.io.DataFormatException;

/** Turns data lines into columns. */
final class ColumnTableParser {
	/** What to do with a field that is not a number, and with rows of differing widths. */
	enum Strictness {
		/** ParSeq: parse only the needed columns, a non-number becomes NaN, wider rows are fine. */
		LENIENT,
		/** XDI: every row has exactly the width of the first one and every field is a finite number. */
		STRICT
	}

	private ColumnTableParser() {
	}

	/**
	 * @param columnCount columns to parse; negative means the width of the first row
	 */
	static ColumnTable parse(String source, List<String> labels, List<DataLine> rows, int columnCount,
			Strictness strictness) throws DataFormatException {
		if (rows.isEmpty()) {
			throw new DataFormatException(source, "", "no data rows found; expected rows of numbers after the header");
		}
		int width = columnCount >= 0 ? columnCount : Numbers.splitWhitespace(rows.get(0).text()).size();
		double[][] columns = new double[width][rows.size()];
		for (int row = 0; row < rows.size(); row++) {
			DataLine line = rows.get(row);
			List<String> fields = Numbers.splitWhitespace(line.text());
			checkWidth(source, line, fields.size(), width, strictness);
			for (int column = 0; column < width; column++) {
				columns[column][row] = value(source, line, fields.get(column), column, strictness);
			}
		}
		List<double[]> list = new ArrayList<>(width);
		for (double[] column : columns) {
			list.add(column);
		}
		return new ColumnTable(source, labels, list, rows.size());
	}

	private static void checkWidth(String source, DataLine line, int found, int width, Strictness strictness)
			throws DataFormatException {
		checkWidth(source, line.lineNumber(), found, width, strictness);
	}

	/** Refuses a row of {@code found} fields where {@code width} are needed; shared with {@link ByteTableParser}. */
	static void checkWidth(String source, int lineNumber, int found, int width, Strictness strictness)
			throws DataFormatException {
		if (found < width || (strictness == Strictness.STRICT && found != width)) {
			String expected = strictness == Strictness.STRICT ? "exactly " + width : "at least " + width;
			throw new DataFormatException(source, "line " + lineNumber,
					"expected " + expected + " columns but found " + found);
		}
	}

	private static double value(String source, DataLine line, String field, int column, Strictness strictness)
			throws DataFormatException {
		if (strictness == Strictness.LENIENT) {
			return Numbers.parseOrNaN(field);
		}
		Double value = Numbers.parse(field);
		if (value == null || !Double.isFinite(value)) {
			throw new DataFormatException(source, "line " + line.lineNumber() + ", column " + (column + 1),
					"expected a finite number but found \"" + field + "\"");
		}
		return value;
	}
}
