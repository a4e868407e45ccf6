package org.parseq.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only shared folder of real data and reference results: {@code -Dparseq.shared}, else
 * the first ancestor of the working folder holding {@code shared/data} (a checkout has it beside it).
 */
public final class SharedData {

    private static final String MARKER = "shared/data/parseq-xas";

    private SharedData() {
    }

    public static Path folder() {
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
