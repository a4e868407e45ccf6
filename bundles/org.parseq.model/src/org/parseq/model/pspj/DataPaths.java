package org.parseq.model.pspj;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Finds an item's data file as the original does (parseq-behaviour.md §14.3): the path relative
 * to the project's folder first, then the absolute one. HDF5 locations are written
 * {@code silx:<file>::/<entry>}. The absolute paths of projects saved on Windows
 * ({@code c:/ParSeq/...}) cannot exist elsewhere and are only named in the reason.
 */
final class DataPaths {

    /**
     * @param location      the file found (absolute), or the relative path resolved against the
     *                      project's folder when none was found
     * @param containerPath the HDF5 entry, or null
     * @param missing       why no file was found, or null
     */
    record Located(String location, String containerPath, String missing) {
    }

    private DataPaths() {
    }

    /**
     * @param relative  {@code madeOf_relative}, or null
     * @param absolute  {@code madeOf}, or null
     * @param directory the project's folder
     */
    static Located locate(String relative, String absolute, Path directory) {
        String[] relativeParts = split(relative);
        String[] absoluteParts = split(absolute);
        String entry = relativeParts != null ? relativeParts[1] : absoluteParts != null ? absoluteParts[1] : null;
        Path tried = null;
        if (relativeParts != null) {
            tried = resolve(relativeParts[0], directory);
            if (tried != null && Files.isRegularFile(tried)) {
                return new Located(tried.toString(), relativeParts[1], null);
            }
        }
        if (absoluteParts != null && !isForeignAbsolute(absoluteParts[0])) {
            Path path = resolve(absoluteParts[0], directory);
            if (path != null && Files.isRegularFile(path)) {
                return new Located(path.toString(), absoluteParts[1], null);
            }
            if (tried == null) {
                tried = path;
            }
        }
        StringBuilder reason = new StringBuilder("data file not found");
        if (relativeParts != null) {
            reason.append(": ").append(tried != null ? tried : relativeParts[0]).append(" (")
                    .append(relativeParts[0]).append(" relative to the project)");
        }
        if (absoluteParts != null) {
            reason.append(relativeParts != null ? ", nor " : ": ").append(absoluteParts[0])
                    .append(isForeignAbsolute(absoluteParts[0]) ? " (a Windows path)" : "");
        }
        String location = tried != null ? tried.toString() : absoluteParts != null ? absoluteParts[0] : null;
        return new Located(location, entry, reason.toString());
    }

    /** {file, entry or null}; null for no path. */
    private static String[] split(String madeOf) {
        if (madeOf == null || madeOf.isBlank()) {
            return null;
        }
        String text = madeOf.strip();
        if (text.startsWith("silx:")) {
            text = text.substring("silx:".length());
        }
        int separator = text.indexOf("::");
        String file = separator < 0 ? text : text.substring(0, separator);
        String entry = separator < 0 ? null : text.substring(separator + 2);
        if (entry != null && !entry.startsWith("/")) {
            entry = "/" + entry;
        }
        if (File.separatorChar == '/') {
            file = file.replace('\\', '/');
        }
        return new String[] {file, entry == null || entry.equals("/") ? null : entry};
    }

    private static Path resolve(String file, Path directory) {
        try {
            return directory.resolve(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A drive-letter or UNC path on a system where such paths are not absolute. */
    private static boolean isForeignAbsolute(String file) {
        return File.separatorChar == '/' && (file.matches("[A-Za-z]:[/\\\\].*") || file.startsWith("//"));
    }
}
