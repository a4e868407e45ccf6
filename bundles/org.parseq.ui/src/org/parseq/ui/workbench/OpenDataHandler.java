package org.parseq.ui.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.parseq.io.tree.FileTree;
import org.parseq.io.tree.TreeEntry;
import org.parseq.ui.files.FileTreePart;

/** File &gt; Open Data: loads chosen files with the data format of the file browser's panel. */
public class OpenDataHandler {

    static final String FILES_PART_ID = "org.parseq.ui.part.files";

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EPartService parts) {
        MPart part = parts.findPart(FILES_PART_ID);
        if (part == null) {
            return;
        }
        parts.showPart(part, EPartService.PartState.VISIBLE);
        if (!(part.getObject() instanceof FileTreePart browser)) {
            return;
        }
        var problem = browser.format().problem();
        if (problem.isPresent()) {
            MessageDialog.openInformation(shell, "Open Data", "First say how to read the files in the data format "
                    + "panel below the file browser (or pick a saved format).\n\n" + problem.get());
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Open Data");
        if (browser.root() != null) {
            dialog.setFilterPath(browser.root().location());
        }
        if (dialog.open() == null) {
            return;
        }
        List<TreeEntry> entries = new ArrayList<>();
        try (FileTree files = new FileTree()) {
            for (String name : dialog.getFileNames()) {
                entries.add(files.entryFor(Path.of(dialog.getFilterPath(), name)));
            }
            browser.loadAsked(entries);
        }
    }
}
