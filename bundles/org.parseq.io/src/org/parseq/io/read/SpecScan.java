package org.parseq.io.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.DataFormat;

/**
 * One {@code #S} scan of a SPEC file, kept as raw lines until its table is asked for.
 *
 * @param ordinal 0-based position in the file (scan numbers may repeat)
 */
public record SpecScan(Path path, int ordinal, String number, String title, List<String> headerLines,
		List<String> labels, List<DataLine> rows) {
	public SpecScan {
		headerLines = List.copyOf(headerLines);
		labels = List.copyOf(labels);
		rows = List.copyOf(rows);
	}

	/** "file::#S 12" (with the ordinal when numbers repeat, see {@link SpecFile}). */
	public String sourceName() {
		return path + "::#S " + number;
	}

	public ColumnTable table() throws DataFormatException {
		int width = labels.isEmpty() ? -1 : labels.size();
		return ColumnTableParser.parse(sourceName(), labels, rows, width, ColumnTableParser.Strictness.LENIENT);
	}

	public LoadedData read(DataFormat format) throws DataFormatException {
		return FormatApplier.apply(sourceName(), format, table().operands(), headerLines, Map.of("title", title));
	}
}
