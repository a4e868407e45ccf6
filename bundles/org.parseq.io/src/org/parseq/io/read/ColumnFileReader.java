package org.parseq.io.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;

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
		TextFile file = TextFile.read(path);
		Split split = split(file.lines(), format);
		int columnCount = format.maxUsedColumn() + 1;
		ColumnTable table = ColumnTableParser.parse(path.toString(), List.of(), split.data(), columnCount,
				ColumnTableParser.Strictness.LENIENT);
		return FormatApplier.apply(path.toString(), format, table.operands(), split.header(), Map.of());
	}

	/** The whole table of a column file, every column of the first data row's width. */
	public static ColumnTable readTable(Path path, HeaderRule header, String commentPrefix) throws DataFormatException {
		TextFile file = TextFile.read(path);
		Split split = split(file.lines(), header, commentPrefix);
		return ColumnTableParser.parse(path.toString(), List.of(), split.data(), -1, ColumnTableParser.Strictness.LENIENT);
	}

	/** The header lines of a file under a header rule: what named formats match keywords against. */
	public static List<String> readHeader(Path path, HeaderRule header, String commentPrefix) throws DataFormatException {
		return split(TextFile.read(path).lines(), header, commentPrefix).header();
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
