package org.parseq.io.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** A gzipped reference table of the original program: a "# name name ..." line and rows. */
final class ReferenceTable {
	private ReferenceTable() {
	}

	static Map<String, double[]> read(Path gz) throws IOException {
		String text;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String[] lines = text.split("\n");
		String[] names = lines[0].substring(1).trim().split("\\s+");
		List<double[]> rows = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			String[] fields = lines[i].trim().split("\\s+");
			double[] row = new double[fields.length];
			for (int j = 0; j < fields.length; j++) {
				row[j] = Double.parseDouble(fields[j]);
			}
			rows.add(row);
		}
		Map<String, double[]> columns = new LinkedHashMap<>();
		for (int j = 0; j < names.length; j++) {
			double[] column = new double[rows.size()];
			for (int i = 0; i < rows.size(); i++) {
				column[i] = rows.get(i)[j];
			}
			columns.put(names[j], column);
		}
		return columns;
	}
}
