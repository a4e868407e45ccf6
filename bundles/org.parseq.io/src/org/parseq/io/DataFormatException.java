package org.parseq.io;

import java.util.Objects;

/**
 * The one checked exception of the I/O layer: a file, dataset or expression could not be read
 * as the data format asks.
 * <p>
 * Every reader of this bundle reports all of its failures with this type (I/O errors, jHDF
 * errors, malformed numbers and structurally broken files alike), so a caller handles exactly
 * one exception. The message always has the form
 * {@code <source>: <location>: <problem>}, where the source names the file (or the
 * expression), the location names the line, column, scan or dataset, and the problem says what
 * was expected.
 */
public final class DataFormatException extends Exception {
	private static final long serialVersionUID = 1L;

	private final String source;
	private final String location;
	private final String problem;

	public DataFormatException(String source, String location, String problem) {
		this(source, location, problem, null);
	}

	public DataFormatException(String source, String location, String problem, Throwable cause) {
		super(compose(source, location, problem), cause);
		this.source = Objects.requireNonNullElse(source, "");
		this.location = Objects.requireNonNullElse(location, "");
		this.problem = Objects.requireNonNullElse(problem, "");
	}

	private static String compose(String source, String location, String problem) {
		StringBuilder text = new StringBuilder();
		if (source != null && !source.isEmpty()) {
			text.append(source);
		}
		if (location != null && !location.isEmpty()) {
			text.append(text.isEmpty() ? "" : ": ").append(location);
		}
		if (problem != null && !problem.isEmpty()) {
			text.append(text.isEmpty() ? "" : ": ").append(problem);
		}
		return text.toString();
	}

	/** The file, URL or expression text that failed. */
	public String source() {
		return source;
	}

	/** Where in the source: "line 12", "column 5", "scan 3", "dataset /entry/x" or empty. */
	public String location() {
		return location;
	}

	/** What was wrong or expected. */
	public String problem() {
		return problem;
	}

	/** The same failure attributed to another source, e.g. an expression failing inside a file. */
	public DataFormatException within(String outerSource, String outerLocation) {
		String where = location.isEmpty() ? outerLocation : outerLocation + ", " + location;
		String what = source.isEmpty() ? problem : "in \"" + source + "\": " + problem;
		return new DataFormatException(outerSource, where, what, this);
	}
}
