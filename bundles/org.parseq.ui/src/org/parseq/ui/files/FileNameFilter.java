package org.parseq.ui.files;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.parseq.io.tree.EntryKind;
import org.parseq.io.tree.TreeEntry;

/**
 * The browser's name filter: glob patterns separated by blanks, commas or semicolons
 * ({@code *.dat *.fio}, {@code Cu*}); a file is shown when its name matches one of them, case
 * ignored. Folders and the insides of HDF5 and Athena files are always shown, so that a filter
 * for file names never hides where the data are.
 */
final class FileNameFilter extends ViewerFilter {

    private List<PathMatcher> patterns = List.of();

    /** Sets the patterns; blank text shows every file. Returns the patterns the text holds. */
    List<String> setPatterns(String text) {
        List<String> globs = new ArrayList<>();
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : text.strip().split("[\\s,;]+")) {
            if (glob.isEmpty()) {
                continue;
            }
            String pattern = glob.contains("*") || glob.contains("?") ? glob : "*" + glob + "*";
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.toLowerCase()));
                globs.add(pattern);
            } catch (IllegalArgumentException malformed) {
                // an unfinished pattern (an open bracket while typing) filters nothing yet
            }
        }
        patterns = List.copyOf(matchers);
        return globs;
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (patterns.isEmpty() || !(element instanceof TreeEntry entry) || !isFile(entry)) {
            return true;
        }
        Path name = Path.of(entry.name().toLowerCase());
        return patterns.stream().anyMatch(pattern -> pattern.matches(name));
    }

    private static boolean isFile(TreeEntry entry) {
        if (entry.location().contains("::")) {
            return false; // inside an HDF5 or Athena file
        }
        return entry.kind() != EntryKind.FOLDER;
    }
}
