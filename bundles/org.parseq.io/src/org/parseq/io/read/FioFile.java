package org.parseq.io.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.DataFormat;

/**
 * A DESY .fio file: {@code !} comment lines, a {@code %c} comment section, a {@code %p} section of
 * {@code name = value} parameters and a {@code %d} section of {@code Col N name TYPE} lines
 * followed by the data rows.
 */
public record FioFile(Path path, List<String> comments, Map<String, String> parameters, ColumnTable table) {
	private static final Pattern COLUMN_LINE = Pattern.compile("\\s*Col\\s+(\\d+)\\s+(\\S+).*");

	public FioFile {
		comments = List.copyOf(comments);
		parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	public static FioFile read(Path path) throws DataFormatException {
		List<String> lines = TextFile.read(path).lines();
		List<String> comments = new ArrayList<>();
		Map<String, String> parameters = new LinkedHashMap<>();
		List<String> labels = new ArrayList<>();
		List<DataLine> rows = new ArrayList<>();
		char section = ' ';
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("!")) {
				continue;
			}
			if (trimmed.length() >= 2 && trimmed.charAt(0) == '%') {
				section = Character.toLowerCase(trimmed.charAt(1));
				continue;
			}
			switch (section) {
			case 'c' -> comments.add(trimmed);
			case 'p' -> addParameter(path, i, trimmed, parameters);
			case 'd' -> {
				Matcher column = COLUMN_LINE.matcher(line);
				if (column.matches() && rows.isEmpty()) {
					labels.add(column.group(2));
				} else {
					rows.add(new DataLine(i + 1, line));
				}
			}
			default -> throw new DataFormatException(path.toString(), "line " + (i + 1),
					"expected a section mark %c, %p or %d before \"" + abbreviate(trimmed) + "\"");
			}
		}
		if (labels.isEmpty()) {
			throw new DataFormatException(path.toString(), "", "no %d section with 'Col N name TYPE' lines; expected a .fio file");
		}
		ColumnTable table = ColumnTableParser.parse(path.toString(), labels, rows, labels.size(),
				ColumnTableParser.Strictness.LENIENT);
		return new FioFile(path, comments, parameters, table);
	}

	private static void addParameter(Path path, int index, String line, Map<String, String> parameters)
			throws DataFormatException {
		int equals = line.indexOf('=');
		if (equals <= 0) {
			throw new DataFormatException(path.toString(), "line " + (index + 1),
					"expected 'name = value' in the %p section but found \"" + abbreviate(line) + "\"");
		}
		parameters.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
	}

	private static String abbreviate(String text) {
		return text.length() > 60 ? text.substring(0, 57) + "..." : text;
	}

	/** The arrays of {@code format} from this file's columns (0-based, as in the original). */
	public LoadedData read(DataFormat format) throws DataFormatException {
		List<String> header = new ArrayList<>(comments);
		parameters.forEach((name, value) -> header.add(name + " = " + value));
		return FormatApplier.apply(path.toString(), format, table.operands(), header, parameters);
	}
}
