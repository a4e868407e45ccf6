package org.parseq.io.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the read-only shared folder with the real beamline data: the system property
 * {@code parseq.shared} if set, else the first ancestor of the working directory that has a
 * child {@code shared/data}.
 */
public final class SharedData {
	private SharedData() {
	}

	public static Path sharedFolder() {
		String property = System.getProperty("parseq.shared");
		if (property != null && !property.isBlank()) {
			return Paths.get(property);
		}
		for (Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("shared").resolve("data"))) {
				return dir.resolve("shared");
			}
		}
		throw new IllegalStateException("no folder shared/data above " + System.getProperty("user.dir")
				+ "; set -Dparseq.shared=/path/to/shared");
	}

	public static Path data(String relative) {
		return sharedFolder().resolve("data").resolve(relative);
	}

	public static Path reference(String relative) {
		return sharedFolder().resolve("reference").resolve(relative);
	}
}
