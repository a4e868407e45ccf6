package org.parseq.io.tree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.parseq.io.DataFormatException;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.hdf5.Hdf5Container;
import org.parseq.io.hdf5.Hdf5EntryReader;
import org.parseq.io.hdf5.Hdf5Node;
import org.parseq.io.hdf5.NodeState;

/** An HDF5 file as a folder; opened on first expansion and closed with its {@link FileTree}. */
final class Hdf5FileEntry extends TreeEntry {
	private final Path file;
	private final FileTree tree;

	Hdf5FileEntry(FileTree tree, Path file) {
		super(file.getFileName().toString(), file.toString());
		this.file = file;
		this.tree = tree;
	}

	@Override
	protected EntryKind declaredKind() {
		return EntryKind.HDF5_FILE;
	}

	@Override
	protected List<TreeEntry> listChildren() throws DataFormatException {
		Hdf5Container container = tree.container(file);
		return objectEntries(container.root());
	}

	static List<TreeEntry> objectEntries(Hdf5Node group) throws DataFormatException {
		List<Hdf5Node> nodes = group.children();
		if (group.state() == NodeState.UNREADABLE) {
			throw new DataFormatException(group.container().path().toString(), group.path(), group.problem());
		}
		List<TreeEntry> entries = new ArrayList<>(nodes.size());
		for (Hdf5Node node : nodes) {
			entries.add(new ObjectEntry(node));
		}
		return entries;
	}

	@Override
	public Loadability canLoad(DataFormat format) {
		return Loadability.no(file + ": an HDF5 file; expected one of its groups (an entry)");
	}

	/** A group, dataset or broken link inside an HDF5 file. */
	static final class ObjectEntry extends TreeEntry {
		private final Hdf5Node node;

		ObjectEntry(Hdf5Node node) {
			super(node.name(), node.container().path() + "::" + node.path());
			this.node = node;
		}

		@Override
		protected EntryKind declaredKind() {
			return switch (node.state()) {
			case GROUP -> EntryKind.HDF5_GROUP;
			case DATASET -> EntryKind.HDF5_DATASET;
			case BROKEN_LINK -> EntryKind.BROKEN_LINK;
			case UNREADABLE -> EntryKind.UNREADABLE;
			};
		}

		@Override
		public String problem() {
			return super.problem() != null ? super.problem() : node.problem();
		}

		@Override
		protected List<TreeEntry> listChildren() throws DataFormatException {
			return node.isGroup() ? objectEntries(node) : List.of();
		}

		@Override
		public List<String> keywordHeader(HeaderRule header, String commentPrefix, List<String> metadataPaths)
				throws DataFormatException {
			if (!node.isGroup()) {
				return List.of();
			}
			List<String> lines = new ArrayList<>();
			String entry = node.path().endsWith("/") ? node.path() : node.path() + "/";
			Hdf5Node measurement = node.container().find(entry + "measurement");
			if (measurement != null) {
				measurement.children().forEach(child -> lines.add(child.name()));
			}
			for (String path : metadataPaths) {
				String absolute = path.startsWith("/") ? path : entry + path;
				Hdf5Node found = node.container().find(absolute);
				if (found != null && found.isDataset()) {
					try {
						lines.add(path + ": " + node.container().valueText(absolute));
					} catch (DataFormatException e) {
						// an unreadable metadata value is not part of the header
					}
				}
			}
			return lines;
		}

		@Override
		public Loadability canLoad(DataFormat format) {
			if (!node.isGroup()) {
				return Loadability.no(location() + ": a " + node.state() + "; a format reads an entry group");
			}
			return attempt(() -> Hdf5EntryReader.check(node.container(), node.path(), format));
		}

		@Override
		public List<String> metadata() {
			List<String> lines = new ArrayList<>();
			lines.add(node.path() + (node.linkTarget() != null ? "  \u2192 " + node.linkTarget() : ""));
			if (node.isDataset()) {
				long[] shape = node.shape();
				lines.add("dataset of " + node.dataType() + (shape == null ? ""
						: shape.length == 0 ? ", scalar" : ", shape " + java.util.Arrays.toString(shape)));
				if (shape != null && java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b) <= 16) {
					try {
						lines.add("value: " + node.container().valueText(node.path()));
					} catch (DataFormatException e) {
						lines.add("value: " + e.getMessage());
					}
				}
			} else if (node.isGroup()) {
				lines.add("group of " + node.children().size() + " objects");
			} else if (node.problem() != null) {
				lines.add(node.problem());
			}
			lines.addAll(node.attributeLines());
			return lines;
		}

		public Hdf5Node node() {
			return node;
		}
	}
}
