package org.parseq.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.parseq.io.DataFormatException;
import org.parseq.io.live.FormatScanReader;
import org.parseq.io.live.LiveLoadSettings;
import org.parseq.io.live.LiveLoader;
import org.parseq.io.live.LiveScan;
import org.parseq.io.tree.EntryKind;
import org.parseq.io.tree.FileTree;
import org.parseq.io.tree.TreeEntry;
import org.parseq.model.data.DataItem;
import org.parseq.ui.session.WorkbenchSession;

/**
 * "Load new data automatically" under the file browser: switches io's {@link LiveLoader} on the
 * browser's folder (or the HDF5 file selected in it) and loads what it passes on, every n-th new
 * scan whose x spans at least the minimum, with the current format at its node; the new items are
 * selected, so the node views draw them as they come. The watching itself is io's.
 */
public final class LiveLoadingControls {

    private final FileTreePart browser;
    private final WorkbenchSession workbench;
    private final Button toggle;
    private final Spinner everyNth;
    private final Text minXSpan;
    private final Label status;
    private LiveLoader loader;

    LiveLoadingControls(Composite parent, WorkbenchSession workbench, FileTreePart browser) {
        this.browser = browser;
        this.workbench = workbench;
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(4, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        toggle = new Button(row, SWT.CHECK);
        toggle.setText("Load new data automatically");
        toggle.setToolTipText("Watch the browser's folder (or the selected HDF5 file) and load each new scan with "
                + "the current format as it is written");
        toggle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        new Label(row, SWT.NONE).setText("    every n-th:");
        everyNth = new Spinner(row, SWT.BORDER);
        everyNth.setValues(1, 1, 1000, 0, 1, 10);
        everyNth.setToolTipText("Load only every n-th new scan");
        new Label(row, SWT.NONE).setText("min Δx");
        minXSpan = new Text(row, SWT.BORDER);
        minXSpan.setText("0");
        minXSpan.setToolTipText("Drop scans whose x spans less (a scan stopped early)");
        minXSpan.setLayoutData(new GridData(60, SWT.DEFAULT));
        status = new Label(row, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        toggle.addListener(SWT.Selection, event -> {
            if (toggle.getSelection()) {
                start();
            } else {
                stop("");
            }
        });
        row.addListener(SWT.Dispose, event -> stop(""));
    }

    private void start() {
        var problem = browser.format().problem();
        if (problem.isPresent()) {
            refuse("the data format is not complete: " + problem.get());
            return;
        }
        double span;
        try {
            span = Double.parseDouble(minXSpan.getText().trim());
        } catch (NumberFormatException e) {
            refuse("min Δx is not a number: " + minXSpan.getText());
            return;
        }
        Path location = location();
        if (location == null) {
            refuse("no folder shown in the browser");
            return;
        }
        String formatJson = browser.format().formatJson();
        String nodeId = browser.format().nodeId();
        List<String> patterns = List.of(browser.nameFilter().getText().trim().split("\\s+")).stream()
                .filter(p -> !p.isEmpty()).toList();
        Display display = toggle.getDisplay();
        LiveLoader.Listener listener = new LiveLoader.Listener() {
            @Override
            public void arrived(List<LiveScan> scans) {
                display.asyncExec(() -> load(scans, formatJson, nodeId));
            }

            @Override
            public void dropped(LiveScan scan, String reason) {
                display.asyncExec(() -> show("skipped " + scan.file().getFileName() + ": " + reason));
            }

            @Override
            public void problem(String message) {
                display.asyncExec(() -> show(message));
            }
        };
        try {
            LiveLoadSettings settings = LiveLoadSettings.of(location).withPatterns(patterns)
                    .withEveryNth(everyNth.getSelection()).withMinXSpan(span);
            loader = new LiveLoader(settings,
                    new FormatScanReader(browser.format().checker(), formatJson), listener).start();
        } catch (IOException | DataFormatException | IllegalArgumentException e) {
            refuse(e.getMessage());
            return;
        }
        everyNth.setEnabled(false);
        minXSpan.setEnabled(false);
        show("watching " + location.getFileName() + (loader.watchesEvents() ? "" : " (polling)"));
    }

    /** The HDF5 file selected in the browser, else the folder it shows. */
    private Path location() {
        Object selected = browser.viewer().getStructuredSelection().getFirstElement();
        if (selected instanceof TreeEntry entry && entry.kind() == EntryKind.HDF5_FILE) {
            return Path.of(entry.location());
        }
        TreeEntry root = browser.root();
        return root == null ? null : Path.of(root.location());
    }

    private void load(List<LiveScan> scans, String formatJson, String nodeId) {
        if (loader == null || toggle.isDisposed()) {
            return; // switched off meanwhile
        }
        List<TreeEntry> entries = new ArrayList<>();
        try (FileTree tree = new FileTree()) {
            for (LiveScan scan : scans) {
                TreeEntry entry = entryOf(tree, scan);
                if (entry != null) {
                    entries.add(entry);
                }
            }
            Set<DataItem> before = new HashSet<>(workbench.session().items());
            // as a load by hand: new items start from the selected item's parameters when the browser says so
            List<DataItem> selected = workbench.selection().items();
            DataItem template = browser.newItemsTakeSelected().getSelection() && !selected.isEmpty()
                    ? selected.get(0) : null;
            FileLoader.load(workbench, entries, nodeId, formatJson, template);
            List<DataItem> added = workbench.session().items().stream().filter(item -> !before.contains(item)).toList();
            if (!added.isEmpty()) {
                workbench.selection().select(added);
            }
        }
        TreeEntry root = browser.root();
        if (root != null && Files.isDirectory(Path.of(root.location()))
                && loader.settings().location().equals(Path.of(root.location()))) {
            browser.showFolder(loader.settings().location()); // the tree lists the new files too
        }
        show("loaded " + String.join(", ", scans.stream().map(s -> s.file().getFileName()
                + (s.entry() == null || s.entry().equals("/") ? "" : s.entry())).toList()));
    }

    private static TreeEntry entryOf(FileTree tree, LiveScan scan) {
        if (!Files.exists(scan.file())) {
            return null;
        }
        TreeEntry file = tree.entryFor(scan.file());
        if (scan.entry() == null || scan.entry().equals("/")) {
            return file;
        }
        for (TreeEntry child : file.children()) {
            if (child.location().endsWith("::" + scan.entry())) {
                return child;
            }
        }
        return null;
    }

    private void refuse(String why) {
        toggle.setSelection(false);
        show(why);
    }

    private void stop(String message) {
        if (loader != null) {
            loader.close();
            loader = null;
        }
        if (!everyNth.isDisposed()) {
            everyNth.setEnabled(true);
            minXSpan.setEnabled(true);
            show(message);
        }
    }

    private void show(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.setToolTipText(text);
            status.getParent().layout();
        }
    }

    public Button toggle() {
        return toggle;
    }

    public Spinner everyNth() {
        return everyNth;
    }

    public Text minXSpan() {
        return minXSpan;
    }

    public Label status() {
        return status;
    }
}
