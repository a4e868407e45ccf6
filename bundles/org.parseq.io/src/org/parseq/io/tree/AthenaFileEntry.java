package org.parseq.io.tree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;
import org.parseq.io.athena.AthenaGroup;
import org.parseq.io.athena.AthenaParameterMapping;
import org.parseq.io.athena.AthenaProject;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;

/**
 * An Athena project: a container whose children are its groups, each loaded as an item whose
 * format names the group's arrays ({@code energy}, {@code mu}, {@code x}, {@code y}, {@code i0},
 * ...). A damaged project shows as unreadable with the reader's message, naming the group.
 */
final class AthenaFileEntry extends TreeEntry {
	private final Path file;

	AthenaFileEntry(Path file) {
		super(file.getFileName() == null ? file.toString() : file.getFileName().toString(), file.toString());
		this.file = file;
	}

	@Override
	protected EntryKind declaredKind() {
		return EntryKind.ATHENA_PROJECT;
	}

	@Override
	protected List<TreeEntry> listChildren() throws DataFormatException {
		List<TreeEntry> groups = new ArrayList<>();
		for (AthenaGroup group : AthenaProject.read(file).groups()) {
			groups.add(new GroupEntry(file, group));
		}
		return groups;
	}

	@Override
	public Loadability canLoad(DataFormat format) {
		return Loadability.no(file + ": an Athena project; load its groups");
	}

	/** One group; its location is "file::tag", as the item's container path. */
	static final class GroupEntry extends TreeEntry {
		private final AthenaGroup group;

		GroupEntry(Path file, AthenaGroup group) {
			super(group.label(), file + "::" + group.name());
			this.group = group;
		}

		@Override
		protected EntryKind declaredKind() {
			return EntryKind.ATHENA_GROUP;
		}

		@Override
		protected List<TreeEntry> listChildren() {
			return List.of();
		}

		@Override
		public Loadability canLoad(DataFormat format) {
			return attempt(() -> group.read(format));
		}

		/** The group's parameters as Athena saved them, "key: value" per line, for named formats' keywords. */
		@Override
		public List<String> keywordHeader(HeaderRule header, String commentPrefix, List<String> metadataPaths) {
			List<String> lines = new ArrayList<>();
			group.parameters().forEach((key, value) -> lines.add(key + ": " + value));
			return lines;
		}

		/** Athena's E0 and ranges as the parameters of the same meaning. */
		@Override
		public Map<String, Object> suggestedParameters() {
			return AthenaParameterMapping.parameters(group);
		}

		public AthenaGroup group() {
			return group;
		}
	}
}
