package org.parseq.io.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;

/**
 * The straightforward reading that the byte reader of {@link ColumnFileReader} must equal bit for
 * bit: the whole file decoded into line Strings ({@link TextFile}), the header rules on those
 * lines ({@link ColumnFileReader#split}), every field cut out as a substring and parsed with
 * {@link Double#parseDouble} as the reader did before it read bytes. Kept here, in the tests,
 * so that the reference does not share the number parser or the tokenizer under test.
 */
final class TextReference {
	private TextReference() {
	}

	/** What {@link ColumnFileReader#read} returned before it read bytes. */
	static LoadedData read(Path path, DataFormat format) throws DataFormatException {
		if (format.readsDatasets()) {
			throw new DataFormatException(path.toString(), "", "the format reads HDF5 datasets; expected column sources");
		}
		ColumnFileReader.Split split = ColumnFileReader.split(TextFile.read(path).lines(), format);
		ColumnTable table = table(path.toString(), split.data(), format.maxUsedColumn() + 1);
		return FormatApplier.apply(path.toString(), format, table.operands(), split.header(), Map.of());
	}

	/** What {@link ColumnFileReader#readTable} returned before it read bytes. */
	static ColumnTable readTable(Path path, HeaderRule header, String commentPrefix) throws DataFormatException {
		ColumnFileReader.Split split = ColumnFileReader.split(TextFile.read(path).lines(), header, commentPrefix);
		return table(path.toString(), split.data(), -1);
	}

	/** What {@link ColumnFileReader#readHeader} returned before it read bytes. */
	static List<String> readHeader(Path path, HeaderRule header, String commentPrefix) throws DataFormatException {
		return ColumnFileReader.split(TextFile.read(path).lines(), header, commentPrefix).header();
	}

	private static ColumnTable table(String source, List<DataLine> rows, int columnCount) throws DataFormatException {
		if (rows.isEmpty()) {
			throw new DataFormatException(source, "", "no data rows found; expected rows of numbers after the header");
		}
		int width = columnCount >= 0 ? columnCount : split(rows.get(0).text()).size();
		double[][] columns = new double[width][rows.size()];
		for (int row = 0; row < rows.size(); row++) {
			DataLine line = rows.get(row);
			List<String> fields = split(line.text());
			if (fields.size() < width) {
				throw new DataFormatException(source, "line " + line.lineNumber(),
						"expected at least " + width + " columns but found " + fields.size());
			}
			for (int column = 0; column < width; column++) {
				columns[column][row] = parse(fields.get(column));
			}
		}
		return new ColumnTable(source, List.of(), List.of(columns), rows.size());
	}

	/** Python's str.split(): runs of whitespace separate fields. */
	static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (Character.isWhitespace(c)) {
				if (!field.isEmpty()) {
					fields.add(field.toString());
					field.setLength(0);
				}
			} else {
				field.append(c);
			}
		}
		if (!field.isEmpty()) {
			fields.add(field.toString());
		}
		return fields;
	}

	/** A field as the reader parsed it with Double.parseDouble: NaN for anything that is not a number. */
	static double parse(String field) {
		String text = field.strip();
		if (text.isEmpty()) {
			return Double.NaN;
		}
		if (text.chars().allMatch(c -> c >= '0' && c <= '9' || "+-.eE".indexOf(c) >= 0)) {
			try {
				return Double.parseDouble(text);
			} catch (NumberFormatException e) {
				return Double.NaN;
			}
		}
		String body = text;
		double sign = 1;
		if (body.startsWith("-") || body.startsWith("+")) {
			sign = body.charAt(0) == '-' ? -1 : 1;
			body = body.substring(1);
		}
		return switch (body.toLowerCase(Locale.ROOT)) {
		case "inf", "infinity" -> sign * Double.POSITIVE_INFINITY;
		default -> Double.NaN; // "nan" and everything that is not a number
		};
	}
}
