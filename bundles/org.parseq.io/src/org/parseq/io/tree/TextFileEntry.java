package org.parseq.io.tree;

import java.nio.file.Path;
import java.util.List;

import org.parseq.io.DataFormatException;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.read.ColumnFileReader;

/** A column text file (plain or gzipped, including .fio, .xdi and single-table files). */
class TextFileEntry extends TreeEntry {
	private final Path file;

	TextFileEntry(Path file) {
		super(file.getFileName().toString(), file.toString());
		this.file = file;
	}

	protected final Path file() {
		return file;
	}

	@Override
	protected EntryKind declaredKind() {
		return EntryKind.TEXT_FILE;
	}

	@Override
	protected List<TreeEntry> listChildren() throws DataFormatException {
		return List.of();
	}

	@Override
	public List<String> keywordHeader(HeaderRule header, String commentPrefix, List<String> metadataPaths)
			throws DataFormatException {
		return ColumnFileReader.readLeadingHeader(file, header, commentPrefix);
	}

	/** The leading "#" comment lines (the header most beamlines write), at most {@value #METADATA_LINES}. */
	@Override
	public List<String> metadata() {
		try {
			List<String> header = ColumnFileReader.readLeadingHeader(file, new HeaderRule.CommentsOnly(), "#");
			return header.size() <= METADATA_LINES ? header
					: java.util.stream.Stream.concat(header.stream().limit(METADATA_LINES),
							java.util.stream.Stream.of("\u2026 " + (header.size() - METADATA_LINES) + " more lines"))
							.toList();
		} catch (DataFormatException e) {
			return List.of(e.getMessage());
		}
	}

	private static final int METADATA_LINES = 400;

	@Override
	public Loadability canLoad(DataFormat format) {
		return attempt(() -> ColumnFileReader.check(file, format));
	}
}
