package org.parseq.xes.tests;

import java.io.IOException;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.parseq.core.registry.ExampleContributions.ExampleGroup;
import org.parseq.core.registry.ExampleContributions.ExampleSet;

/**
 * The items an example set makes, by the rules the workbench opens it with (ui's ExampleData,
 * which this test fragment cannot reach): the files of the folder matching the set's glob, the
 * HDF5 entry after {@code ::}, an alias that is the file name without its extension, and each
 * file in the first group whose glob it matches.
 */
final class ExampleItems {

    /** One example item: its alias, its file, the HDF5 entry it loads (null for a whole file) and its group (or null). */
    record Item(String alias, Path file, String entry, String group) {
    }

    private static final String ENTRY_SEPARATOR = "::";

    private ExampleItems() {
    }

    /** The folder of an example set on disk, extracted from the bundle where that is a jar. */
    static Path folder(Bundle bundle, ExampleSet set) throws IOException {
        Enumeration<URL> entries = bundle.findEntries(set.folder(), "*", false);
        Path folder = null;
        while (entries != null && entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            if (!entry.getPath().endsWith("/")) {
                folder = Path.of(FileLocator.toFileURL(entry).getPath()).getParent();
            }
        }
        if (folder == null) {
            throw new IOException(bundle.getSymbolicName() + " has no files in " + set.folder());
        }
        return folder;
    }

    static List<Item> of(Path folder, ExampleSet set) throws IOException {
        String glob = set.files();
        String entry = null;
        int separator = glob.indexOf(ENTRY_SEPARATOR);
        if (separator >= 0) {
            entry = glob.substring(separator + ENTRY_SEPARATOR.length());
            glob = glob.substring(0, separator);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Item> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (matcher.matches(file.getFileName()) && !name.equals(set.format())) {
                    String alias = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                    items.add(new Item(alias, file, entry, group(file, set.groups())));
                }
            }
        }
        return items;
    }

    private static String group(Path file, List<ExampleGroup> groups) {
        for (ExampleGroup group : groups) {
            if (FileSystems.getDefault().getPathMatcher("glob:" + group.files()).matches(file.getFileName())) {
                return group.name();
            }
        }
        return null;
    }
}
