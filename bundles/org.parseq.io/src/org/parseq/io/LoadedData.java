package org.parseq.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a reader produced: named 1D arrays in format order, the header text, key/value
 * metadata and the notes a user should see (e.g. "3 duplicate E values have been removed").
 * <p>
 * Immutable: arrays are copied in and out, so no caller can change another caller's view.
 */
public final class LoadedData {
	private final String source;
	private final Map<String, double[]> arrays;
	private final List<String> headerLines;
	private final Map<String, String> metadata;
	private final List<String> notes;
	private final Map<String, ShapedValues> shaped;

	public LoadedData(String source, Map<String, double[]> arrays, List<String> headerLines,
			Map<String, String> metadata, List<String> notes) {
		this(source, arrays, Map.of(), headerLines, metadata, notes);
	}

	/**
	 * @param shaped scalars, images and stacks by array name; taken as they are (never copied: they
	 *               can be large), so the caller must not modify them afterwards
	 */
	public LoadedData(String source, Map<String, double[]> arrays, Map<String, ShapedValues> shaped,
			List<String> headerLines, Map<String, String> metadata, List<String> notes) {
		this.source = source;
		this.shaped = Collections.unmodifiableMap(new LinkedHashMap<>(shaped));
		LinkedHashMap<String, double[]> copy = new LinkedHashMap<>();
		arrays.forEach((name, values) -> copy.put(name, values == null ? null : values.clone()));
		this.arrays = Collections.unmodifiableMap(copy);
		this.headerLines = List.copyOf(headerLines);
		this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
		this.notes = List.copyOf(notes);
	}

	/** The file or HDF5 entry the data came from. */
	public String source() {
		return source;
	}

	/** Array names in format order; an absent optional array is listed with no values. */
	public Set<String> arrayNames() {
		return arrays.keySet();
	}

	/** A copy of the named array; empty when the name is unknown or the array is absent. */
	public Optional<double[]> array(String name) {
		double[] values = arrays.get(name);
		return values == null ? Optional.empty() : Optional.of(values.clone());
	}

	/** The named array, failing with a useful message when it is missing. */
	public double[] requireArray(String name) throws DataFormatException {
		double[] values = arrays.get(name);
		if (values == null) {
			throw new DataFormatException(source, "array " + name, "no such array; have " + arrays.keySet());
		}
		return values.clone();
	}

	/** Number of rows of the first present array, 0 when none is present. */
	public int rowCount() {
		for (double[] values : arrays.values()) {
			if (values != null) {
				return values.length;
			}
		}
		return 0;
	}

	public List<String> headerLines() {
		return headerLines;
	}

	public Map<String, String> metadata() {
		return metadata;
	}

	public List<String> notes() {
		return notes;
	}

	/** Scalars, images and stacks by array name, not copied: callers must not modify their values. */
	public Map<String, ShapedValues> shaped() {
		return shaped;
	}

	/** A copy with one more note. */
	public LoadedData withNote(String note) {
		List<String> more = new ArrayList<>(notes);
		more.add(note);
		return new LoadedData(source, arrays, shaped, headerLines, metadata, more);
	}

	/** A copy with these scalars, images and stacks added. */
	public LoadedData withShaped(Map<String, ShapedValues> more) {
		Map<String, ShapedValues> all = new LinkedHashMap<>(shaped);
		all.putAll(more);
		return new LoadedData(source, arrays, all, headerLines, metadata, notes);
	}

	@Override
	public String toString() {
		return "LoadedData[" + source + ", arrays=" + arrays.keySet() + ", shaped=" + shaped.keySet() + ", rows=" + rowCount()
				+ ", notes=" + notes + "]";
	}
}
