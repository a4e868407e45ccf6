package org.parseq.io.format;

import java.util.Map;

import org.parseq.io.DataFormatException;

/**
 * What is done to one array after reading and sorting (xas-algorithms.md 1.3 step 3): scale
 * it, only label it, or limit all arrays to a strict range of this one.
 */
public sealed interface Conversion {
	/** The text as the user wrote it (empty for none). */
	String text();

	/** The scaling factor; 1 when the conversion does not scale. */
	default double factor() {
		return 1;
	}

	record None() implements Conversion {
		@Override
		public String text() {
			return "";
		}
	}

	record Factor(double factor, String text) implements Conversion {
	}

	/** A unit whose first character is an SI prefix; the original scales to that unit. */
	record UnitPrefix(String text, double factor) implements Conversion {
	}

	/** A unit or label shown in plots, without scaling. */
	record Label(String text) implements Conversion {
	}

	/**
	 * {@code lim(min, max)}: keep rows where {@code min < value < max} (strict), either end may be
	 * absent ({@code null}, written None).
	 */
	record Limit(Double min, Double max, String text) implements Conversion {
		public boolean accepts(double value) {
			return (min == null || value > min) && (max == null || value < max);
		}
	}

	/**
	 * The original reads only the first character of a unit: "µA" is x1e6 (into µA from A),
	 * and, as a faithful consequence, "photons" is x1e12.
	 */
	Map<Character, Double> PREFIX_FACTORS = Map.of('f', 1e15, 'p', 1e12, 'n', 1e9, 'µ', 1e6, 'u', 1e6,
			'm', 1e3, 'k', 1e-3, 'M', 1e-6, 'G', 1e-9);

	static Conversion parse(String text) throws DataFormatException {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty() || trimmed.equals("None")) {
			return new None();
		}
		if (trimmed.startsWith("lim")) {
			return parseLimit(trimmed);
		}
		Double number = parseNumber(trimmed);
		if (number != null) {
			return new Factor(number, trimmed);
		}
		// U+00B5 (micro sign) and U+03BC (Greek mu) are both typed for micro
		char first = trimmed.charAt(0) == '\u03bc' ? 'µ' : trimmed.charAt(0);
		Double factor = PREFIX_FACTORS.get(first);
		return factor == null ? new Label(trimmed) : new UnitPrefix(trimmed, factor);
	}

	private static Double parseNumber(String text) {
		if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
			return null;
		}
		return Double.parseDouble(text);
	}

	private static Limit parseLimit(String text) throws DataFormatException {
		String source = "conversion \"" + text + "\"";
		if (!text.matches("lim\\s*\\(.*\\)")) {
			throw new DataFormatException(source, "", "expected lim(min, max) with numbers or None");
		}
		String inner = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
		String[] ends = inner.split(",", -1);
		if (ends.length != 2) {
			throw new DataFormatException(source, "", "expected two limits separated by a comma");
		}
		return new Limit(parseEnd(ends[0], source, "min"), parseEnd(ends[1], source, "max"), text);
	}

	private static Double parseEnd(String end, String source, String which) throws DataFormatException {
		String trimmed = end.strip();
		if (trimmed.isEmpty() || trimmed.equals("None")) {
			return null;
		}
		Double number = parseNumber(trimmed);
		if (number == null) {
			throw new DataFormatException(source, which, "expected a number or None but found \"" + trimmed + "\"");
		}
		return number;
	}
}
