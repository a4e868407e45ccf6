package org.parseq.cli.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the read-only shared folder: -Dparseq.shared, else the first ancestor of the working folder holding it. */
final class SharedData {

    private static final String MARKER = "shared/reference/parseq-xas";

    private SharedData() {
    }

    static Path sharedDir() {
        String property = System.getProperty("parseq.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(MARKER))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("no ancestor of " + start + " holds " + MARKER
                + "; set -Dparseq.shared=/path/to/shared");
    }
}
