package org.parseq.io.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.format.Operands;

/**
 * Reads a whitespace-separated column file (plain or gzipped) with a {@link DataFormat}, following
 * the header rules of xas-algorithms.md 1.2.
 */
public final class ColumnFileReader {
	private ColumnFileReader() {
	}

	public static LoadedData read(Path path, DataFormat format) throws DataFormatException {
		if (format.readsDatasets()) {
			throw new DataFormatException(path.toString(), "", "the format reads HDF5 datasets; expected column sources");
		}
		requireColumnsOnly(path, format);
		DataRows.Split split = DataRows.split(new LineIndex(TextFile.readBytes(path)), format.header(),
				format.commentPrefix());
		int columnCount = format.maxUsedColumn() + 1;
		boolean[] wanted = usedColumns(format, columnCount);
		ColumnTable table = ByteTableParser.parse(path.toString(), split.rows(), columnCount, wanted);
		return FormatApplier.apply(path.toString(), format, parsedOnly(table, wanted), split.header(), Map.of());
	}

	/** The columns the format's arrays read; the columns between them are located but not parsed. */
	private static boolean[] usedColumns(DataFormat format, int columnCount) {
		boolean[] used = new boolean[columnCount];
		for (ArraySpec array : format.arrays()) {
			for (int column : array.source().columns()) {
				used[column] = true;
			}
		}
		return used;
	}

	/** The table's operands, refusing loudly a column that was not parsed (a bug, never bad data). */
	private static Operands parsedOnly(ColumnTable table, boolean[] parsed) {
		Operands operands = table.operands();
		return new Operands() {
			@Override
			public double[] column(int index) throws DataFormatException {
				if (index >= 0 && index < parsed.length && !parsed[index]) {
					throw new IllegalStateException("column " + index + " was not parsed");
				}
				return operands.column(index);
			}

			@Override
			public double[] dataset(String path) throws DataFormatException {
				return operands.dataset(path);
			}
		};
	}

	/** Data rows that {@link #check} parses and evaluates from the start of the data. */
	public static final int CHECKED_ROWS = 32;

	/** A column file holds 1D columns: a format that asks it for an image, stack or scalar cannot apply. */
	private static void requireColumnsOnly(Path path, DataFormat format) throws DataFormatException {
		for (ArraySpec spec : format.shapedArrays()) {
			if (!spec.isOptional()) {
				throw new DataFormatException(path.toString(), "array " + spec.name(), "is "
						+ (spec.rank() == 0 ? "a scalar" : "a " + spec.rank() + "D array")
						+ " and a column file holds 1D columns only; expected an HDF5 entry");
			}
		}
	}

	/** Files up to this size on disk have the column count of every row checked by {@link #check}. */
	public static final long WIDTH_SCANNED_BYTES = 2L * 1024 * 1024;
	/** Bytes at the end of a larger plain file whose complete rows {@link #check} checks for width. */
	public static final int CHECKED_TAIL_BYTES = 16 * 1024;

	/**
	 * Whether {@link #read} would succeed, without parsing the whole file: the header as the
	 * format's rule says, the first {@link #CHECKED_ROWS} data rows parsed and every array's
	 * expression evaluated on them, and the column count of the other rows: of every row in files
	 * up to {@link #WIDTH_SCANNED_BYTES} (counting fields only, no numbers are parsed), else of the
	 * rows in the last {@link #CHECKED_TAIL_BYTES} bytes (plain files), where a file being written
	 * ends. Throws what a read would throw, with the same reasons (a short row near the end of a
	 * large file is named by its line counted from the end).
	 */
	public static void check(Path path, DataFormat format) throws DataFormatException {
		if (format.readsDatasets()) {
			throw new DataFormatException(path.toString(), "", "the format reads HDF5 datasets; expected column sources");
		}
		requireColumnsOnly(path, format);
		int columnCount = format.maxUsedColumn() + 1;
		List<String> lines = new ArrayList<>();
		long headBytes = 0;
		boolean ended;
		boolean gzip;
		long size = sizeOf(path);
		try (TextHead head = TextHead.open(path)) {
			gzip = head.isGzip();
			if (!gzip && size > TextFile.MAX_BYTES) {
				throw new DataFormatException(path.toString(), "", "file of " + size + " bytes is too large for a text reader");
			}
			int headerSpan = switch (format.header()) {
			case HeaderRule.SkipRows skip -> skip.count();
			case HeaderRule.LastLineContaining last -> HeaderRule.LastLineContaining.SCANNED_LINES;
			case HeaderRule.CommentsOnly none -> 0;
			};
			String line;
			while (lines.size() < headerSpan && (line = head.next()) != null) {
				lines.add(line);
				headBytes += utf8Length(line) + 2;
			}
			int dataRows = split(lines, format).data().size();
			while (dataRows < CHECKED_ROWS && (line = head.next()) != null) {
				lines.add(line);
				headBytes += utf8Length(line) + 2;
				if (!dataPart(line, format.commentPrefix()).isBlank()) {
					dataRows++;
				}
			}
			Split split = split(lines, format);
			ColumnTable table = ColumnTableParser.parse(path.toString(), List.of(), split.data(), columnCount,
					ColumnTableParser.Strictness.LENIENT);
			boolean scanned = size <= WIDTH_SCANNED_BYTES;
			while (scanned && (line = head.next()) != null) {
				String data = dataPart(line, format.commentPrefix());
				if (!data.isBlank()) {
					int found = Numbers.countFields(data);
					if (found < columnCount) {
						throw new DataFormatException(path.toString(), "line " + head.linesRead(),
								"expected at least " + columnCount + " columns but found " + found);
					}
				}
			}
			ended = scanned || head.next() == null;
			FormatApplier.apply(path.toString(), format, table.operands(), split.header(), Map.of());
		}
		if (!ended && !gzip && size - CHECKED_TAIL_BYTES >= headBytes) {
			checkTail(path, format, columnCount);
		}
	}

	private static String dataPart(String line, String commentPrefix) {
		int comment = commentPrefix.isEmpty() ? -1 : line.indexOf(commentPrefix);
		return comment < 0 ? line : line.substring(0, comment);
	}

	private static void checkTail(Path path, DataFormat format, int columnCount) throws DataFormatException {
		List<String> tail = TextHead.tailLines(path, CHECKED_TAIL_BYTES);
		for (int i = 0; i < tail.size(); i++) {
			String line = tail.get(i);
			int comment = format.commentPrefix().isEmpty() ? -1 : line.indexOf(format.commentPrefix());
			String data = comment < 0 ? line : line.substring(0, comment);
			if (data.isBlank()) {
				continue;
			}
			int found = Numbers.countFields(data);
			if (found < columnCount) {
				throw new DataFormatException(path.toString(), "line " + (tail.size() - i) + " from the end",
						"expected at least " + columnCount + " columns but found " + found);
			}
		}
	}

	private static long sizeOf(Path path) throws DataFormatException {
		try {
			return java.nio.file.Files.size(path);
		} catch (java.io.IOException e) {
			throw new DataFormatException(path.toString(), "", "cannot read the file: " + e, e);
		}
	}

	private static long utf8Length(String line) {
		return line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
	}

	/** The whole table of a column file, every column of the first data row's width. */
	public static ColumnTable readTable(Path path, HeaderRule header, String commentPrefix) throws DataFormatException {
		DataRows.Split split = DataRows.split(new LineIndex(TextFile.readBytes(path)), header, commentPrefix);
		return ByteTableParser.parse(path.toString(), split.rows(), -1, null);
	}

	/** The header lines of a file under a header rule: what named formats match keywords against. */
	public static List<String> readHeader(Path path, HeaderRule header, String commentPrefix) throws DataFormatException {
		return DataRows.split(new LineIndex(TextFile.readBytes(path)), header, commentPrefix).header();
	}

	/**
	 * The header lines before the first data row under a header rule (the skipped lines and the
	 * comment or blank lines that follow them), read from the start of the file only. Comment
	 * lines after the first data row, which {@link #readHeader} also returns, are not included.
	 */
	public static List<String> readLeadingHeader(Path path, HeaderRule header, String commentPrefix)
			throws DataFormatException {
		List<String> lines = new ArrayList<>();
		try (TextHead head = TextHead.open(path)) {
			int headerSpan = switch (header) {
			case HeaderRule.SkipRows skip -> skip.count();
			case HeaderRule.LastLineContaining last -> HeaderRule.LastLineContaining.SCANNED_LINES;
			case HeaderRule.CommentsOnly none -> 0;
			};
			String line;
			while (lines.size() < headerSpan && (line = head.next()) != null) {
				lines.add(line);
			}
			Split split = split(lines, header, commentPrefix);
			if (!split.data().isEmpty()) {
				return leading(lines, split);
			}
			while ((line = head.next()) != null) {
				lines.add(line);
				int comment = commentPrefix.isEmpty() ? -1 : line.indexOf(commentPrefix);
				String data = comment < 0 ? line : line.substring(0, comment);
				if (!data.isBlank()) {
					break;
				}
			}
		}
		return leading(lines, split(lines, header, commentPrefix));
	}

	/** The lines before the first data row: the skipped lines and the comment or blank lines after them. */
	private static List<String> leading(List<String> lines, Split split) {
		int end = split.data().isEmpty() ? lines.size() : split.data().get(0).lineNumber() - 1;
		return List.copyOf(lines.subList(0, end));
	}

	record Split(List<String> header, List<DataLine> data) {
	}

	static Split split(List<String> lines, DataFormat format) {
		return split(lines, format.header(), format.commentPrefix());
	}

	static Split split(List<String> lines, HeaderRule rule, String commentPrefix) {
		int skipped = switch (rule) {
		case HeaderRule.SkipRows skip -> Math.min(skip.count(), lines.size());
		case HeaderRule.LastLineContaining last -> lastLineContaining(lines, last.keyword()) + 1;
		case HeaderRule.CommentsOnly none -> 0;
		};
		List<String> header = new ArrayList<>(lines.subList(0, skipped));
		List<DataLine> data = new ArrayList<>();
		for (int i = skipped; i < lines.size(); i++) {
			String line = lines.get(i);
			int comment = commentPrefix.isEmpty() ? -1 : line.indexOf(commentPrefix);
			if (comment >= 0) {
				header.add(line);
				line = line.substring(0, comment);
			}
			if (!line.isBlank()) {
				data.add(new DataLine(i + 1, line));
			}
		}
		return new Split(header, data);
	}

	private static int lastLineContaining(List<String> lines, String keyword) {
		int last = -1;
		int scanned = Math.min(lines.size(), HeaderRule.LastLineContaining.SCANNED_LINES);
		for (int i = 0; i < scanned; i++) {
			if (lines.get(i).contains(keyword)) {
				last = i;
			}
		}
		return last;
	}
}
