package org.parseq.io.format;

import java.util.Objects;

import org.parseq.io.DataFormatException;

/**
 * One array of an entry: its name (e.g. eraw), where it comes from, how it is converted, for
 * HDF5 sources an optional {@link Slice} applied to every dataset the source reads (null:
 * whole datasets), and its rank: 1 for the columns of a spectrum, 0 for a scalar, 2 for an
 * image and 3 for a stack of images.
 */
public record ArraySpec(String name, DataSource source, Conversion conversion, Slice slice, int rank) {
	public ArraySpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(source, "source");
		conversion = conversion == null ? new Conversion.None() : conversion;
		if (rank < 0 || rank > 3) {
			throw new IllegalArgumentException("array " + name + ": rank must be 0 to 3, not " + rank);
		}
	}

	/** A 1D array with an optional slice. */
	public ArraySpec(String name, DataSource source, Conversion conversion, Slice slice) {
		this(name, source, conversion, slice, 1);
	}

	/** A 1D array read without a slice. */
	public ArraySpec(String name, DataSource source, Conversion conversion) {
		this(name, source, conversion, null, 1);
	}

	/** The same array with another rank. */
	public ArraySpec withRank(int newRank) {
		return new ArraySpec(name, source, conversion, slice, newRank);
	}

	/** Convenience for formats written as text, e.g. {@code of("i0", "Col3+Col4", "µA")}. */
	public static ArraySpec of(String name, String source, String conversion) throws DataFormatException {
		return new ArraySpec(name, DataSource.parse(source), Conversion.parse(conversion));
	}

	/** The same array with a slice, e.g. {@code withSlice("0, :, :")}; blank text removes it. */
	public ArraySpec withSlice(String sliceText) throws DataFormatException {
		return new ArraySpec(name, source, conversion, Slice.parse(sliceText), rank);
	}

	public boolean isOptional() {
		return source instanceof DataSource.Absent;
	}
}
