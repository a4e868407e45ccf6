package org.parseq.io.read;

import java.util.ArrayList;
import java.util.List;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/** Number fields as Python's float() reads them; Java-only forms such as "1d" or hex are refused. */
final class Numbers {
	private Numbers() {
	}

	/** The value of {@code field}, or NaN when it is not a number. */
	static double parseOrNaN(String field) {
		Double value = parse(field);
		return value == null ? Double.NaN : value;
	}

	/** The value of {@code field}, or null when it is not a number (nan and inf are numbers). */
	static Double parse(String field) {
		String text = field.strip();
		if (text.isEmpty()) {
			return null;
		}
		boolean plain = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
				plain = false;
				break;
			}
		}
		if (plain) {
			try {
				// on these characters FastDoubleParser takes the grammar of Double.parseDouble and
				// rounds correctly, so it gives the same doubles and refuses the same texts, faster
				return JavaDoubleParser.parseDouble(text);
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return special(text);
	}

	/**
	 * {@link #parseOrNaN(String)} of a field of {@code length} bytes from {@code offset} that
	 * holds only the characters {@code 0-9 . + - e E} of a plain number, without making a String.
	 */
	static double parsePlainOrNaN(byte[] bytes, int offset, int length) {
		if (length == 0) {
			return Double.NaN; // as parse("") gives null; fields are never empty
		}
		try {
			return JavaDoubleParser.parseDouble(bytes, offset, length);
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	/** The size of {@link #splitWhitespace}{@code (line)}, without making the fields. */
	static int countFields(String line) {
		int count = 0;
		boolean inField = false;
		for (int i = 0; i < line.length(); i++) {
			boolean space = Character.isWhitespace(line.charAt(i));
			if (!space && !inField) {
				count++;
			}
			inField = !space;
		}
		return count;
	}

	private static Double special(String text) {
		String body = text;
		double sign = 1;
		if (body.startsWith("-") || body.startsWith("+")) {
			sign = body.charAt(0) == '-' ? -1 : 1;
			body = body.substring(1);
		}
		return switch (body.toLowerCase(java.util.Locale.ROOT)) {
		case "nan" -> Double.NaN;
		case "inf", "infinity" -> sign * Double.POSITIVE_INFINITY;
		default -> null;
		};
	}

	/** Splits on runs of whitespace, as Python's str.split() does. */
	static List<String> splitWhitespace(String line) {
		List<String> fields = new ArrayList<>();
		int length = line.length();
		int i = 0;
		while (i < length) {
			while (i < length && Character.isWhitespace(line.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < length && !Character.isWhitespace(line.charAt(i))) {
				i++;
			}
			if (i > start) {
				fields.add(line.substring(start, i));
			}
		}
		return fields;
	}
}
