package org.parseq.io.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.parseq.io.DataFormatException;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.hdf5.NaturalOrder;
import org.parseq.io.tree.EntryKind;
import org.parseq.io.tree.FileTree;
import org.parseq.io.tree.TreeEntry;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Data formats saved by the user under a name, with the header keywords that choose them
 * (parseq-behaviour.md 6.3): one JSON file per name in a folder (the workbench uses
 * {@code ~/.parseq/formats}):
 *
 * <pre>
 * {"parseqNamedFormat": 1, "name": "ALBA foils",
 *  "format": {"node": "currents Tr", "columns": {"eraw": "Col1", ...}, ...},
 *  "presentKeywords": ["albaem02_ch1"], "absentKeywords": []}
 * </pre>
 *
 * A format is offered for an entry ({@link #matching(TreeEntry)}) when it is of the entry's kind
 * (a format whose sources read HDF5 datasets is for HDF5 entries, any other for column files),
 * every present keyword occurs in the entry's header and no absent keyword does; a keyword occurs
 * when it is a substring of a header line (see {@link TreeEntry#keywordHeader}). Files are
 * written atomically (temporary file, then an atomic rename). Files of the folder that are not
 * named formats are skipped and reported by {@link #list()}, never thrown. Instances hold no
 * mutable state and are thread-safe; concurrent saves of one name leave one of them whole.
 */
public final class NamedFormats {
	/** The marker key and version of a named-format file. */
	public static final String MARKER = "parseqNamedFormat";
	public static final int VERSION = 1;
	private static final String SUFFIX = ".json";
	private static final int MAX_NAME_LENGTH = 200;

	private final Path folder;
	private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
	private final ObjectMapper compact = new ObjectMapper();
	private final FormatJson formatJson = new FormatJson();

	/** A saved format. */
	public record NamedFormat(String name, String formatJson, FormatDefinition definition, List<String> presentKeywords,
			List<String> absentKeywords, Path file) {
		public NamedFormat {
			presentKeywords = List.copyOf(presentKeywords);
			absentKeywords = List.copyOf(absentKeywords);
		}

		/** True for a format of HDF5 entries (its sources read datasets), false for column files. */
		public boolean forHdf5() {
			return definition.readsDatasets();
		}

		/** Every present keyword occurs in some header line, no absent keyword in any. */
		public boolean matches(List<String> header) {
			for (String keyword : presentKeywords) {
				if (!occurs(keyword, header)) {
					return false;
				}
			}
			for (String keyword : absentKeywords) {
				if (occurs(keyword, header)) {
					return false;
				}
			}
			return true;
		}

		private static boolean occurs(String keyword, List<String> header) {
			for (String line : header) {
				if (line.contains(keyword)) {
					return true;
				}
			}
			return false;
		}
	}

	/** A file of the folder that is not a readable named format, and why. */
	public record Skipped(Path file, String reason) {
	}

	/** The formats of the folder in natural name order, and the files that were skipped. */
	public record Listing(List<NamedFormat> formats, List<Skipped> skipped) {
		public Listing {
			formats = List.copyOf(formats);
			skipped = List.copyOf(skipped);
		}

		public List<String> names() {
			return formats.stream().map(NamedFormat::name).toList();
		}
	}

	public NamedFormats(Path folder) {
		this.folder = Objects.requireNonNull(folder, "folder");
	}

	public Path folder() {
		return folder;
	}

	/**
	 * Saves (or replaces) a named format.
	 *
	 * @param formatJson     FORMAT.json text (see {@link FormatJson}); checked before saving
	 * @param presentKeywords keywords that must all occur in a header; blank ones are dropped
	 * @param absentKeywords  keywords none of which may occur
	 * @throws DataFormatException for a bad name or format, or when the file cannot be written
	 */
	public NamedFormat save(String name, String formatJson, List<String> presentKeywords, List<String> absentKeywords)
			throws DataFormatException {
		checkName(name);
		String source = "named format '" + name + "'";
		FormatDefinition definition = this.formatJson.parse(formatJson, source);
		JsonNode format;
		try {
			format = compact.readTree(formatJson);
		} catch (JacksonException e) {
			throw new DataFormatException(source, "", "not valid JSON: " + e.getOriginalMessage(), e);
		}
		List<String> present = keywords(presentKeywords);
		List<String> absent = keywords(absentKeywords);
		ObjectNode root = mapper.createObjectNode();
		root.put(MARKER, VERSION);
		root.put("name", name);
		root.set("format", format);
		ArrayNode presentArray = root.putArray("presentKeywords");
		present.forEach(presentArray::add);
		ArrayNode absentArray = root.putArray("absentKeywords");
		absent.forEach(absentArray::add);
		Path file = fileOf(name);
		if (file.getFileName().toString().length() > 250) {
			throw new DataFormatException(source, "name", "too long for a file name once escaped; use a shorter name");
		}
		Path temporary = null;
		try {
			Files.createDirectories(folder);
			temporary = Files.createTempFile(folder, ".saving-", ".tmp");
			Files.writeString(temporary, mapper.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
			temporary = null;
		} catch (IOException | RuntimeException e) {
			throw new DataFormatException(file.toString(), "", "cannot save the named format '" + name + "': " + e, e);
		} finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException e) {
					// a leftover temporary file is listed as skipped, never read as a format
				}
			}
		}
		return new NamedFormat(name, compactText(format), definition, present, absent, file);
	}

	/** All named formats of the folder; an absent folder has none. Never throws. */
	public Listing list() {
		List<NamedFormat> formats = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return new Listing(formats, skipped);
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
			stream.forEach(files::add);
		} catch (IOException | RuntimeException e) {
			skipped.add(new Skipped(folder, "cannot list the folder: " + e));
			return new Listing(formats, skipped);
		}
		files.sort(Comparator.comparing(p -> p.getFileName().toString()));
		for (Path file : files) {
			String fileName = file.getFileName().toString();
			if (Files.isDirectory(file)) {
				skipped.add(new Skipped(file, "a folder; expected <name>.json files"));
			} else if (!fileName.endsWith(SUFFIX)) {
				skipped.add(new Skipped(file, fileName.startsWith(".saving-")
						? "a temporary file left by an interrupted save" : "not a .json file"));
			} else {
				try {
					NamedFormat format = read(file);
					if (!fileOf(format.name()).getFileName().toString().equals(fileName)) {
						skipped.add(new Skipped(file, "holds the format '" + format.name() + "', expected in "
								+ fileOf(format.name()).getFileName()));
					} else {
						formats.add(format);
					}
				} catch (DataFormatException e) {
					skipped.add(new Skipped(file, e.getMessage()));
				} catch (RuntimeException e) {
					skipped.add(new Skipped(file, file + ": cannot read: " + e));
				}
			}
		}
		formats.sort(Comparator.comparing(NamedFormat::name, NaturalOrder.INSTANCE));
		return new Listing(formats, skipped);
	}

	/**
	 * The named format.
	 *
	 * @throws DataFormatException when there is none of that name or its file is not a readable format
	 */
	public NamedFormat load(String name) throws DataFormatException {
		checkName(name);
		Path file = fileOf(name);
		if (!Files.isRegularFile(file)) {
			throw new DataFormatException(file.toString(), "", "no named format '" + name + "' in " + folder);
		}
		NamedFormat format = read(file);
		if (!format.name().equals(name)) {
			throw new DataFormatException(file.toString(), "key \"name\"",
					"holds the format '" + format.name() + "', expected '" + name + "'");
		}
		return format;
	}

	/**
	 * Deletes a named format.
	 *
	 * @return false when there was none of that name
	 * @throws DataFormatException when the file exists but cannot be deleted
	 */
	public boolean delete(String name) throws DataFormatException {
		checkName(name);
		Path file = fileOf(name);
		try {
			return Files.deleteIfExists(file);
		} catch (NoSuchFileException e) {
			return false;
		} catch (IOException | RuntimeException e) {
			throw new DataFormatException(file.toString(), "", "cannot delete the named format '" + name + "': " + e, e);
		}
	}

	/**
	 * The names of the formats offered for an entry of the file browser: formats of its kind
	 * whose keywords match its header, in natural name order. An entry that holds no data or
	 * whose header cannot be read gets none.
	 */
	public List<String> matching(TreeEntry entry) {
		boolean hdf5;
		EntryKind kind = entry.kind();
		if (kind == EntryKind.HDF5_GROUP) {
			hdf5 = true;
		} else if (kind == EntryKind.TEXT_FILE || kind == EntryKind.SPEC_FILE || kind == EntryKind.SPEC_SCAN) {
			hdf5 = false;
		} else {
			return List.of();
		}
		Map<HeaderKey, List<String>> headers = new HashMap<>();
		List<String> names = new ArrayList<>();
		for (NamedFormat format : list().formats()) {
			if (format.forHdf5() != hdf5) {
				continue;
			}
			FormatDefinition definition = format.definition();
			HeaderKey key = new HeaderKey(definition.header(), definition.comments(),
					hdf5 ? definition.metadata() : List.of());
			List<String> header = headers.get(key);
			if (header == null) {
				try {
					header = entry.keywordHeader(key.header(), key.comments(), key.metadata());
				} catch (DataFormatException e) {
					return List.of(); // an unreadable file is offered no format
				}
				headers.put(key, header);
			}
			if (format.matches(header)) {
				names.add(format.name());
			}
		}
		return names;
	}

	/** {@link #matching(TreeEntry)} for a column file. */
	public List<String> matching(Path file) {
		try (FileTree tree = new FileTree()) {
			return matching(tree.entryFor(file));
		}
	}

	/** {@link #matching(TreeEntry)} for an entry (group) of an HDF5 file, e.g. {@code /entry29270}. */
	public List<String> matching(Path file, String entry) {
		try (FileTree tree = new FileTree()) {
			TreeEntry current = tree.entryFor(file);
			for (String name : entry.split("/")) {
				if (name.isEmpty()) {
					continue;
				}
				current = current.children().stream().filter(child -> child.name().equals(name)).findFirst().orElse(null);
				if (current == null) {
					return List.of();
				}
			}
			return matching(current);
		}
	}

	private record HeaderKey(HeaderRule header, String comments, List<String> metadata) {
	}

	/** The file a name is kept in: the name with characters other than letters, digits, space, '_', '-' and '.' escaped as %XX. */
	public Path fileOf(String name) {
		StringBuilder file = new StringBuilder();
		byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xff;
			boolean plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_'
					|| b == '-' || b == ' ' || (b == '.' && i > 0);
			if (plain) {
				file.append((char) b);
			} else {
				file.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) b));
			}
		}
		return folder.resolve(file + SUFFIX);
	}

	private NamedFormat read(Path file) throws DataFormatException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException | RuntimeException e) {
			throw new DataFormatException(file.toString(), "", "cannot read: " + e, e);
		}
		JsonNode root;
		try {
			root = compact.readTree(text);
		} catch (JacksonException e) {
			throw new DataFormatException(file.toString(), "", "not valid JSON: " + e.getOriginalMessage(), e);
		}
		if (!(root instanceof ObjectNode object) || !object.has(MARKER)) {
			throw new DataFormatException(file.toString(), "",
					"not a ParSeq named format: expected a JSON object with \"" + MARKER + "\": " + VERSION);
		}
		JsonNode version = object.get(MARKER);
		if (!version.isInt() || version.asInt() != VERSION) {
			throw new DataFormatException(file.toString(), "key \"" + MARKER + "\"",
					"version " + version + " is not supported; expected " + VERSION);
		}
		JsonNode name = object.get("name");
		if (name == null || !name.isTextual() || name.asText().isBlank()) {
			throw new DataFormatException(file.toString(), "key \"name\"", "expected a non-empty string");
		}
		JsonNode format = object.get("format");
		if (!(format instanceof ObjectNode)) {
			throw new DataFormatException(file.toString(), "key \"format\"", "expected a FORMAT.json object");
		}
		String formatText = compactText(format);
		FormatDefinition definition = formatJson.parse(formatText, file + ": format");
		return new NamedFormat(name.asText(), formatText, definition, keywordArray(object, "presentKeywords", file),
				keywordArray(object, "absentKeywords", file), file);
	}

	private String compactText(JsonNode node) throws DataFormatException {
		try {
			return compact.writeValueAsString(node);
		} catch (JacksonException e) {
			throw new DataFormatException("named format", "", "cannot write the format as JSON: " + e.getOriginalMessage(), e);
		}
	}

	private static List<String> keywordArray(ObjectNode object, String key, Path file) throws DataFormatException {
		JsonNode value = object.get(key);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!(value instanceof ArrayNode array)) {
			throw new DataFormatException(file.toString(), "key \"" + key + "\"", "expected a list of strings, found " + value);
		}
		List<String> keywords = new ArrayList<>();
		for (JsonNode keyword : array) {
			if (!keyword.isTextual()) {
				throw new DataFormatException(file.toString(), "key \"" + key + "\"",
						"expected a list of strings, found " + keyword);
			}
			if (!keyword.asText().isBlank()) {
				keywords.add(keyword.asText());
			}
		}
		return keywords;
	}

	private static List<String> keywords(List<String> keywords) {
		List<String> kept = new ArrayList<>();
		if (keywords != null) {
			for (String keyword : keywords) {
				if (keyword != null && !keyword.isBlank()) {
					kept.add(keyword.strip());
				}
			}
		}
		return kept;
	}

	private static void checkName(String name) throws DataFormatException {
		if (name == null || name.isBlank()) {
			throw new DataFormatException("named format", "name", "expected a non-empty name");
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw new DataFormatException("named format", "name", "longer than " + MAX_NAME_LENGTH + " characters");
		}
		if (name.chars().anyMatch(Character::isISOControl)) {
			throw new DataFormatException("named format '" + name.replaceAll("\\p{Cntrl}", "?") + "'", "name",
					"control characters are not allowed");
		}
		if (!name.equals(name.strip())) {
			throw new DataFormatException("named format '" + name + "'", "name", "leading or trailing spaces are not allowed");
		}
	}
}
