package org.parseq.io.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.parseq.io.format.HeaderRule;

/**
 * The data rows of a column file, found by the header rules of {@link ColumnFileReader#split}
 * on a {@link LineIndex} without making a String per line: a row is a byte range of an ASCII line
 * (its part before the comment prefix), or, for the rare line that is not plain ASCII, its text,
 * which is then handled exactly as the text reader handles it.
 */
final class DataRows {
	/** The header lines (kept as text) and the data rows of a file. */
	record Split(List<String> header, DataRows rows) {
	}

	private final byte[] bytes;
	private int size;
	private int[] lineNumbers;
	private int[] starts;
	private int[] ends;
	/** The text of rows read as text (lines with bytes outside ASCII), else null; allocated on first use. */
	private String[] texts;

	private DataRows(byte[] bytes, int capacity) {
		this.bytes = bytes;
		capacity = Math.max(capacity, 1);
		lineNumbers = new int[capacity];
		starts = new int[capacity];
		ends = new int[capacity];
	}

	/**
	 * The same header and rows as {@code ColumnFileReader.split(lines, rule, commentPrefix)} on the
	 * decoded lines: the skipped lines, then every line holding the comment prefix joins the header
	 * whole and keeps only its part before the prefix as data; blank data parts are dropped.
	 */
	static Split split(LineIndex lines, HeaderRule rule, String commentPrefix) {
		int count = lines.count();
		int skipped = switch (rule) {
		case HeaderRule.SkipRows skip -> Math.min(skip.count(), count);
		case HeaderRule.LastLineContaining last -> lastLineContaining(lines, last.keyword()) + 1;
		case HeaderRule.CommentsOnly none -> 0;
		};
		List<String> header = new ArrayList<>();
		for (int i = 0; i < skipped; i++) {
			header.add(lines.text(i));
		}
		DataRows rows = new DataRows(lines.bytes(), count - skipped);
		// a non-ASCII prefix cannot be searched for byte by byte: then every line goes as text
		boolean bytePrefix = LineIndex.isAscii(commentPrefix);
		for (int i = skipped; i < count; i++) {
			if (bytePrefix && lines.isAscii(i)) {
				int start = lines.start(i);
				int end = lines.end(i);
				int comment = commentPrefix.isEmpty() ? -1 : lines.indexOf(i, commentPrefix);
				if (comment >= 0) {
					header.add(lines.text(i));
					end = start + comment;
				}
				if (!isBlank(lines.bytes(), start, end)) {
					rows.add(i + 1, start, end, null);
				}
			} else {
				String line = lines.text(i);
				int comment = commentPrefix.isEmpty() ? -1 : line.indexOf(commentPrefix);
				if (comment >= 0) {
					header.add(line);
					line = line.substring(0, comment);
				}
				if (!line.isBlank()) {
					rows.add(i + 1, 0, 0, line);
				}
			}
		}
		return new Split(header, rows);
	}

	private static int lastLineContaining(LineIndex lines, String keyword) {
		int last = -1;
		int scanned = Math.min(lines.count(), HeaderRule.LastLineContaining.SCANNED_LINES);
		boolean byteKeyword = LineIndex.isAscii(keyword);
		for (int i = 0; i < scanned; i++) {
			boolean found = byteKeyword && lines.isAscii(i) ? lines.indexOf(i, keyword) >= 0
					: lines.text(i).contains(keyword);
			if (found) {
				last = i;
			}
		}
		return last;
	}

	private static boolean isBlank(byte[] bytes, int start, int end) {
		for (int i = start; i < end; i++) {
			if (!Ascii.isWhitespace(bytes[i])) {
				return false;
			}
		}
		return true;
	}

	private void add(int lineNumber, int start, int end, String text) {
		if (size == lineNumbers.length) {
			int capacity = size * 2;
			lineNumbers = Arrays.copyOf(lineNumbers, capacity);
			starts = Arrays.copyOf(starts, capacity);
			ends = Arrays.copyOf(ends, capacity);
			if (texts != null) {
				texts = Arrays.copyOf(texts, capacity);
			}
		}
		if (text != null) {
			if (texts == null) {
				texts = new String[lineNumbers.length];
			}
			texts[size] = text;
		}
		lineNumbers[size] = lineNumber;
		starts[size] = start;
		ends[size] = end;
		size++;
	}

	byte[] bytes() {
		return bytes;
	}

	int size() {
		return size;
	}

	/** The 1-based line number of row {@code row} in the file. */
	int lineNumber(int row) {
		return lineNumbers[row];
	}

	/** The text of a row read as text, or null when the row is the byte range {@link #start}..{@link #end}. */
	String text(int row) {
		return texts == null ? null : texts[row];
	}

	int start(int row) {
		return starts[row];
	}

	int end(int row) {
		return ends[row];
	}
}
