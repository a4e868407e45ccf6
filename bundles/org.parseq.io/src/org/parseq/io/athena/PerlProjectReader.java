package org.parseq.io.athena;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parseq.io.DataFormatException;

/**
 * The Perl Data::Dumper flavour of Athena projects: per group {@code $old_group = 'tag';},
 * {@code @args = ('key', value, ...);}, the arrays {@code @x}, {@code @y} (and {@code @i0},
 * {@code @signal}, {@code @stddev}), then {@code [record];}. Other statements (journal, plot
 * settings, LCF data, {@code $xdi = bless(...)}) are not data and are skipped; a function call
 * anywhere is noted and never run.
 */
final class PerlProjectReader {

	private static final Pattern GROUP_START = Pattern.compile("^\\$old_group\\s*=\\s*'([^']*)'", Pattern.MULTILINE);

	private PerlProjectReader() {
	}

	static AthenaProject read(Path file, String text) throws DataFormatException {
		String source = file.toString();
		List<PerlValue.Statement> statements;
		try {
			statements = PerlDumperParser.parse(source, text);
		} catch (DataFormatException e) {
			throw new DataFormatException(source, groupAt(text, e.location()) + e.location(), e.problem(), e);
		}
		List<AthenaGroup> groups = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		Draft draft = null;
		for (PerlValue.Statement statement : statements) {
			if (statement.value() instanceof PerlValue.Call call) {
				notes.add("line " + statement.line() + ": " + statement.sigil() + statement.name() + " = "
						+ call.function() + "(...) is a function call; not run, ignored");
				continue;
			}
			if (statement.sigil() == '$' && statement.name().equals("old_group")) {
				if (draft != null) {
					throw draft.damaged("group '" + draft.name + "' has no [record] before the next group");
				}
				draft = new Draft(source, scalar(statement.value()), statement.line());
			} else if (isRecordMarker(statement)) {
				if (draft == null) {
					throw new DataFormatException(source, "line " + statement.line(), "[record] without a group "
							+ "before it; expected $old_group = '...' first");
				}
				groups.add(draft.finish(notes));
				draft = null;
			} else if (draft != null && statement.sigil() == '@') {
				draft.add(statement);
			}
		}
		if (draft != null) {
			throw draft.damaged("the file ends inside group '" + draft.name + "' (no [record]): it is cut");
		}
		if (groups.isEmpty()) {
			throw new DataFormatException(source, "", "an Athena project without groups; expected $old_group = "
					+ "'...', @args, @x, @y and [record] per group");
		}
		return new AthenaProject(file, "perl", groups, notes);
	}

	private static boolean isRecordMarker(PerlValue.Statement statement) {
		return statement.sigil() == ' ' && statement.value() instanceof PerlValue.ListValue list
				&& list.items().size() == 1 && list.items().get(0) instanceof PerlValue.Scalar word
				&& word.text().equals("record");
	}

	private static String scalar(PerlValue value) {
		return switch (value) {
		case PerlValue.Scalar scalar -> scalar.text();
		case PerlValue.ListValue list -> {
			List<String> parts = new ArrayList<>();
			for (PerlValue item : list.items()) {
				parts.add(scalar(item));
			}
			yield String.join(", ", parts);
		}
		default -> "";
		};
	}

	/** "group 'tag', " for a location "line N" inside a group, so that messages name it. */
	private static String groupAt(String text, String location) {
		if (!location.startsWith("line ")) {
			return "";
		}
		int line;
		try {
			line = Integer.parseInt(location.substring(5).strip());
		} catch (NumberFormatException e) {
			return "";
		}
		TreeMap<Integer, String> starts = new TreeMap<>();
		Matcher matcher = GROUP_START.matcher(text);
		int counted = 0;
		int lineNumber = 1;
		while (matcher.find()) {
			for (int i = counted; i < matcher.start(); i++) {
				if (text.charAt(i) == '\n') {
					lineNumber++;
				}
			}
			counted = matcher.start();
			starts.put(lineNumber, matcher.group(1));
		}
		Map.Entry<Integer, String> group = starts.floorEntry(line);
		return group == null ? "" : "group '" + group.getValue() + "', ";
	}

	/** A group being read. */
	private static final class Draft {
		private final String source;
		private final String name;
		private final int line;
		private final Map<String, double[]> arrays = new LinkedHashMap<>();
		private final Map<String, String> parameters = new LinkedHashMap<>();

		Draft(String source, String name, int line) {
			this.source = source;
			this.name = name;
			this.line = line;
		}

		void add(PerlValue.Statement statement) throws DataFormatException {
			if (!(statement.value() instanceof PerlValue.ListValue list)) {
				return;
			}
			if (statement.name().equals("args")) {
				PerlValue.HashValue hash = PerlDumperParser.pairs(list.items());
				hash.entries().forEach((key, value) -> parameters.put(key, scalar(value)));
				return;
			}
			if (list.items().isEmpty()) {
				// Athena writes @i0 = (); for arrays it did not keep
				return;
			}
			double[] values = new double[list.items().size()];
			for (int i = 0; i < values.length; i++) {
				String text = list.items().get(i) instanceof PerlValue.Scalar scalar ? scalar.text() : null;
				if (text == null) {
					throw new DataFormatException(source, "group '" + name + "', line " + statement.line(),
							"@" + statement.name() + "[" + i + "] is not a number; expected a list of numbers");
				}
				try {
					values[i] = Double.parseDouble(text.strip());
				} catch (NumberFormatException e) {
					throw new DataFormatException(source, "group '" + name + "', line " + statement.line(),
							"@" + statement.name() + "[" + i + "] is '" + text + "'; expected a number");
				}
			}
			arrays.put(statement.name(), values);
		}

		AthenaGroup finish(List<String> notes) throws DataFormatException {
			return GroupChecks.checked(source, name, "line " + line, arrays, parameters, notes);
		}

		DataFormatException damaged(String problem) {
			return new DataFormatException(source, "group '" + name + "', line " + line, problem);
		}
	}
}
