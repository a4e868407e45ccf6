package org.parseq.io.tree;

import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;

/**
 * One entry of the file browser's tree: a folder, a file, or an object inside a container.
 * Children are listed on the first call of {@link #children()} and kept; listing never throws,
 * a failure shows in {@link #problem()} and {@link #kind()} (UNREADABLE).
 */
public abstract class TreeEntry {
	private final String name;
	private final String location;
	private volatile List<TreeEntry> children;
	private volatile String listingProblem;

	protected TreeEntry(String name, String location) {
		this.name = name;
		this.location = location;
	}

	public final String name() {
		return name;
	}

	/** A file path, or "file::/inner/path" for objects inside containers. */
	public final String location() {
		return location;
	}

	public EntryKind kind() {
		return listingProblem == null ? declaredKind() : EntryKind.UNREADABLE;
	}

	/** Why the entry is broken or unreadable; null when fine. */
	public String problem() {
		return listingProblem;
	}

	protected abstract EntryKind declaredKind();

	/** The children (empty for leaves), loaded once. */
	public final List<TreeEntry> children() {
		List<TreeEntry> known = children;
		if (known == null) {
			synchronized (this) {
				if (children == null) {
					try {
						children = List.copyOf(listChildren());
					} catch (DataFormatException e) {
						listingProblem = e.getMessage();
						children = List.of();
					}
				}
				known = children;
			}
		}
		return known;
	}

	/** True when children have been listed already (the browser shows an expand arrow otherwise). */
	public final boolean isExpanded() {
		return children != null;
	}

	protected abstract List<TreeEntry> listChildren() throws DataFormatException;

	/**
	 * Whether {@code format} loads this entry; the reason is the reader's error message. Cheap:
	 * column files are checked on their header, first rows and last rows
	 * ({@link org.parseq.io.read.ColumnFileReader#check}), HDF5 entries on the presence, type and
	 * shape of their datasets ({@link org.parseq.io.hdf5.Hdf5EntryReader#check}); loading reads
	 * everything and may still fail on a row in the middle of a column file.
	 */
	public abstract Loadability canLoad(DataFormat format);

	/**
	 * The header that named formats match their keywords against (parseq-behaviour.md 6.3): for a
	 * column file the lines before its first data row under {@code header} and
	 * {@code commentPrefix}; for a SPEC scan its header lines; for an HDF5 entry (group) the
	 * names of the datasets in its {@code measurement} group followed by "path: value" for each
	 * of {@code metadataPaths} (relative to the entry or absolute; a missing path is left out).
	 * Empty for entries that hold no data (folders, HDF5 files, datasets, broken links).
	 *
	 * @throws DataFormatException when the file cannot be read
	 */
	public List<String> keywordHeader(HeaderRule header, String commentPrefix, List<String> metadataPaths)
			throws DataFormatException {
		return List.of();
	}

	/**
	 * What describes the entry without loading it, for the browser's metadata panel: a column
	 * file's header (its leading comment lines), an HDF5 object's type, shape and attributes.
	 * Empty for entries that have none; a file that cannot be read gives one line saying why.
	 */
	public List<String> metadata() {
		return List.of();
	}

	/**
	 * Parameter values the entry's data carry for an item made of it (an Athena group's E0 and
	 * ranges), by parameter name; empty for most entries.
	 */
	public Map<String, Object> suggestedParameters() {
		return Map.of();
	}

	static Loadability attempt(Load load) {
		try {
			load.run();
			return Loadability.yes();
		} catch (DataFormatException e) {
			return Loadability.no(e.getMessage());
		}
	}

	interface Load {
		void run() throws DataFormatException;
	}

	@Override
	public String toString() {
		return location + " [" + kind() + "]";
	}
}
