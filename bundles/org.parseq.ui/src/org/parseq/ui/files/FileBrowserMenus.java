package org.parseq.ui.files;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.parseq.io.tree.EntryKind;
import org.parseq.io.tree.TreeEntry;

/**
 * The browser's context menus: "Use as" on an HDF5 dataset or on a column of the preview
 * fills the format's field of the chosen array, so that a format is made by pointing at the
 * data rather than by typing their paths.
 */
final class FileBrowserMenus {

    private final FormatPanel format;

    private FileBrowserMenus(FormatPanel format) {
        this.format = format;
    }

    static void install(TreeViewer files, FilePreview preview, FormatPanel format, Runnable load) {
        FileBrowserMenus menus = new FileBrowserMenus(format);
        MenuManager tree = new MenuManager();
        tree.setRemoveAllWhenShown(true);
        tree.addMenuListener(menu -> menus.fillTree(menu, files, load));
        files.getTree().setMenu(tree.createContextMenu(files.getTree()));

        Table columns = preview.columns();
        MenuManager table = new MenuManager();
        table.setRemoveAllWhenShown(true);
        int[] column = {-1};
        columns.addListener(SWT.MenuDetect, event -> column[0] = preview.columnAt(event.x, event.y));
        table.addMenuListener(menu -> {
            if (column[0] >= 0) {
                menus.fillUseAs(menu, "Use Col" + column[0] + " as", "Col" + column[0]);
            }
        });
        columns.setMenu(table.createContextMenu(columns));
    }

    private void fillTree(IMenuManager menu, TreeViewer files, Runnable load) {
        List<?> selected = files.getStructuredSelection().toList();
        boolean loadable = selected.stream().anyMatch(e -> e instanceof TreeEntry entry
                && FileLoader.isLoadable(entry.kind()));
        menu.add(action("Load", loadable, load));
        if (selected.size() == 1 && selected.get(0) instanceof TreeEntry entry
                && entry.kind() == EntryKind.HDF5_DATASET) {
            fillUseAs(menu, "Use as", datasetSource(entry));
        }
    }

    private void fillUseAs(IMenuManager menu, String title, String source) {
        MenuManager useAs = new MenuManager(title);
        for (Map.Entry<String, String> array : format.sourceArrays()) {
            useAs.add(action(array.getValue(), true, () -> format.setSource(array.getKey(), source)));
        }
        menu.add(useAs);
    }

    /**
     * A dataset's path as a format names it: relative to its top-level group (the scan entry,
     * so that the same format reads every entry of the file), absolute at the top level.
     */
    static String datasetSource(TreeEntry dataset) {
        String location = dataset.location();
        String inner = location.substring(location.indexOf("::") + 2);
        String[] parts = inner.replaceAll("^/+", "").split("/");
        return parts.length >= 2 ? inner.replaceAll("^/+", "").substring(parts[0].length() + 1) : "/" + parts[0];
    }

    private static Action action(String text, boolean enabled, Runnable run) {
        return org.parseq.ui.controls.MenuActions.of(text, enabled, run);
    }
}
