package org.parseq.io.format;

import java.util.Objects;

import org.parseq.io.DataFormatException;

/** One array of an entry: its name (e.g. eraw), where it comes from and how it is converted. */
public record ArraySpec(String name, DataSource source, Conversion conversion) {
	public ArraySpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(source, "source");
		conversion = conversion == null ? new Conversion.None() : conversion;
	}

	/** Convenience for formats written as text, e.g. {@code of("i0", "Col3+Col4", "µA")}. */
	public static ArraySpec of(String name, String source, String conversion) throws DataFormatException {
		return new ArraySpec(name, DataSource.parse(source), Conversion.parse(conversion));
	}

	public boolean isOptional() {
		return source instanceof DataSource.Absent;
	}
}
