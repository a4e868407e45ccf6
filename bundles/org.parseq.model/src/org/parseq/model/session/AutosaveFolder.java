package org.parseq.model.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder where running workbenches keep copies of their unsaved sessions
 * ({@code ~/.parseq/autosave}). Each workbench writes only the file named by its own process
 * id, so that two workbenches open at once never overwrite each other's copy. A copy whose
 * process is no longer alive was left by a workbench that did not exit cleanly (a crash, a
 * kill, a power cut): it is an orphan, offered for recovery at the next start.
 */
public final class AutosaveFolder {

    private static final String PREFIX = "session-";
    private static final String SUFFIX = ".parseq.json";

    private final Path folder;

    public AutosaveFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The copy this process writes. */
    public Path own() {
        return fileOf(ProcessHandle.current().pid());
    }

    Path fileOf(long pid) {
        return folder.resolve(PREFIX + pid + SUFFIX);
    }

    /** A copy left by a process that is gone. */
    public record Orphan(Path file, long pid, FileTime modified) {
    }

    /** The copies of processes no longer alive, the newest first. */
    public List<Orphan> orphans() {
        List<Orphan> orphans = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return orphans;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                pidOf(file).filter(pid -> !isAlive(pid)).ifPresent(pid -> {
                    try {
                        orphans.add(new Orphan(file, pid, Files.getLastModifiedTime(file)));
                    } catch (IOException gone) {
                        // removed meanwhile by its owner or another workbench's recovery
                    }
                });
            }
        } catch (IOException unreadable) {
            return orphans;
        }
        orphans.sort(Comparator.comparing(Orphan::modified).reversed());
        return orphans;
    }

    /**
     * Takes an orphan over as this process's own copy, so that it stays on disk until the
     * recovered session is saved or the workbench exits cleanly.
     */
    public void adopt(Orphan orphan) throws IOException {
        Files.move(orphan.file(), own(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public void discard(Orphan orphan) throws IOException {
        Files.deleteIfExists(orphan.file());
    }

    private static Optional<Long> pidOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length())));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    private static boolean isAlive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
