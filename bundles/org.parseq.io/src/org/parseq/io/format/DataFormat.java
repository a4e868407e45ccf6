package org.parseq.io.format;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to read the arrays of one entry: the array list (the first array is the x array, by which
 * rows are sorted and de-duplicated), the header rule and comment prefix of column files.
 * An immutable plain value, meant to be stored as JSON as it is.
 *
 * @param arrays        arrays in the order of the node that receives them; the first is x
 * @param header        how the header of a column file ends
 * @param commentPrefix the comment character(s); the text from it to the end of a line is dropped
 */
public record DataFormat(List<ArraySpec> arrays, HeaderRule header, String commentPrefix) {
	public DataFormat {
		arrays = List.copyOf(arrays);
		if (arrays.isEmpty()) {
			throw new IllegalArgumentException("a data format needs at least one array");
		}
		if (arrays.get(0).isOptional() && arrays.get(0).rank() == 1) {
			throw new IllegalArgumentException("the x array " + arrays.get(0).name() + " cannot be optional");
		}
		header = Objects.requireNonNullElse(header, new HeaderRule.CommentsOnly());
		commentPrefix = Objects.requireNonNullElse(commentPrefix, "");
	}

	/** A column-file format with the default comment character {@code #}. */
	public static DataFormat columns(HeaderRule header, ArraySpec... arrays) {
		return new DataFormat(List.of(arrays), header, "#");
	}

	public ArraySpec xArray() {
		return arrays.get(0);
	}

	/** Whether some array is not 1D: then rows are read as they are, never sorted by x. */
	public boolean hasShapedArrays() {
		return arrays.stream().anyMatch(array -> array.rank() != 1);
	}

	/** The 1D arrays only, x first; empty when there are none. */
	public java.util.Optional<DataFormat> oneDimensional() {
		List<ArraySpec> columns = arrays.stream().filter(array -> array.rank() == 1).toList();
		if (columns.isEmpty() || columns.get(0).isOptional()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new DataFormat(columns, header, commentPrefix));
	}

	/** The arrays of rank 0, 2 or 3. */
	public List<ArraySpec> shapedArrays() {
		return arrays.stream().filter(array -> array.rank() != 1).toList();
	}

	/** The largest column index any array uses, or -1 when no array reads columns. */
	public int maxUsedColumn() {
		Set<Integer> columns = new TreeSet<>();
		arrays.forEach(array -> columns.addAll(array.source().columns()));
		return columns.isEmpty() ? -1 : ((TreeSet<Integer>) columns).last();
	}

	/** True when some array reads HDF5 datasets. */
	public boolean readsDatasets() {
		return arrays.stream().anyMatch(array -> !array.source().datasets().isEmpty());
	}
}
