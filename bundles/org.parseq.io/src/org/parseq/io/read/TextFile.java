package org.parseq.io.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.parseq.io.DataFormatException;

/**
 * The lines of a text file, gunzipped when the file starts with the gzip magic bytes (whatever
 * its name), decoded as UTF-8 with bad bytes replaced so that odd header bytes never stop a read.
 */
public record TextFile(Path path, List<String> lines) {
	/** Files beyond this size are refused rather than read into memory. */
	public static final long MAX_BYTES = 1L << 30;

	public TextFile {
		lines = List.copyOf(lines);
	}

	public static TextFile read(Path path) throws DataFormatException {
		byte[] bytes = readBytes(path);
		return new TextFile(path, splitLines(decode(path, bytes)));
	}

	/** True when the bytes start with the gzip magic 1f 8b. */
	public static boolean isGzip(byte[] head) {
		return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
	}

	/** The bytes of a regular file, gunzipped when it starts with the gzip magic bytes. */
	static byte[] readBytes(Path path) throws DataFormatException {
		if (!Files.isRegularFile(path)) {
			// pipes and devices could block or never end; folders are not text
			throw new DataFormatException(path.toString(), "", "not a regular file; expected a text file");
		}
		try {
			long size = Files.size(path);
			if (size > MAX_BYTES) {
				throw new DataFormatException(path.toString(), "", "file of " + size + " bytes is too large for a text reader");
			}
			byte[] bytes = Files.readAllBytes(path);
			if (!isGzip(bytes)) {
				return bytes;
			}
			try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
				return readBounded(path, in);
			}
		} catch (IOException e) {
			throw new DataFormatException(path.toString(), "", "cannot read the file: " + e, e);
		}
	}

	private static byte[] readBounded(Path path, InputStream in) throws IOException, DataFormatException {
		byte[] bytes = in.readNBytes((int) Math.min(MAX_BYTES, Integer.MAX_VALUE - 16) + 1);
		if (bytes.length > MAX_BYTES) {
			throw new DataFormatException(path.toString(), "", "gzip content is too large for a text reader");
		}
		return bytes;
	}

	private static String decode(Path path, byte[] bytes) throws DataFormatException {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new DataFormatException(path.toString(), "", "cannot decode the text: " + e, e);
		}
	}

	static List<String> splitLines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(text.substring(start, i));
				if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < length) {
			lines.add(text.substring(start));
		}
		return lines;
	}
}
