package org.parseq.io.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.parseq.io.DataFormatException;

/**
 * A numpy-like selection of an HDF5 dataset, e.g. {@code 0, :, :} (the first image of a stack),
 * {@code :, 5} (column 5 of a 2D dataset) or {@code 2:10, -1}. Per axis: an index (negative
 * counts from the end; the axis is dropped from the result), {@code :} (the whole axis), or
 * {@code a:b}, {@code a:}, {@code :b} (a range, ends clamped to the axis as numpy does). Axes
 * not written take {@code :}. Steps ({@code a:b:c}) and {@code ...} are not supported: jHDF reads
 * hyperslabs without strides.
 *
 * @param text the selection as the user wrote it
 * @param axes one selector per leading axis of the dataset
 */
public record Slice(String text, List<Axis> axes) {

	public Slice {
		axes = List.copyOf(axes);
	}

	/** The selector of one axis. */
	public sealed interface Axis {
	}

	/** A single position; the axis disappears from the result. */
	public record Index(long index) implements Axis {
	}

	/** {@code start:stop}; a null end means the start or the end of the axis. */
	public record Range(Long start, Long stop) implements Axis {
	}

	/**
	 * Where the selection lies in a dataset of given dimensions.
	 *
	 * @param offset      the first element per axis
	 * @param count       elements per axis (1 on index axes)
	 * @param resultShape the shape of the result: {@code count} without the index axes
	 */
	public record Selection(long[] offset, int[] count, int[] resultShape) {
		/** Number of values selected. */
		public long size() {
			long size = 1;
			for (int n : count) {
				size *= n;
			}
			return size;
		}
	}

	/** Reads a selection; blank text means no slice (null). */
	public static Slice parse(String text) throws DataFormatException {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip();
		String source = "slice \"" + trimmed + "\"";
		if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
			trimmed = trimmed.substring(1, trimmed.length() - 1);
		}
		String[] parts = trimmed.split(",", -1);
		List<Axis> axes = new ArrayList<>();
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i].strip();
			String where = "axis " + i;
			if (part.isEmpty()) {
				throw new DataFormatException(source, where, "empty selector; expected an index, ':' or 'a:b'");
			}
			if (part.equals("...") || part.equalsIgnoreCase("Ellipsis")) {
				throw new DataFormatException(source, where, "'...' is not supported; write ':' for every axis");
			}
			String[] ends = part.split(":", -1);
			if (ends.length > 2) {
				throw new DataFormatException(source, where,
						"steps (a:b:c) are not supported; expected an index, ':' or 'a:b'");
			}
			if (ends.length == 1) {
				axes.add(new Index(integer(ends[0], source, where)));
			} else {
				Long start = ends[0].isBlank() || ends[0].strip().equals("None") ? null : integer(ends[0], source, where);
				Long stop = ends[1].isBlank() || ends[1].strip().equals("None") ? null : integer(ends[1], source, where);
				axes.add(new Range(start, stop));
			}
		}
		return new Slice(text.strip(), axes);
	}

	private static long integer(String text, String source, String where) throws DataFormatException {
		String trimmed = text.strip();
		if (!trimmed.matches("[+-]?\\d{1,18}")) {
			throw new DataFormatException(source, where, "expected a whole number but found \"" + trimmed + "\"");
		}
		return Long.parseLong(trimmed);
	}

	/**
	 * Places this selection in a dataset.
	 *
	 * @param dimensions the dataset's shape
	 * @param source     the file, for messages
	 * @param location   the dataset, for messages
	 * @throws DataFormatException naming the dataset, the slice and the axis at fault
	 */
	public Selection select(long[] dimensions, String source, String location) throws DataFormatException {
		String where = location + ", slice \"" + text + "\"";
		if (dimensions.length == 0) {
			throw new DataFormatException(source, where, "the dataset is a scalar; a slice needs an array dataset");
		}
		if (axes.size() > dimensions.length) {
			throw new DataFormatException(source, where, "has " + axes.size() + " selectors but the dataset has shape "
					+ Arrays.toString(dimensions) + " (rank " + dimensions.length + ")");
		}
		long[] offset = new long[dimensions.length];
		int[] count = new int[dimensions.length];
		List<Integer> result = new ArrayList<>();
		for (int i = 0; i < dimensions.length; i++) {
			long size = dimensions[i];
			Axis axis = i < axes.size() ? axes.get(i) : new Range(null, null);
			if (axis instanceof Index index) {
				long at = index.index() < 0 ? index.index() + size : index.index();
				if (at < 0 || at >= size) {
					throw new DataFormatException(source, where, "index " + index.index() + " on axis " + i
							+ " is outside the axis of length " + size);
				}
				offset[i] = at;
				count[i] = 1;
			} else {
				Range range = (Range) axis;
				long start = clamp(range.start(), 0, size);
				long stop = clamp(range.stop(), size, size);
				if (stop <= start) {
					throw new DataFormatException(source, where, "selects nothing on axis " + i + " of length " + size);
				}
				if (stop - start > Integer.MAX_VALUE) {
					throw new DataFormatException(source, where, "selects " + (stop - start) + " values on axis " + i
							+ "; at most " + Integer.MAX_VALUE + " per axis");
				}
				offset[i] = start;
				count[i] = (int) (stop - start);
				result.add(count[i]);
			}
		}
		return new Selection(offset, count, result.stream().mapToInt(Integer::intValue).toArray());
	}

	/** numpy's rule for slice ends: negative counts from the end, then clamp to 0..size. */
	private static long clamp(Long end, long absent, long size) {
		if (end == null) {
			return absent;
		}
		long at = end < 0 ? end + size : end;
		return Math.max(0, Math.min(size, at));
	}
}
