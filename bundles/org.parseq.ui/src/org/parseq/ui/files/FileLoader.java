package org.parseq.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parseq.io.source.SourceParameters;
import org.parseq.io.tree.EntryKind;
import org.parseq.io.tree.TreeEntry;
import org.parseq.model.DataCommands;
import org.parseq.model.Elements;
import org.parseq.model.data.DataItem;
import org.parseq.ui.session.WorkbenchSession;

/** Loads files and container entries as items, with a data format, as one undoable edit. */
public final class FileLoader {

    private FileLoader() {
    }

    /**
     * @param formatJson the FORMAT.json text; its node is where the data enter
     * @return the items added, empty if there was nothing loadable
     */
    public static List<DataItem> load(WorkbenchSession workbench, List<TreeEntry> entries, String nodeId,
            String formatJson) {
        return load(workbench, entries, nodeId, formatJson, List.of());
    }

    /**
     * @param template an item whose parameters the new items start with (null: the defaults);
     *                 values the data carry themselves still win
     */
    public static List<DataItem> load(WorkbenchSession workbench, List<TreeEntry> entries, String nodeId,
            String formatJson, DataItem template) {
        return load(workbench, entries, nodeId, formatJson,
                template == null ? List.of() : List.copyOf(template.getParameters()));
    }

    /**
     * @param startingValues the parameters the new items start with (an item's, or the user's own
     *                       defaults); values the data carry themselves still win
     */
    public static List<DataItem> load(WorkbenchSession workbench, List<TreeEntry> entries, String nodeId,
            String formatJson, List<org.parseq.model.data.ParameterValue> startingValues) {
        List<DataItem> items = new ArrayList<>();
        var pipeline = workbench.session().pipeline();
        for (TreeEntry entry : entries) {
            if (!isLoadable(entry.kind())) {
                continue;
            }
            String file = fileOf(entry);
            String inner = innerOf(entry);
            // an Athena group is known by the label the user gave it there
            String alias = entry.kind() == EntryKind.ATHENA_GROUP ? entry.name() : alias(file, inner);
            DataItem item = Elements.newItem(alias, nodeId, file, inner, formatJson);
            item.getParameters().addAll(EcoreUtil.copyAll(startingValues));
            item.setColourTag(switch (entry.kind()) {
                case HDF5_FILE, HDF5_GROUP -> org.parseq.model.ColourTags.HDF5;
                case TEXT_FILE, SPEC_FILE -> org.parseq.model.ColourTags.COLUMN_FILE;
                default -> 0;
            });
            // values the data carry (an Athena group's E0 and ranges) start the item where the user left it
            SourceParameters.forPipeline(pipeline, entry.suggestedParameters()).forEach((name, value) -> {
                item.getParameters().removeIf(parameter -> parameter.getName().equals(name));
                item.getParameters().add(Elements.newParameter(name, value));
            });
            items.add(item);
        }
        if (!items.isEmpty()) {
            var session = workbench.session();
            session.execute(DataCommands.addItems(session.domain(), session.root(), session.root(), items));
        }
        return items;
    }

    /** The entries among these whose file (and container path) an item of the session already reads. */
    public static List<TreeEntry> alreadyLoaded(WorkbenchSession workbench, List<TreeEntry> entries) {
        java.util.Set<String> loaded = new java.util.HashSet<>();
        for (DataItem item : workbench.session().items()) {
            if (item.getSource() != null && item.getSource().getLocation() != null) {
                loaded.add(sourceKey(item.getSource().getLocation(), item.getSource().getContainerPath()));
            }
        }
        return entries.stream().filter(e -> isLoadable(e.kind()))
                .filter(e -> loaded.contains(sourceKey(fileOf(e), innerOf(e)))).toList();
    }

    private static String sourceKey(String file, String inner) {
        String normalised = Path.of(file).toAbsolutePath().normalize().toString();
        return normalised + "::" + (inner == null || inner.isBlank() ? "/" : inner);
    }

    private static String fileOf(TreeEntry entry) {
        String location = entry.location();
        int container = location.indexOf("::");
        return container < 0 ? location : location.substring(0, container);
    }

    private static String innerOf(TreeEntry entry) {
        String location = entry.location();
        int container = location.indexOf("::");
        return container < 0 ? (entry.kind() == EntryKind.HDF5_FILE ? "/" : null) : location.substring(container + 2);
    }

    /**
     * What makes an item: a column file (a SPEC file is read as one), an HDF5 file or group as
     * an entry whose datasets the format names, an Athena group. Folders, single datasets, SPEC
     * scans, Athena projects as a whole (their groups are the items) and broken
     * or unreadable entries do not.
     */
    static boolean isLoadable(EntryKind kind) {
        return switch (kind) {
            case TEXT_FILE, SPEC_FILE, HDF5_FILE, HDF5_GROUP, ATHENA_GROUP -> true;
            case FOLDER, HDF5_DATASET, SPEC_SCAN, ATHENA_PROJECT, BROKEN_LINK, UNREADABLE -> false;
        };
    }

    /** File name without extension; for an HDF5 entry "file/entry" as the original names it. */
    static String alias(String file, String inner) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return inner == null || inner.isBlank() || inner.equals("/") ? base : base + inner;
    }
}
