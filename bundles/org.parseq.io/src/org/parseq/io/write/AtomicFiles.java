package org.parseq.io.write;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a temporary name in the target's folder and renames it into place, so
 * that a reader never sees half a file and a failed write leaves nothing behind.
 */
public final class AtomicFiles {

	/** Writes the content; may throw, after which the temporary file is removed. */
	@FunctionalInterface
	public interface Content {
		void writeTo(Writer out) throws IOException;
	}

	/** Writes the whole file at the temporary path given (e.g. an HDF5 library that opens the path itself). */
	@FunctionalInterface
	public interface FileContent {
		void writeTo(Path temporary) throws IOException;
	}

	private AtomicFiles() {
	}

	/**
	 * Like {@link #writeText}, for content written by a library that takes a path: the temporary
	 * file does not exist when {@code content} is called.
	 */
	public static void writeFile(Path target, boolean overwrite, FileContent content) throws IOException {
		Path absolute = target.toAbsolutePath();
		refuseExisting(absolute, overwrite);
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
		try {
			Files.delete(temporary);
			content.writeTo(temporary);
			moveIntoPlace(temporary, absolute, overwrite);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void refuseExisting(Path absolute, boolean overwrite) throws FileAlreadyExistsException {
		if (!overwrite && Files.exists(absolute)) {
			throw new FileAlreadyExistsException(absolute.toString(), null, "exists; not overwritten");
		}
	}

	/**
	 * @param overwrite whether an existing target is replaced; if not, an existing target is an error
	 * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is false
	 */
	public static void writeText(Path target, boolean overwrite, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		refuseExisting(absolute, overwrite);
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
		try {
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				content.writeTo(out);
			}
			moveIntoPlace(temporary, absolute, overwrite);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void moveIntoPlace(Path temporary, Path absolute, boolean overwrite) throws IOException {
		try {
			Files.move(temporary, absolute, overwrite
					? new StandardCopyOption[] { StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING }
					: new StandardCopyOption[] { StandardCopyOption.ATOMIC_MOVE });
		} catch (AtomicMoveNotSupportedException e) {
			// a file system without atomic rename: still never a half file under the target's name
			if (overwrite) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			} else {
				Files.move(temporary, absolute);
			}
		}
	}
}
