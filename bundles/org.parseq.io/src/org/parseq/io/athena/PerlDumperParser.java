package org.parseq.io.athena;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;

/**
 * Parses the Perl Data::Dumper subset of Athena project files into statements: scalar, array
 * and hash assignments of quoted strings, numbers, {@code undef}, nested {@code (...)},
 * {@code [...]} and {@code {...}} with {@code ,} or {@code =>}, and {@code #} comments. The text
 * is only parsed, never run: a function call is kept as an inert {@link PerlValue.Call}, and
 * double-quoted strings are not interpolated, so that a hostile project (Athena's own
 * {@code danger.prj} test) cannot make us execute anything.
 */
final class PerlDumperParser {

	private final String source;
	private final String text;
	private int at;
	private int line = 1;

	private PerlDumperParser(String source, String text) {
		this.source = source;
		this.text = text;
	}

	/**
	 * @param source names the text in messages (the file)
	 * @throws DataFormatException naming the source, the line and what was expected
	 */
	static List<PerlValue.Statement> parse(String source, String text) throws DataFormatException {
		return new PerlDumperParser(source, text).statements();
	}

	private List<PerlValue.Statement> statements() throws DataFormatException {
		List<PerlValue.Statement> statements = new ArrayList<>();
		skipBlank();
		while (at < text.length()) {
			int start = line;
			char c = text.charAt(at);
			if (c == '$' || c == '@' || c == '%') {
				at++;
				String name = identifier();
				if (name.isEmpty()) {
					throw expected("a variable name after '" + c + "'");
				}
				skipBlank();
				expect('=');
				PerlValue value = value();
				statements.add(new PerlValue.Statement(c, name, value, start));
			} else {
				statements.add(new PerlValue.Statement(' ', "", value(), start));
			}
			skipBlank();
			// Athena ends statements with ';' but writes its "[record]" marker without one
			if (peek() == ';') {
				at++;
			}
			skipBlank();
		}
		return statements;
	}

	private PerlValue value() throws DataFormatException {
		skipBlank();
		if (at >= text.length()) {
			throw expected("a value");
		}
		char c = text.charAt(at);
		return switch (c) {
		case '\'', '"' -> new PerlValue.Scalar(string(c));
		case '(' -> new PerlValue.ListValue(sequence('(', ')'));
		case '[' -> new PerlValue.ListValue(sequence('[', ']'));
		case '{' -> hash();
		default -> {
			if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
				yield new PerlValue.Scalar(number());
			}
			String word = identifier();
			if (word.isEmpty()) {
				throw expected("a string, number, list or hash, found '" + c + "'");
			}
			skipBlank();
			if (at < text.length() && text.charAt(at) == '(') {
				yield new PerlValue.Call(word, sequence('(', ')'));
			}
			// a bare word: undef, or a hash key / Athena's [record] marker
			yield word.equals("undef") ? new PerlValue.Undef() : new PerlValue.Scalar(word);
		}
		};
	}

	private List<PerlValue> sequence(char open, char close) throws DataFormatException {
		expect(open);
		List<PerlValue> items = new ArrayList<>();
		skipBlank();
		while (peek() != close) {
			items.add(value());
			skipBlank();
			if (!separator()) {
				break;
			}
			skipBlank();
		}
		expect(close);
		return items;
	}

	private PerlValue hash() throws DataFormatException {
		List<PerlValue> items = sequence('{', '}');
		return pairs(items);
	}

	/** A flat list of key, value, key, value as a hash; keys must be scalars. */
	static PerlValue.HashValue pairs(List<PerlValue> items) {
		Map<String, PerlValue> entries = new LinkedHashMap<>();
		for (int i = 0; i + 1 < items.size(); i += 2) {
			if (items.get(i) instanceof PerlValue.Scalar key) {
				entries.put(key.text(), items.get(i + 1));
			}
		}
		return new PerlValue.HashValue(entries);
	}

	private boolean separator() {
		if (peek() == ',') {
			at++;
			return true;
		}
		if (text.startsWith("=>", at)) {
			at += 2;
			return true;
		}
		return false;
	}

	private String string(char quote) throws DataFormatException {
		int startLine = line;
		at++;
		StringBuilder value = new StringBuilder();
		while (at < text.length()) {
			char c = text.charAt(at++);
			if (c == '\n') {
				line++;
			}
			if (c == quote) {
				return value.toString();
			}
			if (c == '\\' && at < text.length()) {
				char next = text.charAt(at++);
				if (quote == '\'') {
					// single quotes know only \\ and \'
					if (next != '\\' && next != '\'') {
						value.append('\\');
					}
					value.append(next);
				} else {
					value.append(switch (next) {
					case 'n' -> '\n';
					case 't' -> '\t';
					default -> next;
					});
				}
			} else {
				value.append(c);
			}
		}
		throw new DataFormatException(source, "line " + startLine, "a string opened with " + quote
				+ " is never closed; the file is cut or damaged");
	}

	private String number() throws DataFormatException {
		int start = at;
		while (at < text.length() && "+-.0123456789eE_".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		String number = text.substring(start, at).replace("_", "");
		try {
			Double.parseDouble(number);
		} catch (NumberFormatException e) {
			throw new DataFormatException(source, "line " + line, "expected a number, found '" + number + "'");
		}
		return number;
	}

	private String identifier() {
		int start = at;
		while (at < text.length()) {
			char c = text.charAt(at);
			if (Character.isLetterOrDigit(c) || c == '_' || (c == ':' && text.startsWith("::", at))) {
				at += c == ':' ? 2 : 1;
			} else {
				break;
			}
		}
		return text.substring(start, at);
	}

	private void expect(char c) throws DataFormatException {
		skipBlank();
		if (peek() != c) {
			throw expected("'" + c + "'" + (at < text.length() ? ", found '" + text.charAt(at) + "'"
					: ", found the end of the file (the file is cut or damaged)"));
		}
		at++;
	}

	private char peek() {
		return at < text.length() ? text.charAt(at) : '\0';
	}

	private void skipBlank() {
		while (at < text.length()) {
			char c = text.charAt(at);
			if (c == '\n') {
				line++;
				at++;
			} else if (Character.isWhitespace(c)) {
				at++;
			} else if (c == '#') {
				while (at < text.length() && text.charAt(at) != '\n') {
					at++;
				}
			} else {
				break;
			}
		}
	}

	private DataFormatException expected(String what) {
		return new DataFormatException(source, "line " + line, "expected " + what);
	}
}
