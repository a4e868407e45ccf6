package org.parseq.io.tree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.parseq.io.DataFormatException;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.read.SpecFile;
import org.parseq.io.read.SpecScan;

/**
 * A SPEC file: a container whose children are its scans; as a whole it is also a column file
 * (the original reads a single-scan SPEC file as one with '#' comments), whose header and
 * loadability it shares.
 */
final class SpecFileEntry extends TextFileEntry {

	SpecFileEntry(Path file) {
		super(file);
	}

	@Override
	protected EntryKind declaredKind() {
		return EntryKind.SPEC_FILE;
	}

	@Override
	protected List<TreeEntry> listChildren() throws DataFormatException {
		List<TreeEntry> scans = new ArrayList<>();
		for (SpecScan scan : SpecFile.read(file()).scans()) {
			scans.add(new ScanEntry(scan));
		}
		return scans;
	}

	static final class ScanEntry extends TreeEntry {
		private final SpecScan scan;

		ScanEntry(SpecScan scan) {
			super("#S " + scan.number() + " " + scan.title(), scan.sourceName());
			this.scan = scan;
		}

		@Override
		protected EntryKind declaredKind() {
			return EntryKind.SPEC_SCAN;
		}

		@Override
		protected List<TreeEntry> listChildren() {
			return List.of();
		}

		@Override
		public List<String> keywordHeader(HeaderRule header, String commentPrefix, List<String> metadataPaths) {
			return scan.headerLines();
		}

		@Override
		public Loadability canLoad(DataFormat format) {
			return attempt(() -> scan.read(format));
		}

		/** The scan itself, for loading. */
		public SpecScan scan() {
			return scan;
		}
	}
}
