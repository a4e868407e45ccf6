package org.parseq.ui.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The projects opened or saved last, newest first, kept in {@code ~/.parseq/recent-projects.txt}
 * (or the folder of {@code -Dparseq.userDir}) so that they survive a reinstall.
 */
final class RecentProjects {

    static final int KEPT = 8;

    private RecentProjects() {
    }

    static Path store() {
        return org.parseq.ui.session.UserSettings.folder().resolve("recent-projects.txt");
    }

    static List<Path> list() {
        try {
            return Files.readAllLines(store()).stream().filter(line -> !line.isBlank()).map(Path::of)
                    .filter(Files::exists).limit(KEPT).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static void add(Path project) {
        List<Path> projects = new ArrayList<>(list());
        Path absolute = project.toAbsolutePath().normalize();
        projects.remove(absolute);
        projects.add(0, absolute);
        try {
            Files.createDirectories(store().getParent());
            Path temporary = store().resolveSibling("recent-projects.txt.saving");
            Files.write(temporary, projects.stream().limit(KEPT).map(Path::toString).toList());
            Files.move(temporary, store(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("ParSeq: cannot remember recent projects in " + store() + ": " + e.getMessage());
        }
    }
}
