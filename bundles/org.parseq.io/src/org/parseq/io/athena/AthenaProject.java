package org.parseq.io.athena;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.parseq.io.DataFormatException;

/**
 * An Athena (Demeter, Larix) project file, {@code .prj}: gzip-compressed or plain, in the Perl
 * Data::Dumper flavour ({@link PerlProjectReader}) or the JSON flavour ({@link JsonProjectReader}).
 * Read whole; every group is checked when read, so a damaged file fails here with the group it
 * breaks in.
 *
 * @param file   the project file
 * @param flavour "perl" or "json"
 * @param groups in Athena's order
 * @param notes  what was skipped and why (e.g. a function call in the journal, never run)
 */
public record AthenaProject(Path file, String flavour, List<AthenaGroup> groups, List<String> notes) {

	/** Larger projects are refused rather than read into memory. */
	static final long MAX_BYTES = 1L << 30;
	/** The first line Athena writes into the Perl flavour. */
	static final String PERL_SIGNATURE = "# Athena project file --";
	/** A key every JSON-flavour project starts with. */
	static final String JSON_SIGNATURE = "_____header1";
	private static final int SNIFFED_CHARS = 4096;

	public AthenaProject {
		groups = List.copyOf(groups);
		notes = List.copyOf(notes);
	}

	/**
	 * @throws DataFormatException naming the file, the group and what is wrong: unreadable, not
	 *         an Athena project, an unknown flavour, or a damaged group
	 */
	public static AthenaProject read(Path file) throws DataFormatException {
		Content content = content(file);
		String text = content.text();
		String head = text.substring(0, Math.min(text.length(), SNIFFED_CHARS)).stripLeading();
		try {
			AthenaProject project = null;
			if (head.startsWith("{")) {
				project = JsonProjectReader.read(file, text);
			} else if (head.startsWith("#") || head.startsWith("$") || head.startsWith("@")) {
				project = PerlProjectReader.read(file, text);
			}
			if (project != null && content.cutAfter() >= 0) {
				List<AthenaGroup> groups = project.groups();
				throw new DataFormatException(file.toString(), "after group '" + groups.get(groups.size() - 1).name()
						+ "'", "the gzip data end after " + content.cutAfter() + " bytes: the file is cut");
			}
			if (project != null) {
				return project;
			}
		} catch (DataFormatException e) {
			if (content.cutAfter() >= 0 && !e.problem().contains("the file is cut")) {
				throw new DataFormatException(e.source(), e.location(), e.problem() + " (the gzip data end after "
						+ content.cutAfter() + " bytes: the file is cut)", e);
			}
			throw e;
		}
		throw new DataFormatException(file.toString(), "", "not an Athena project of a known flavour: expected '"
				+ PERL_SIGNATURE + "' (Perl Data::Dumper, plain or gzip) or a JSON object with '" + JSON_SIGNATURE
				+ "'");
	}

	/** True when the file's first bytes (gunzipped) look like an Athena project of either flavour. */
	public static boolean looksLikeProject(String head) {
		String start = head.stripLeading();
		return start.startsWith(PERL_SIGNATURE) || (start.startsWith("{") && start.contains(JSON_SIGNATURE));
	}

	/** The group with this tag. */
	public Optional<AthenaGroup> group(String name) {
		return groups.stream().filter(g -> g.name().equals(name)).findFirst();
	}

	/** The group with this tag, or a message naming the file and the groups it has. */
	public AthenaGroup requireGroup(String name) throws DataFormatException {
		String tag = name.startsWith("/") ? name.substring(1) : name;
		return group(tag).orElseThrow(() -> new DataFormatException(file.toString(), "group '" + tag + "'",
				"no such group; the project has " + groups.stream().map(AthenaGroup::name).toList()));
	}

	/** @param cutAfter bytes gunzipped before the stream ended early, -1 when complete */
	private record Content(String text, long cutAfter) {
	}

	private static Content content(Path file) throws DataFormatException {
		if (!Files.isRegularFile(file)) {
			throw new DataFormatException(file.toString(), "", "not a regular file; expected an Athena project");
		}
		byte[] bytes;
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw new DataFormatException(file.toString(), "", "too large for an Athena project");
			}
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new DataFormatException(file.toString(), "", "cannot read the file: " + e.getMessage(), e);
		}
		if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
			return new Content(new String(bytes, StandardCharsets.UTF_8), -1);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long cut = -1;
		try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				out.write(buffer, 0, n);
				if (out.size() > MAX_BYTES) {
					throw new DataFormatException(file.toString(), "", "gzip content too large for an Athena project");
				}
			}
		} catch (IOException e) {
			// a cut or damaged gzip: parse what came out, so that the message names the group it breaks in
			cut = out.size();
			if (cut == 0) {
				throw new DataFormatException(file.toString(), "", "damaged gzip data: " + e.getMessage(), e);
			}
		}
		return new Content(out.toString(StandardCharsets.UTF_8), cut);
	}
}
