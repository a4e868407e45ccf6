package org.parseq.io.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parseq.io.DataFormatException;

/**
 * Splits an XDI 1.0 file into version line, {@code Family.key: value} fields, user comments,
 * the column label line and the data rows. Syntax errors of the header are errors; oddities the
 * XDI test suite reads with a warning (e.g. a missing {@code #----} line) become warnings.
 */
final class XdiHeaderParser {
	private static final Pattern VERSION = Pattern.compile("#\\s*XDI/(\\S+)\\s*(.*)");
	private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z0-9_]+");
	private static final Pattern COMMENTS_START = Pattern.compile("/{2,}.*");
	private static final Pattern HEADER_END = Pattern.compile("-{2,}.*");

	private enum State { FIELDS, COMMENTS, AFTER_HEADER, DATA }

	record Parts(String version, String applications, Map<String, String> fields, List<String> comments,
			String labelLine, List<DataLine> rows, List<String> dataComments, List<String> warnings) {
	}

	private final String source;
	private final Map<String, String> fields = new LinkedHashMap<>();
	private final List<String> comments = new ArrayList<>();
	private final List<DataLine> rows = new ArrayList<>();
	private final List<String> dataComments = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private String labelLine = "";
	private boolean headerEndSeen;
	private State state = State.FIELDS;

	private XdiHeaderParser(String source) {
		this.source = source;
	}

	static Parts parse(String source, List<String> lines) throws DataFormatException {
		Matcher version = lines.isEmpty() ? null : VERSION.matcher(lines.get(0).strip());
		if (version == null || !version.matches()) {
			throw new DataFormatException(source, "line 1", "expected the version line '# XDI/1.0 [application/version]'");
		}
		XdiHeaderParser parser = new XdiHeaderParser(source);
		for (int i = 1; i < lines.size(); i++) {
			parser.line(i + 1, lines.get(i));
		}
		if (!parser.headerEndSeen) {
			parser.warnings.add("no '#----' line ends the header");
		}
		return new Parts(version.group(1), version.group(2).strip(), parser.fields, parser.comments,
				parser.labelLine, parser.rows, parser.dataComments, parser.warnings);
	}

	private void line(int lineNumber, String line) throws DataFormatException {
		String trimmed = line.strip();
		if (trimmed.isEmpty()) {
			return;
		}
		if (!trimmed.startsWith("#")) {
			nonCommentLine(lineNumber, trimmed, line);
			return;
		}
		String body = trimmed.substring(1).strip();
		switch (state) {
		case FIELDS -> fieldsLine(lineNumber, body);
		case COMMENTS -> {
			if (HEADER_END.matcher(body).matches()) {
				endHeader();
			} else if (!COMMENTS_START.matcher(body).matches()) {
				comments.add(body);
			}
		}
		case AFTER_HEADER -> labelLine = body;
		// multi-dimensional XDI marks blocks with "# Outer.value: v" between rows; keep them with their row
		case DATA -> dataComments.add("row " + rows.size() + ": " + body);
		}
	}

	private void nonCommentLine(int lineNumber, String trimmed, String line) {
		char first = trimmed.charAt(0);
		boolean numeric = Character.isDigit(first) || first == '-' || first == '+' || first == '.';
		if (state != State.AFTER_HEADER && state != State.DATA && !numeric) {
			warnings.add("line " + lineNumber + ": unrecognised comment character '" + first + "', line ignored");
			return;
		}
		if (state == State.COMMENTS && !comments.isEmpty() && labelLine.isEmpty()) {
			// without a '#----' line the last user comment stands for the label line
			labelLine = comments.get(comments.size() - 1);
		}
		state = State.DATA;
		rows.add(new DataLine(lineNumber, line));
	}

	private void fieldsLine(int lineNumber, String body) throws DataFormatException {
		if (body.isEmpty()) {
			return;
		}
		if (COMMENTS_START.matcher(body).matches()) {
			state = State.COMMENTS;
			return;
		}
		if (HEADER_END.matcher(body).matches()) {
			endHeader();
			return;
		}
		int colon = body.indexOf(':');
		String location = "line " + lineNumber;
		if (colon < 0) {
			throw new DataFormatException(source, location, "expected 'Family.key: value' but found no ':' in \"" + body + "\"");
		}
		String name = body.substring(0, colon).strip();
		String value = body.substring(colon + 1).strip();
		checkName(location, name);
		if (value.isEmpty()) {
			throw new DataFormatException(source, location, "expected a value after '" + name + ":'");
		}
		fields.put(name, value);
	}

	private void checkName(String location, String name) throws DataFormatException {
		if (FIELD_NAME.matcher(name).matches()) {
			return;
		}
		long dots = name.chars().filter(c -> c == '.').count();
		String problem;
		if (dots == 0) {
			problem = "expected 'Family.key' but the name \"" + name + "\" has no '.'";
		} else if (dots > 1) {
			problem = "expected 'Family.key' but the name \"" + name + "\" has " + dots + " '.'";
		} else if (Character.isDigit(name.charAt(0))) {
			problem = "expected a family name starting with a letter but found \"" + name + "\"";
		} else {
			problem = "expected letters, digits or '_' in the name \"" + name + "\"";
		}
		throw new DataFormatException(source, location, problem);
	}

	private void endHeader() {
		headerEndSeen = true;
		state = State.AFTER_HEADER;
	}
}
