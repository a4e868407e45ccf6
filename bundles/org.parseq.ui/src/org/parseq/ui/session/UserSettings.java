package org.parseq.ui.session;

import java.nio.file.Path;

/**
 * Where a user's own settings live: {@code ~/.parseq}, or the folder named by
 * {@code -Dparseq.userDir} (tests and portable installations). Kept outside the workspace so
 * that they survive a reinstall.
 */
public final class UserSettings {

    private UserSettings() {
    }

    public static Path folder() {
        String userDir = System.getProperty("parseq.userDir");
        return userDir != null ? Path.of(userDir) : Path.of(System.getProperty("user.home"), ".parseq");
    }

    /** The named data formats, one JSON file each. */
    public static Path formats() {
        return folder().resolve("formats");
    }
}
