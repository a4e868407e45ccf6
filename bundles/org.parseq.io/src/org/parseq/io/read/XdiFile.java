package org.parseq.io.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.DataFormat;

/**
 * An XDI 1.0 file (XAS Data Interchange). Header syntax errors and a malformed data table fail
 * with {@link DataFormatException}; missing or odd metadata is reported in {@link #warnings()}.
 *
 * @param applications the text after the XDI version ("GSE/1.0"), empty when none
 * @param fields       {@code Family.key -> value} in file order, names as written
 * @param comments     user comment lines between {@code ///} and {@code ----}
 * @param labels       one label per data column; unspecified columns are {@code colN} (N from 1)
 * @param units        one unit per column (empty when none)
 * @param dataComments comment lines between data rows as "row N: text", N = rows before it
 */
public record XdiFile(Path path, String version, String applications, Map<String, String> fields,
		List<String> comments, List<String> labels, List<String> units, ColumnTable table, List<String> dataComments,
		List<String> warnings) {

	public XdiFile {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		comments = List.copyOf(comments);
		labels = List.copyOf(labels);
		units = List.copyOf(units);
		dataComments = List.copyOf(dataComments);
		warnings = List.copyOf(warnings);
	}

	public static XdiFile read(Path path) throws DataFormatException {
		XdiHeaderParser.Parts parts = XdiHeaderParser.parse(path.toString(), TextFile.read(path).lines());
		List<String> warnings = new ArrayList<>(parts.warnings());
		ColumnTable raw = ColumnTableParser.parse(path.toString(), List.of(), parts.rows(), -1,
				ColumnTableParser.Strictness.STRICT);
		Map<String, String> byLowerName = new TreeMap<>();
		parts.fields().forEach((name, value) -> byLowerName.put(name.toLowerCase(Locale.ROOT), value));
		List<String> labels = new ArrayList<>();
		List<String> units = new ArrayList<>();
		columnLabels(byLowerName, raw.columnCount(), labels, units, warnings);
		XdiValidation.check(byLowerName::get, warnings);
		ColumnTable table = new ColumnTable(path.toString(), labels, raw.columns(), raw.rowCount());
		return new XdiFile(path, parts.version(), parts.applications(), parts.fields(), parts.comments(), labels,
				units, table, parts.dataComments(), warnings);
	}

	private static void columnLabels(Map<String, String> fields, int columnCount, List<String> labels,
			List<String> units, List<String> warnings) {
		for (int i = 1; i <= columnCount; i++) {
			String value = fields.get("column." + i);
			if (value == null) {
				labels.add("col" + i);
				units.add("");
				warnings.add("no Column." + i + " label; named col" + i);
				continue;
			}
			List<String> words = Numbers.splitWhitespace(value);
			labels.add(words.get(0));
			units.add(words.size() > 1 ? String.join(" ", words.subList(1, words.size())) : "");
		}
		fields.keySet().stream().filter(name -> name.startsWith("column.")).forEach(name -> {
			String index = name.substring("column.".length());
			if (!index.matches("\\d+") || Integer.parseInt(index) < 1 || Integer.parseInt(index) > columnCount) {
				warnings.add("Column." + index + " does not match any of the " + columnCount + " data columns; ignored");
			}
		});
	}

	/** A field looked up case-insensitively (XDI names are case-insensitive), or null. */
	public String field(String name) {
		for (Map.Entry<String, String> entry : fields.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(name)) {
				return entry.getValue();
			}
		}
		return null;
	}

	/** All columns as arrays named by their labels, in file order (no sorting). */
	public LoadedData toLoadedData() throws DataFormatException {
		Map<String, double[]> arrays = new LinkedHashMap<>();
		for (int i = 0; i < labels.size(); i++) {
			arrays.putIfAbsent(labels.get(i), table.column(i));
		}
		return new LoadedData(path.toString(), arrays, comments, fields, warnings);
	}

	/** The arrays of {@code format}, with this file's warnings among the notes. */
	public LoadedData read(DataFormat format) throws DataFormatException {
		LoadedData data = FormatApplier.apply(path.toString(), format, table.operands(), comments, fields);
		for (String warning : warnings) {
			data = data.withNote(warning);
		}
		return data;
	}
}
