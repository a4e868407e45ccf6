package org.parseq.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;
import org.parseq.io.athena.AthenaGroup;
import org.parseq.io.athena.AthenaProject;
import org.parseq.io.tree.FileKinds;

/**
 * One FILE argument of a batch run: a file, {@code file.h5::/entry} for an HDF5 entry, or
 * {@code project.prj::group} for a group of an Athena project (a project alone is all its
 * groups), and the alias its results are written under.
 *
 * @param argument as given on the command line, for messages
 * @param file     the file to read
 * @param entry    the HDF5 entry, or null
 * @param alias    unique in the run; the name of its output folder
 * @param map      for a spectrum of a map ({@code --map}), where it is in the map; else null
 */
record BatchInput(String argument, Path file, String entry, String alias, MapPixel map) {

    BatchInput(String argument, Path file, String entry, String alias) {
        this(argument, file, entry, alias, null);
    }

    static final String ENTRY_SEPARATOR = "::";

    /** Aliases are file names without extension ({@code <file base>/<entry>} for HDF5); repeats get " (2)", " (3)". */
    static List<BatchInput> of(List<String> arguments) throws UsageException {
        List<BatchInput> inputs = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String argument : arguments) {
            int separator = argument.indexOf(ENTRY_SEPARATOR);
            String fileText = separator < 0 ? argument : argument.substring(0, separator);
            String entry = separator < 0 ? null : argument.substring(separator + ENTRY_SEPARATOR.length());
            if (fileText.isBlank()) {
                throw new UsageException("FILE '" + argument + "' names no file");
            }
            if (entry != null && entry.replace("/", "").isBlank()) {
                throw new UsageException("FILE '" + argument + "' names no HDF5 entry after '::'");
            }
            Path file = Path.of(fileText);
            String base = baseName(file);
            if (entry == null && Files.isRegularFile(file) && FileKinds.isAthenaProject(file)) {
                // an Athena project is its groups, one item each
                for (String group : athenaGroups(argument, file)) {
                    inputs.add(new BatchInput(argument + ENTRY_SEPARATOR + group, file, group,
                            unique(base + "/" + group, seen)));
                }
                continue;
            }
            String alias = entry == null ? base : base + "/" + trimSlashes(entry);
            inputs.add(new BatchInput(argument, file, entry, unique(alias, seen)));
        }
        return inputs;
    }

    private static List<String> athenaGroups(String argument, Path file) throws UsageException {
        try {
            return AthenaProject.read(file).groups().stream().map(AthenaGroup::name).toList();
        } catch (DataFormatException e) {
            throw new UsageException("FILE '" + argument + "': " + e.getMessage());
        }
    }

    /** The alias, or with " (2)", " (3)", ... when it was given before. */
    static String unique(String alias, Map<String, Integer> seen) {
        int count = seen.merge(alias, 1, Integer::sum);
        return count == 1 ? alias : alias + " (" + count + ")";
    }

    /**
     * An item's alias as a folder inside the output folder: '/' makes sub-folders (as the
     * original's {@code 20230908s/entry1025}); parts that would leave the folder or name none
     * ({@code ..}, {@code .}, empty) and backslashes become '_'.
     */
    static String folderName(String alias) {
        List<String> parts = new ArrayList<>();
        for (String part : alias.replace('\\', '_').split("/", -1)) {
            parts.add(part.isBlank() || part.equals(".") || part.equals("..") ? "_" : part);
        }
        return String.join("/", parts);
    }

    private static String baseName(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String trimSlashes(String entry) {
        String trimmed = entry;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
