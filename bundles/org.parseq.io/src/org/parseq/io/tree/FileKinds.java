package org.parseq.io.tree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import org.parseq.io.athena.AthenaProject;
import org.parseq.io.read.TextFile;

/** Recognises files by content, not by name: HDF5 signature, Athena project, SPEC scan lines, else text. */
public final class FileKinds {
	private static final byte[] HDF5_SIGNATURE = { (byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n' };
	/** HDF5 allows a user block of 0, 512, 1024, 2048 ... bytes before the signature. */
	private static final long[] SIGNATURE_OFFSETS = { 0, 512, 1024, 2048, 4096, 8192 };
	private static final int SNIFFED_BYTES = 8192;

	private FileKinds() {
	}

	public static EntryKind detect(Path file) {
		try {
			byte[] head = head(file, SIGNATURE_OFFSETS[SIGNATURE_OFFSETS.length - 1] + HDF5_SIGNATURE.length);
			if (isHdf5(head)) {
				return EntryKind.HDF5_FILE;
			}
			String text = new String(textHead(file, head), StandardCharsets.UTF_8);
			if (AthenaProject.looksLikeProject(text)) {
				return EntryKind.ATHENA_PROJECT;
			}
			return text.startsWith("#S ") || text.contains("\n#S ") ? EntryKind.SPEC_FILE : EntryKind.TEXT_FILE;
		} catch (IOException e) {
			return EntryKind.UNREADABLE;
		}
	}

	/** True for an Athena project of either flavour, plain or gzip. */
	public static boolean isAthenaProject(Path file) {
		return detect(file) == EntryKind.ATHENA_PROJECT;
	}

	private static boolean isHdf5(byte[] head) {
		for (long offset : SIGNATURE_OFFSETS) {
			int start = (int) offset;
			if (head.length >= start + HDF5_SIGNATURE.length
					&& Arrays.equals(head, start, start + HDF5_SIGNATURE.length, HDF5_SIGNATURE, 0, HDF5_SIGNATURE.length)) {
				return true;
			}
		}
		return false;
	}

	private static byte[] textHead(Path file, byte[] head) throws IOException {
		if (!TextFile.isGzip(head)) {
			return head;
		}
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return in.readNBytes(SNIFFED_BYTES);
		} catch (IOException e) {
			// a damaged gzip is still a text file for the tree; its reader reports the damage
			return new byte[0];
		}
	}

	private static byte[] head(Path file, long bytes) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes((int) Math.max(bytes, SNIFFED_BYTES));
		}
	}
}
