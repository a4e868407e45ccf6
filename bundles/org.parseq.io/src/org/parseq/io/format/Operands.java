package org.parseq.io.format;

import org.parseq.io.DataFormatException;

/** Supplies the values an expression refers to: columns of a table or datasets of an entry. */
public interface Operands {
	/** Column {@code index} (0-based) as doubles. */
	double[] column(int index) throws DataFormatException;

	/** The dataset at {@code path}, relative to the entry, flattened to doubles. */
	double[] dataset(String path) throws DataFormatException;

	/**
	 * A selection of the dataset at {@code path} (see {@link Slice}); a null slice is the whole
	 * dataset. Sources without datasets refuse slices.
	 */
	default double[] dataset(String path, Slice slice) throws DataFormatException {
		if (slice == null) {
			return dataset(path);
		}
		throw new DataFormatException("dataset " + path, "slice \"" + slice.text() + "\"",
				"slices apply to HDF5 datasets only");
	}

	/** These operands with {@code slice} applied to every dataset; the same operands when it is null. */
	default Operands sliced(Slice slice) {
		if (slice == null) {
			return this;
		}
		Operands base = this;
		return new Operands() {
			@Override
			public double[] column(int index) throws DataFormatException {
				return base.column(index);
			}

			@Override
			public double[] dataset(String path) throws DataFormatException {
				return base.dataset(path, slice);
			}
		};
	}
}
