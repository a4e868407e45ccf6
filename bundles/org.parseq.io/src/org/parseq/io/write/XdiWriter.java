package org.parseq.io.write;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes XDI 1.0 files (XAS Data Interchange): the version line with ParSeq as the application,
 * {@code Column.N} and the given {@code Family.key} fields, user comments between {@code ///}
 * and {@code ----}, a label line and the data rows. Numbers are written in Java's shortest
 * round-trip form, so that reading back gives identical doubles. Written atomically
 * ({@link AtomicFiles}).
 */
public final class XdiWriter {

	/** The application written beside the XDI version. */
	static final String APPLICATION = "ParSeq/0.1";
	private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z0-9_]+");

	private XdiWriter() {
	}

	/**
	 * @param fields   {@code Family.key → value} (e.g. {@code Element.symbol → Cu}); Column.N are made here
	 * @param comments free text lines (processing parameters, provenance)
	 * @throws IllegalArgumentException for columns of different lengths or a malformed field name
	 * @throws java.nio.file.FileAlreadyExistsException when the target exists and {@code overwrite} is false
	 */
	public static void write(Path target, List<XdiColumn> columns, Map<String, String> fields, List<String> comments,
			boolean overwrite) throws IOException {
		if (columns.isEmpty()) {
			throw new IllegalArgumentException(target + ": an XDI file needs at least one column");
		}
		int rows = columns.get(0).values().length;
		for (XdiColumn column : columns) {
			if (column.values().length != rows) {
				throw new IllegalArgumentException(target + ": column " + column.name() + " has "
						+ column.values().length + " values but " + columns.get(0).name() + " has " + rows);
			}
		}
		Map<String, String> checked = new LinkedHashMap<>();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			if (!FIELD_NAME.matcher(field.getKey()).matches() || field.getKey().toLowerCase().startsWith("column.")) {
				throw new IllegalArgumentException(target + ": XDI field '" + field.getKey()
						+ "': expected Family.key of letters, digits and '_' (Column.N are written from the columns)");
			}
			if (field.getValue() != null && !field.getValue().isBlank()) {
				checked.put(field.getKey(), oneLine(field.getValue()));
			}
		}
		AtomicFiles.writeText(target, overwrite, out -> writeTo(out, columns, checked, comments, rows));
	}

	private static void writeTo(Writer out, List<XdiColumn> columns, Map<String, String> fields,
			List<String> comments, int rows) throws IOException {
		out.write("# XDI/1.0 " + APPLICATION + "\n");
		for (int i = 0; i < columns.size(); i++) {
			XdiColumn column = columns.get(i);
			out.write("# Column." + (i + 1) + ": " + column.name() + (column.unit().isEmpty() ? "" : " " + column.unit())
					+ "\n");
		}
		for (Map.Entry<String, String> field : fields.entrySet()) {
			out.write("# " + field.getKey() + ": " + field.getValue() + "\n");
		}
		out.write("# ///\n");
		for (String comment : comments) {
			out.write("# " + oneLine(comment) + "\n");
		}
		out.write("#----\n#");
		for (XdiColumn column : columns) {
			out.write(" " + column.name());
		}
		out.write("\n");
		StringBuilder row = new StringBuilder();
		for (int r = 0; r < rows; r++) {
			row.setLength(0);
			for (XdiColumn column : columns) {
				row.append("  ").append(Double.toString(column.values()[r]));
			}
			out.write(row.append('\n').toString());
		}
	}

	private static String oneLine(String text) {
		return text.replace('\r', ' ').replace('\n', ' ').strip();
	}
}
