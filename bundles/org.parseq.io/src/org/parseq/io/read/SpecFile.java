package org.parseq.io.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.parseq.io.DataFormatException;

/**
 * A SPEC file: a file header and any number of scans, each opened by {@code #S number title},
 * with {@code #L} column labels (separated by two spaces when labels contain single spaces).
 */
public record SpecFile(Path path, List<String> fileHeader, List<SpecScan> scans) {
	private static final Pattern TWO_OR_MORE_SPACES = Pattern.compile("\\s{2,}");

	public SpecFile {
		fileHeader = List.copyOf(fileHeader);
		scans = List.copyOf(scans);
	}

	/** True when one of the first {@code lines} lines starts with {@code #S }. */
	public static boolean looksLikeSpec(List<String> lines, int linesToLook) {
		return lines.stream().limit(linesToLook).anyMatch(line -> line.startsWith("#S "));
	}

	public static SpecFile read(Path path) throws DataFormatException {
		List<String> lines = TextFile.read(path).lines();
		List<String> fileHeader = new ArrayList<>();
		List<SpecScan> scans = new ArrayList<>();
		ScanBuilder current = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.startsWith("#S ") || line.equals("#S")) {
				if (current != null) {
					scans.add(current.build(path, scans.size()));
				}
				current = new ScanBuilder(line.length() > 3 ? line.substring(3).strip() : "");
				continue;
			}
			if (current == null) {
				fileHeader.add(line);
			} else {
				current.add(i, line);
			}
		}
		if (current != null) {
			scans.add(current.build(path, scans.size()));
		}
		if (scans.isEmpty()) {
			throw new DataFormatException(path.toString(), "", "no '#S' scan line; expected a SPEC file");
		}
		return new SpecFile(path, fileHeader, scans);
	}

	/** Labels of a {@code #L} line: two-space separated when any double space occurs, else whitespace. */
	public static List<String> splitLabels(String labelText) {
		String text = labelText.strip();
		if (text.isEmpty()) {
			return List.of();
		}
		return TWO_OR_MORE_SPACES.matcher(text).find() ? List.of(TWO_OR_MORE_SPACES.split(text))
				: Numbers.splitWhitespace(text);
	}

	private static final class ScanBuilder {
		private final String number;
		private final String title;
		private final List<String> header = new ArrayList<>();
		private final List<DataLine> rows = new ArrayList<>();
		private List<String> labels = List.of();

		ScanBuilder(String numberAndTitle) {
			List<String> parts = Numbers.splitWhitespace(numberAndTitle);
			number = parts.isEmpty() ? "" : parts.get(0);
			title = parts.isEmpty() ? "" : numberAndTitle.substring(number.length()).strip();
			header.add("#S " + numberAndTitle);
		}

		void add(int index, String line) {
			if (line.startsWith("#")) {
				header.add(line);
				if (line.startsWith("#L ")) {
					labels = splitLabels(line.substring(3));
				}
			} else if (!line.isBlank() && !line.startsWith("@")) {
				rows.add(new DataLine(index + 1, line));
			}
		}

		SpecScan build(Path path, int ordinal) {
			return new SpecScan(path, ordinal, number, title, header, labels, rows);
		}
	}
}
