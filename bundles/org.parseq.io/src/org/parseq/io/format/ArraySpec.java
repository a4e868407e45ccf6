package org.parseq.io.format;

import java.util.Objects;

import org.parseq.io.DataFormatException;

/**
 * One array of an entry: its name (e.g. eraw), where it comes from, how it is converted, and
 * for HDF5 sources an optional {@link Slice} applied to every dataset the source reads (null:
 * whole datasets).
 */
public record ArraySpec(String name, DataSource source, Conversion conversion, Slice slice) {
	public ArraySpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(source, "source");
		conversion = conversion == null ? new Conversion.None() : conversion;
	}

	/** An array read without a slice. */
	public ArraySpec(String name, DataSource source, Conversion conversion) {
		this(name, source, conversion, null);
	}

	/** Convenience for formats written as text, e.g. {@code of("i0", "Col3+Col4", "µA")}. */
	public static ArraySpec of(String name, String source, String conversion) throws DataFormatException {
		return new ArraySpec(name, DataSource.parse(source), Conversion.parse(conversion));
	}

	/** The same array with a slice, e.g. {@code withSlice("0, :, :")}; blank text removes it. */
	public ArraySpec withSlice(String sliceText) throws DataFormatException {
		return new ArraySpec(name, source, conversion, Slice.parse(sliceText));
	}

	public boolean isOptional() {
		return source instanceof DataSource.Absent;
	}
}
