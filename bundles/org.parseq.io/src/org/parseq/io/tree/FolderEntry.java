package org.parseq.io.tree;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.parseq.io.DataFormatException;
import org.parseq.io.format.DataFormat;
import org.parseq.io.hdf5.NaturalOrder;

/** A folder of the file system; its files become text, SPEC or HDF5 entries by content. */
final class FolderEntry extends TreeEntry {
	private final Path folder;
	private final FileTree tree;

	FolderEntry(FileTree tree, Path folder) {
		super(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString(), folder.toString());
		this.folder = folder;
		this.tree = tree;
	}

	@Override
	protected EntryKind declaredKind() {
		return EntryKind.FOLDER;
	}

	@Override
	protected List<TreeEntry> listChildren() throws DataFormatException {
		List<Path> paths = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
			stream.forEach(paths::add);
		} catch (IOException | RuntimeException e) {
			throw new DataFormatException(folder.toString(), "", "cannot list the folder: " + e, e);
		}
		paths.sort(Comparator.comparing((Path p) -> !Files.isDirectory(p))
				.thenComparing(p -> p.getFileName().toString(), NaturalOrder.INSTANCE));
		List<TreeEntry> entries = new ArrayList<>(paths.size());
		for (Path path : paths) {
			entries.add(tree.entryFor(path));
		}
		return entries;
	}

	@Override
	public Loadability canLoad(DataFormat format) {
		return Loadability.no(folder + ": a folder; expected a file or an HDF5 entry");
	}
}
