package org.parseq.io.format;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.parseq.io.DataFormatException;

/**
 * Where one array of an entry comes from: a column, an expression over columns, an HDF5
 * dataset path relative to the entry, an expression over datasets, or nothing (optional array).
 * Kept as the user's text plus its parsed form so that it can be written back unchanged.
 */
public sealed interface DataSource {
	/** The text as the user wrote it; {@link #parse(String)} of it gives an equal source. */
	String text();

	/** Column indices this source reads; empty for HDF5 and absent sources. */
	Set<Integer> columns();

	/** Dataset paths this source reads; empty for column and absent sources. */
	Set<String> datasets();

	record Absent() implements DataSource {
		@Override
		public String text() {
			return "";
		}

		@Override
		public Set<Integer> columns() {
			return Set.of();
		}

		@Override
		public Set<String> datasets() {
			return Set.of();
		}
	}

	record ColumnIndex(int index) implements DataSource {
		public ColumnIndex {
			if (index < 0) {
				throw new IllegalArgumentException("column index must be >= 0: " + index);
			}
		}

		@Override
		public String text() {
			return Integer.toString(index);
		}

		@Override
		public Set<Integer> columns() {
			return Set.of(index);
		}

		@Override
		public Set<String> datasets() {
			return Set.of();
		}
	}

	record DatasetPath(String path) implements DataSource {
		@Override
		public String text() {
			return path;
		}

		@Override
		public Set<Integer> columns() {
			return Set.of();
		}

		@Override
		public Set<String> datasets() {
			return Set.of(path);
		}
	}

	/** An expression over columns ({@code Col3+Col4}) or over datasets ({@code d["a"]+d["b"]}). */
	record Formula(String text, Expression expression) implements DataSource {
		@Override
		public Set<Integer> columns() {
			Set<Integer> columns = new TreeSet<>();
			expression.collectReferences(columns, new TreeSet<>());
			return columns;
		}

		@Override
		public Set<String> datasets() {
			Set<String> datasets = new TreeSet<>();
			expression.collectReferences(new TreeSet<>(), datasets);
			return datasets;
		}
	}

	/** A path needs a letter or underscore somewhere and no operator other than '-' and '/'. */
	Pattern DATASET_PATH = Pattern.compile("/?[A-Za-z0-9_.\\-]*[A-Za-z_][A-Za-z0-9_.\\-]*(/[A-Za-z0-9_.\\-]+)*");

	/**
	 * Reads the user's text: blank is absent, digits are a column, a bare path (letters, digits,
	 * {@code _ . - /}, and not of the form ColN) is a dataset, anything else is a formula.
	 */
	static DataSource parse(String text) throws DataFormatException {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			return new Absent();
		}
		if (trimmed.chars().allMatch(Character::isDigit)) {
			try {
				return new ColumnIndex(Integer.parseInt(trimmed));
			} catch (NumberFormatException e) {
				throw new DataFormatException("data source \"" + trimmed + "\"", "", "column index is too large");
			}
		}
		if (DATASET_PATH.matcher(trimmed).matches() && !trimmed.matches("[Cc]ol\\d+")
				&& !trimmed.matches("[0-9.eE+\\-]+")) {
			return new DatasetPath(trimmed);
		}
		Expression expression = ExpressionParser.parse(trimmed);
		Formula formula = new Formula(trimmed, expression);
		if (!formula.columns().isEmpty() && !formula.datasets().isEmpty()) {
			throw new DataFormatException("expression \"" + trimmed + "\"", "",
					"mixes columns ColN and datasets d[\"...\"]; expected one kind only");
		}
		return formula;
	}
}
