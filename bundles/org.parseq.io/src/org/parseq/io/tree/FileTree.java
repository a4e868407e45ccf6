package org.parseq.io.tree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.parseq.io.DataFormatException;
import org.parseq.io.hdf5.Hdf5Container;

/**
 * The browser's tree over the file system, with HDF5, SPEC files and Athena projects as folders. Owns the HDF5
 * files it opened while expanding and closes them in {@link #close()}.
 */
public final class FileTree implements AutoCloseable {
	private final Map<Path, Hdf5Container> containers = new LinkedHashMap<>();
	private boolean closed;

	/** The entry for a folder or file, its kind found from the content. */
	public TreeEntry entryFor(Path path) {
		if (Files.isDirectory(path)) {
			return new FolderEntry(this, path);
		}
		return switch (FileKinds.detect(path)) {
		case HDF5_FILE -> new Hdf5FileEntry(this, path);
		case SPEC_FILE -> new SpecFileEntry(path);
		case ATHENA_PROJECT -> new AthenaFileEntry(path);
		default -> new TextFileEntry(path);
		};
	}

	synchronized Hdf5Container container(Path file) throws DataFormatException {
		if (closed) {
			throw new DataFormatException(file.toString(), "", "the file tree is closed");
		}
		Path key = file.toAbsolutePath().normalize();
		Hdf5Container open = containers.get(key);
		if (open == null) {
			open = Hdf5Container.open(key);
			containers.put(key, open);
		}
		return open;
	}

	@Override
	public synchronized void close() {
		closed = true;
		containers.values().forEach(Hdf5Container::close);
		containers.clear();
	}
}
