package org.parseq.io.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a text file as offsets into its bytes, so that a reader makes a String only of the
 * lines it keeps as text (header and comment lines) and reads data rows straight from the bytes.
 * <p>
 * Lines end at \n, \r or \r\n, as {@link TextFile#splitLines} splits the decoded text. A line
 * decoded on its own ({@link #text}) equals the same line cut from the decoded whole file:
 * line breaks are ASCII bytes, which UTF-8 never uses inside a multi-byte sequence and which the
 * decoder never swallows when it replaces a bad sequence, so decoding stops and restarts cleanly
 * at every break. Each line is marked ASCII or not, so that callers can fall back to text for the
 * few lines whose bytes are not plain ASCII.
 * <p>
 * Not thread-safe (it keeps one decoder); made and used by one read.
 */
final class LineIndex {
	private final byte[] bytes;
	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
	private int count;
	private int[] starts;
	private int[] ends;
	/** Bit set of the lines that have a byte outside ASCII. */
	private long[] nonAscii;

	LineIndex(byte[] bytes) {
		this.bytes = bytes;
		int capacity = Math.max(16, bytes.length / 64);
		starts = new int[capacity];
		ends = new int[capacity];
		nonAscii = new long[(capacity >> 6) + 1];
		index();
	}

	/**
	 * Finds the line breaks eight bytes at a time: a word with no byte below 14 (line feed and
	 * carriage return are 10 and 13) and none above 127 is skipped whole; else its first such byte
	 * is looked at alone. Most of a numeric file is skipped by words.
	 */
	private void index() {
		byte[] b = bytes;
		int length = b.length;
		int start = 0;
		boolean ascii = true;
		int i = 0;
		while (i < length) {
			if (i + Long.BYTES <= length) {
				long flags = Swar.belowOrNonAscii((long) Swar.LONGS.get(b, i), '\r' + 1);
				if (flags == 0) {
					i += Long.BYTES;
					continue;
				}
				i += Swar.firstFlagged(flags);
			}
			byte c = b[i];
			if (c == '\n' || c == '\r') {
				add(start, i, ascii);
				if (c == '\r' && i + 1 < length && b[i + 1] == '\n') {
					i++;
				}
				start = i + 1;
				ascii = true;
			} else if (c < 0) {
				ascii = false;
			}
			i++;
		}
		if (start < length) {
			add(start, length, ascii);
		}
	}

	private void add(int start, int end, boolean ascii) {
		if (count == starts.length) {
			int capacity = count * 2;
			starts = Arrays.copyOf(starts, capacity);
			ends = Arrays.copyOf(ends, capacity);
			nonAscii = Arrays.copyOf(nonAscii, (capacity >> 6) + 1);
		}
		starts[count] = start;
		ends[count] = end;
		if (!ascii) {
			nonAscii[count >> 6] |= 1L << count;
		}
		count++;
	}

	byte[] bytes() {
		return bytes;
	}

	int count() {
		return count;
	}

	/** Offset of the first byte of line {@code line} (0-based). */
	int start(int line) {
		return starts[line];
	}

	/** Offset just after the last byte of line {@code line}, before its line break. */
	int end(int line) {
		return ends[line];
	}

	boolean isAscii(int line) {
		return (nonAscii[line >> 6] & (1L << line)) == 0;
	}

	/** The line as text, decoded as {@link TextFile} decodes the whole file. */
	String text(int line) {
		return decode(starts[line], ends[line], isAscii(line));
	}

	/** Bytes {@code from} to {@code to} of an ASCII line, or of any line when {@code ascii} is false. */
	String decode(int from, int to, boolean ascii) {
		if (ascii) {
			return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
		}
		try {
			return decoder.reset().decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
		} catch (CharacterCodingException e) {
			// cannot happen: malformed and unmappable input are replaced
			throw new IllegalStateException(e);
		}
	}

	/** Whether {@code text} is plain ASCII, so that it can be searched for byte by byte. */
	static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The offset from the line start of the first occurrence of {@code ascii} in an ASCII line,
	 * or -1: String.indexOf on the line's text. An empty needle is found at 0, as indexOf finds it.
	 */
	int indexOf(int line, String ascii) {
		int from = starts[line];
		int last = ends[line] - ascii.length();
		if (ascii.isEmpty()) {
			return 0;
		}
		byte first = (byte) ascii.charAt(0);
		for (int i = from; i <= last;) {
			int at = Swar.indexOf(bytes, i, last + 1, first);
			if (at < 0) {
				return -1;
			}
			if (matches(at, ascii)) {
				return at - from;
			}
			i = at + 1;
		}
		return -1;
	}

	private boolean matches(int at, String ascii) {
		for (int k = 1; k < ascii.length(); k++) {
			if (bytes[at + k] != ascii.charAt(k)) {
				return false;
			}
		}
		return true;
	}
}
