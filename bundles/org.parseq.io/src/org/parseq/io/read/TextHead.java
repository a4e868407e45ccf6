package org.parseq.io.read;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.parseq.io.DataFormatException;

/**
 * Reads a text file line by line from its start (gunzipped when it starts with the gzip magic
 * bytes, decoded as {@link TextFile} does), so that a header and the first rows can be looked at
 * without reading the whole file. Lines are split as {@link TextFile} splits them.
 */
final class TextHead implements AutoCloseable {
	private final Path path;
	private final BufferedReader reader;
	private final boolean gzip;
	private int linesRead;
	private boolean ended;

	private TextHead(Path path, BufferedReader reader, boolean gzip) {
		this.path = path;
		this.reader = reader;
		this.gzip = gzip;
	}

	static TextHead open(Path path) throws DataFormatException {
		if (!Files.isRegularFile(path)) {
			throw new DataFormatException(path.toString(), "", "not a regular file; expected a text file");
		}
		InputStream in = null;
		try {
			in = new BufferedInputStream(Files.newInputStream(path));
			in.mark(2);
			byte[] magic = in.readNBytes(2);
			in.reset();
			boolean gzip = TextFile.isGzip(magic);
			InputStream content = gzip ? new GZIPInputStream(in) : in;
			var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE);
			return new TextHead(path, new BufferedReader(new InputStreamReader(content, decoder)), gzip);
		} catch (IOException | RuntimeException e) {
			closeQuietly(in);
			throw new DataFormatException(path.toString(), "", "cannot read the file: " + e, e);
		}
	}

	/** The next line, or null at the end of the file. */
	String next() throws DataFormatException {
		if (ended) {
			return null;
		}
		try {
			String line = reader.readLine();
			if (line == null) {
				ended = true;
			} else {
				linesRead++;
			}
			return line;
		} catch (IOException | RuntimeException e) {
			throw new DataFormatException(path.toString(), "line " + (linesRead + 1), "cannot read the file: " + e, e);
		}
	}

	/** Lines returned so far. */
	int linesRead() {
		return linesRead;
	}

	/** True once {@link #next()} returned null: everything was read. */
	boolean ended() {
		return ended;
	}

	boolean isGzip() {
		return gzip;
	}

	/**
	 * The complete lines within the last {@code bytes} bytes of a plain (not gzipped) file: the
	 * first, possibly partial, line of that window is dropped.
	 */
	static List<String> tailLines(Path path, int bytes) throws DataFormatException {
		try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
			long length = file.length();
			long start = Math.max(0, length - bytes);
			byte[] window = new byte[(int) (length - start)];
			file.seek(start);
			file.readFully(window);
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(window)).toString();
			List<String> lines = new ArrayList<>(TextFile.splitLines(text));
			if (start > 0 && !lines.isEmpty()) {
				lines.remove(0);
			}
			return lines;
		} catch (IOException | RuntimeException e) {
			throw new DataFormatException(path.toString(), "", "cannot read the end of the file: " + e, e);
		}
	}

	@Override
	public void close() {
		closeQuietly(reader);
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		} catch (Exception e) {
			// nothing to do: the file was only read
		}
	}
}
