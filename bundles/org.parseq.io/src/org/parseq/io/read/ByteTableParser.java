package org.parseq.io.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.parseq.io.DataFormatException;

/**
 * Turns {@link DataRows} into columns the way {@link ColumnTableParser} does in its lenient mode
 * (the same widths, values and error messages), but reading fields from the file's bytes by
 * offset: only the first {@code width} fields of a row are located, and only the wanted columns
 * are parsed. Rows kept as text (not plain ASCII) go through the text path unchanged.
 */
final class ByteTableParser {
	private ByteTableParser() {
	}

	/**
	 * @param columnCount columns of the table; negative means the width of the first row
	 * @param wanted      the columns to parse, or null for all; the others are left empty arrays
	 */
	static ColumnTable parse(String source, DataRows rows, int columnCount, boolean[] wanted)
			throws DataFormatException {
		int rowCount = rows.size();
		if (rowCount == 0) {
			throw new DataFormatException(source, "", "no data rows found; expected rows of numbers after the header");
		}
		byte[] bytes = rows.bytes();
		int width = columnCount >= 0 ? columnCount : fieldCount(rows, 0);
		double[][] columns = new double[width][];
		for (int column = 0; column < width; column++) {
			columns[column] = wanted == null || wanted[column] ? new double[rowCount] : new double[0];
		}
		int[] fieldStarts = new int[width];
		int[] fieldEnds = new int[width];
		boolean[] fieldPlain = new boolean[width];
		for (int row = 0; row < rowCount; row++) {
			String text = rows.text(row);
			if (text != null) {
				parseText(source, rows.lineNumber(row), text, columns, row, wanted);
				continue;
			}
			int found = locate(bytes, rows.start(row), rows.end(row), fieldStarts, fieldEnds, fieldPlain, width);
			// fewer than width fields found means the row ended: found is then its full field count
			ColumnTableParser.checkWidth(source, rows.lineNumber(row), found, width, ColumnTableParser.Strictness.LENIENT);
			for (int column = 0; column < width; column++) {
				if (wanted == null || wanted[column]) {
					int start = fieldStarts[column];
					int length = fieldEnds[column] - start;
					columns[column][row] = fieldPlain[column] ? Numbers.parsePlainOrNaN(bytes, start, length)
							: Numbers.parseOrNaN(new String(bytes, start, length, StandardCharsets.ISO_8859_1));
				}
			}
		}
		List<double[]> list = new ArrayList<>(width);
		for (double[] column : columns) {
			list.add(column);
		}
		return new ColumnTable(source, List.of(), list, rowCount);
	}

	/** A row kept as text, exactly as {@link ColumnTableParser} reads it. */
	private static void parseText(String source, int lineNumber, String text, double[][] columns, int row,
			boolean[] wanted) throws DataFormatException {
		List<String> fields = Numbers.splitWhitespace(text);
		int width = columns.length;
		ColumnTableParser.checkWidth(source, lineNumber, fields.size(), width, ColumnTableParser.Strictness.LENIENT);
		for (int column = 0; column < width; column++) {
			if (wanted == null || wanted[column]) {
				columns[column][row] = Numbers.parseOrNaN(fields.get(column));
			}
		}
	}

	private static int fieldCount(DataRows rows, int row) {
		String text = rows.text(row);
		if (text != null) {
			return Numbers.splitWhitespace(text).size();
		}
		return locate(rows.bytes(), rows.start(row), rows.end(row), null, null, null, Integer.MAX_VALUE);
	}

	/**
	 * Finds up to {@code limit} whitespace-separated fields in bytes {@code from} to {@code to}
	 * (split as {@link Numbers#splitWhitespace} splits ASCII text), storing their bounds, and
	 * whether they hold only characters of a plain number, when the arrays are given; returns
	 * how many were found. The number check is done here, while the bytes are read anyway.
	 */
	static int locate(byte[] bytes, int from, int to, int[] starts, int[] ends, boolean[] plain, int limit) {
		int found = 0;
		int i = from;
		int lastWord = bytes.length - Long.BYTES;
		while (found < limit) {
			while (i < to && Ascii.isWhitespace(bytes[i])) {
				i++;
			}
			if (i == to) {
				break;
			}
			int start = i;
			boolean number = true;
			// eight bytes at a time up to the first byte that may be whitespace (at most a space);
			// that byte, and the bytes of the array's last word, are looked at alone
			while (i < to) {
				if (i <= lastWord) {
					long word = (long) Swar.LONGS.get(bytes, i);
					long stops = Swar.belowOrNonAscii(word, ' ' + 1);
					int n = Math.min(stops == 0 ? Long.BYTES : Swar.firstFlagged(stops), to - i);
					number &= (Swar.nonNumber(word) & Swar.lowBytes(n)) == 0;
					i += n;
					if (n == Long.BYTES || i == to) {
						continue;
					}
				}
				byte c = bytes[i];
				if (Ascii.isWhitespace(c)) {
					break;
				}
				number &= Ascii.isNumberChar(c);
				i++;
			}
			if (starts != null) {
				starts[found] = start;
				ends[found] = i;
				plain[found] = number;
			}
			found++;
		}
		return found;
	}
}
