package org.parseq.io.format;

import org.parseq.io.DataFormatException;

/** Supplies the values an expression refers to: columns of a table or datasets of an entry. */
public interface Operands {
	/** Column {@code index} (0-based) as doubles. */
	double[] column(int index) throws DataFormatException;

	/** The dataset at {@code path}, relative to the entry, flattened to doubles. */
	double[] dataset(String path) throws DataFormatException;
}
