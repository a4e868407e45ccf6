package org.parseq.io.read;

import java.util.ArrayList;
import java.util.List;

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
				return Double.parseDouble(text);
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return special(text);
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
