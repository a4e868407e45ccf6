package org.parseq.model.session;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** How source paths are kept relative to a project and found again. */
public final class SourcePaths {

    private SourcePaths() {
    }

    /** Whether a location is a URI of a generator (e.g. {@code synthetic:...}) rather than a file path. */
    public static boolean isUri(String location) {
        int colon = location.indexOf(':');
        return colon > 1 && !location.startsWith("/") && location.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
    }

    /** A file path as given, or resolved against the base directory when relative. */
    public static String resolve(String location, Path baseDirectory) {
        if (baseDirectory == null || isUri(location)) {
            return location;
        }
        try {
            Path path = Path.of(location);
            return path.isAbsolute() ? location : baseDirectory.resolve(path).normalize().toString();
        } catch (InvalidPathException e) {
            return location;
        }
    }

    /** The path relative to a directory, or null if there is none (another drive, a URI). */
    public static String relativize(String location, Path directory) {
        if (location == null || isUri(location)) {
            return null;
        }
        try {
            Path path = Path.of(location).toAbsolutePath().normalize();
            return directory.toAbsolutePath().normalize().relativize(path).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The relative path resolved against the directory if that file exists, else the absolute path. */
    public static String locate(String relative, String absolute, Path directory) {
        if (relative != null) {
            Path candidate = directory.resolve(relative).normalize();
            if (Files.exists(candidate)) {
                return candidate.toString();
            }
        }
        return absolute != null ? absolute : relative == null ? null : directory.resolve(relative).toString();
    }
}
