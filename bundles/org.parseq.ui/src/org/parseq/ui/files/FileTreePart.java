package org.parseq.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Text;
import org.parseq.io.tree.EntryKind;
import org.parseq.io.tree.FileTree;
import org.parseq.io.tree.Loadability;
import org.parseq.io.tree.TreeEntry;
import org.parseq.ui.session.WorkbenchSession;

/**
 * The file browser: folders, files, and HDF5 files as folders, loaded lazily; entries the
 * current data format can load in green, others that it cannot in red with the reason as
 * tooltip. Double-click, the Load button, or a drag onto the data tree loads the selected
 * entries at the format's node. Below it, the format panel and a preview of the file's
 * first lines.
 */
public class FileTreePart {

    /** Files whose loadability is checked in the background per folder, at most. */
    private static final int CHECKED_PER_FOLDER = 200;

    private WorkbenchSession workbench;
    private FileTree files;
    private TreeViewer viewer;
    private Text folder;
    private Button takeSelected;
    private FilePreview preview;
    private FormatPanel format;
    private NamedFormatBar namedFormats;
    private Text nameFilter;
    private LiveLoadingControls liveLoading;
    private AutomaticFormat automatic;
    private final FileNameFilter names = new FileNameFilter();
    private final Map<TreeEntry, Loadability> loadability = new ConcurrentHashMap<>();

    @PostConstruct
    public void createControls(Composite parent, WorkbenchSession session) {
        this.workbench = session;
        this.files = new FileTree();
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(3, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        folder = new Text(top, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folder.addListener(SWT.DefaultSelection, event -> showFolder(Path.of(folder.getText())));
        button(top, "Browse\u2026", () -> {
            DirectoryDialog dialog = new DirectoryDialog(parent.getShell());
            dialog.setFilterPath(folder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                showFolder(Path.of(chosen));
            }
        });
        button(top, "Load", this::loadSelected);
        nameFilter = new Text(top, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        nameFilter.setMessage("Show files named, e.g. *.dat *.fio");
        nameFilter.setToolTipText("Glob patterns separated by blanks; folders and the insides of HDF5 files are always shown");
        nameFilter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        nameFilter.addListener(SWT.Modify, event -> {
            names.setPatterns(nameFilter.getText());
            viewer.refresh(false);
        });
        button(top, "Last Data Folder", () -> org.parseq.ui.session.Preferences.ofUser().lastDataFolder()
                .ifPresent(this::showFolder));
        takeSelected = new Button(parent, SWT.CHECK);
        takeSelected.setText("New items take the parameters of the selected item");
        takeSelected.setToolTipText("On: a new scan starts with what was tuned on the item selected in the data tree "
                + "(values its file carries, such as an Athena E0, still win). Off: it starts with your own defaults "
                + "(data tree menu \u203a Keep as my defaults), or the program's if you have none.");
        takeSelected.setSelection(org.parseq.ui.session.Preferences.ofUser().newItemsTakeSelectedParameters());
        takeSelected.addListener(SWT.Selection, event -> {
            try {
                org.parseq.ui.session.Preferences.ofUser().setNewItemsTakeSelectedParameters(takeSelected.getSelection());
            } catch (java.io.IOException e) {
                org.eclipse.jface.dialogs.MessageDialog.openError(parent.getShell(), "Preferences",
                        "Cannot keep this choice for later sessions: " + e.getMessage());
            }
        });

        liveLoading = new LiveLoadingControls(parent, session, this);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer = new TreeViewer(sash, SWT.MULTI | SWT.BORDER);
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new Labels());
        viewer.addFilter(names);
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addDoubleClickListener(event -> loadSelected());
        viewer.addSelectionChangedListener(event -> showPreview());
        viewer.addTreeListener(new org.eclipse.jface.viewers.ITreeViewerListener() {
            @Override
            public void treeExpanded(org.eclipse.jface.viewers.TreeExpansionEvent event) {
                checkLoadability(((TreeEntry) event.getElement()).children());
            }

            @Override
            public void treeCollapsed(org.eclipse.jface.viewers.TreeExpansionEvent event) {
            }
        });
        viewer.addDragSupport(DND.DROP_COPY | DND.DROP_MOVE, new Transfer[] {LocalSelectionTransfer.getTransfer()},
                new DragSourceAdapter() {
                    @Override
                    public void dragStart(DragSourceEvent event) {
                        LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
                    }
                });
        // the format panel scrolls rather than squeezing its fields to nothing in a small view
        org.eclipse.swt.custom.ScrolledComposite formatScroller = new org.eclipse.swt.custom.ScrolledComposite(sash,
                SWT.V_SCROLL | SWT.H_SCROLL);
        Composite bottom = new Composite(formatScroller, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        NamedFormatBar saved = new NamedFormatBar(bottom,
                new org.parseq.io.source.NamedFormats(org.parseq.ui.session.UserSettings.formats()), null);
        saved.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        format = new FormatPanel(bottom, session.session().pipeline());
        format.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        automatic = new AutomaticFormat(bottom, format);
        automatic.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        saved.attach(format);
        namedFormats = saved;
        formatScroller.setContent(bottom);
        formatScroller.setExpandHorizontal(true);
        formatScroller.setExpandVertical(true);
        Runnable fitFormat = () -> formatScroller.setMinSize(bottom.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        fitFormat.run();
        format.onChange(panel -> {
            fitFormat.run();
            showPreview();
            loadability.clear();
            if (viewer.getInput() instanceof TreeEntry root) {
                checkLoadability(root.children());
            }
        });
        preview = new FilePreview(sash);
        sash.setWeights(3, 5, 3);
        FileBrowserMenus.install(viewer, preview, format, this::loadSelected);
        session.setFileLoader(this::loadAsked);
        showFolder(org.parseq.ui.session.Preferences.ofUser().lastDataFolder()
                .orElse(Path.of(System.getProperty("user.home"))));
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
    }

    /** Shows a folder as the tree's root. */
    public void showFolder(Path path) {
        if (!Files.isDirectory(path)) {
            folder.setBackground(folder.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
            folder.setToolTipText(path + " is not a folder");
            return;
        }
        folder.setBackground(null);
        folder.setToolTipText(null);
        folder.setText(path.toAbsolutePath().toString());
        TreeEntry root = files.entryFor(path);
        viewer.setInput(root);
        checkLoadability(root.children());
    }

    /** A new session may be of another pipeline: the format panel offers its nodes. */
    @jakarta.inject.Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void sessionReplaced(
            @org.eclipse.e4.ui.di.UIEventTopic(org.parseq.ui.session.ParseqEvents.SESSION_REPLACED) WorkbenchSession session) {
        if (format != null && !format.isDisposed() && !format.pipeline().equals(session.session().pipeline())) {
            format.setPipeline(session.session().pipeline());
        }
    }

    public FormatPanel format() {
        return format;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** The column preview of the selected file, for tests. */
    public org.eclipse.swt.widgets.Table columnPreview() {
        return preview.columns();
    }

    /** The entry of the tree's root, for tests and scripts. */
    public TreeEntry root() {
        return (TreeEntry) viewer.getInput();
    }

    /** Loads the selected entries with the current format, as {@link #loadAsked} does. */
    public void loadSelected() {
        List<TreeEntry> entries = viewer.getStructuredSelection().toList().stream()
                .filter(TreeEntry.class::isInstance).map(TreeEntry.class::cast).toList();
        loadAsked(entries);
    }

    /**
     * Loads what a user asked for (double-click, Load, a drag, File &gt; Open Data): entries the
     * format cannot read are refused with the reader's reason, and entries already loaded are
     * loaded again only if the user says so.
     */
    public void loadAsked(List<TreeEntry> entries) {
        var shell = viewer.getControl().getShell();
        var formatProblem = format.problem();
        if (formatProblem.isPresent()) {
            org.eclipse.jface.dialogs.MessageDialog.openError(shell, "Load Data",
                    "The data format is not complete: " + formatProblem.get());
            return;
        }
        List<String> refused = new java.util.ArrayList<>();
        List<TreeEntry> readable = new java.util.ArrayList<>();
        for (TreeEntry entry : entries) {
            String reason = refusal(entry);
            if (reason != null) {
                refused.add(entry.name() + ": " + reason);
            } else if (FileLoader.isLoadable(entry.kind())) {
                readable.add(entry);
            }
        }
        if (!refused.isEmpty()) {
            org.eclipse.jface.dialogs.MessageDialog.openError(shell, "Load Data",
                    (refused.size() == 1 ? "This cannot be loaded with the current data format:\n\n"
                            : "These cannot be loaded with the current data format:\n\n")
                            + String.join("\n", refused.stream().limit(12).toList())
                            + (refused.size() > 12 ? "\n\u2026 and " + (refused.size() - 12) + " more" : "")
                            + (readable.isEmpty() ? "" : "\n\nThe other " + readable.size() + " will be loaded."));
        }
        List<TreeEntry> again = FileLoader.alreadyLoaded(workbench, readable);
        if (!again.isEmpty()) {
            String names = String.join(", ", again.stream().limit(6).map(TreeEntry::name).toList())
                    + (again.size() > 6 ? ", \u2026" : "");
            int answer = new org.eclipse.jface.dialogs.MessageDialog(shell, "Load Data", null,
                    (again.size() == 1 ? names + " is already loaded." : again.size() + " of these are already loaded: "
                            + names + ".") + " Load another copy?",
                    org.eclipse.jface.dialogs.MessageDialog.QUESTION, 1, "Load &Again", "&Skip Them", "&Cancel").open();
            if (answer == 0) {
                // loaded again as the user wishes
            } else if (answer == 1) {
                readable.removeAll(again);
            } else {
                return;
            }
        }
        load(readable);
    }

    /** Why the current format cannot load an entry (the reader's reason), or null if it can. */
    private String refusal(TreeEntry entry) {
        if (entry.kind() == EntryKind.UNREADABLE || entry.kind() == EntryKind.BROKEN_LINK) {
            return entry.problem() != null ? entry.problem() : "it cannot be read";
        }
        if (!FileLoader.isLoadable(entry.kind())) {
            return null;
        }
        Loadability verdict = loadability.get(entry);
        if (verdict == null) {
            try {
                verdict = entry.canLoad(format.checker().entryFormat(format.formatJson(), "the data format").format());
            } catch (org.parseq.io.DataFormatException e) {
                return e.getMessage();
            }
            loadability.put(entry, verdict);
        }
        return verdict.loadable() ? null : verdict.reason();
    }

    /** Loads entries with the current format, as one undoable edit, without asking (for scripts and tests). */
    public void load(List<TreeEntry> entries) {
        format.problem().ifPresentOrElse(
                problem -> org.eclipse.jface.dialogs.MessageDialog.openError(viewer.getControl().getShell(),
                        "Load Data", "The data format is not complete: " + problem),
                () -> {
                    if (!FileLoader.load(workbench, entries, format.nodeId(), format.formatJson(), startingValues())
                            .isEmpty()) {
                        rememberDataFolder(entries.get(0));
                    }
                });
    }

    /** The folder of what was loaded is where the browser opens next time ("Last Data Folder"). */
    private void rememberDataFolder(TreeEntry loaded) {
        String location = loaded.location();
        int container = location.indexOf("::");
        Path parent = Path.of(container < 0 ? location : location.substring(0, container)).toAbsolutePath().getParent();
        if (parent != null) {
            try {
                org.parseq.ui.session.Preferences.ofUser().setLastDataFolder(parent);
            } catch (java.io.IOException e) {
                // the folder is a convenience: a preferences file that cannot be written costs nothing else
            }
        }
    }

    /**
     * Fills the format from the selected column file's header, as the "Automatic Format"
     * button does; returns the line it shows (what it found, or why it could not).
     */
    public String automaticFormat() {
        return automatic.guess(format);
    }

    /** "Load new data automatically" and its settings, under the browser's buttons. */
    public LiveLoadingControls liveLoading() {
        return liveLoading;
    }

    /** The name filter field above the tree. */
    public Text nameFilter() {
        return nameFilter;
    }

    /** The metadata panel of the preview (header lines, HDF5 attributes), for tests. */
    public Text metadataPanel() {
        return preview.metadata();
    }

    /** The check "New items take the parameters of the selected item". */
    public Button newItemsTakeSelected() {
        return takeSelected;
    }

    /**
     * The parameters new items start with: those of the first selected item if the user wants
     * that, else the user's own defaults for the pipeline (none: the program's defaults).
     */
    private List<org.parseq.model.data.ParameterValue> startingValues() {
        List<org.parseq.model.data.DataItem> selected = workbench.selection().items();
        if (takeSelected.getSelection() && !selected.isEmpty()) {
            return List.copyOf(selected.get(0).getParameters());
        }
        var own = new org.parseq.model.session.UserDefaults(org.parseq.ui.session.UserSettings.folder())
                .read(workbench.session().pipeline());
        if (!own.problems().isEmpty()) {
            org.eclipse.jface.dialogs.MessageDialog.openWarning(viewer.getControl().getShell(), "Load Data",
                    "Some of your default parameters cannot be used:\n\n" + String.join("\n", own.problems()));
        }
        return own.values();
    }

    private void showPreview() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        namedFormats.recognise(selected instanceof TreeEntry entry ? entry : null);
        // a SPEC file is a column file too
        boolean text = selected instanceof TreeEntry entry
                && (entry.kind() == EntryKind.TEXT_FILE || entry.kind() == EntryKind.SPEC_FILE);
        preview.showMetadata(selected instanceof TreeEntry entry ? entry.metadata() : List.of(), text);
        automatic.setFile(text ? Path.of(((TreeEntry) selected).location()) : null);
        preview.show(text ? Path.of(((TreeEntry) selected).location()) : null, format.commentCharacters(),
                format.skippedRows());
    }

    /** Finds, in the background, which of these entries the current format loads. */
    private void checkLoadability(List<TreeEntry> entries) {
        String formatJson = format.formatJson();
        boolean formatValid = format.problem().isEmpty();
        Job job = Job.create("Checking which files the format loads", monitor -> {
            if (formatValid) {
                org.parseq.io.format.DataFormat dataFormat;
                try {
                    dataFormat = format.checker().entryFormat(formatJson, "the data format").format();
                } catch (org.parseq.io.DataFormatException e) {
                    return Status.OK_STATUS;
                }
                entries.stream().filter(e -> FileLoader.isLoadable(e.kind()))
                        .limit(CHECKED_PER_FOLDER).forEach(entry -> {
                            if (!monitor.isCanceled()) {
                                loadability.put(entry, entry.canLoad(dataFormat));
                            }
                        });
            }
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh(true);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Whether the current format loads an entry, once checked. */
    public Loadability loadabilityOf(TreeEntry entry) {
        return loadability.get(entry);
    }

    @PreDestroy
    void dispose() {
        if (files != null) {
            files.close();
        }
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof TreeEntry root ? root.children().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((TreeEntry) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            TreeEntry entry = (TreeEntry) element;
            return entry.kind().isContainerOrFolder() && (!entry.isExpanded() || !entry.children().isEmpty());
        }
    }

    private final class Labels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            TreeEntry entry = (TreeEntry) element;
            return switch (entry.kind()) {
                case BROKEN_LINK -> entry.name() + "  (broken link)";
                case UNREADABLE -> entry.name() + "  (unreadable)";
                default -> entry.name();
            };
        }

        @Override
        public Color getForeground(Object element) {
            TreeEntry entry = (TreeEntry) element;
            Loadability verdict = loadability.get(entry);
            if (entry.kind() == EntryKind.BROKEN_LINK || entry.kind() == EntryKind.UNREADABLE) {
                return viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
            }
            if (verdict == null) {
                return null;
            }
            return viewer.getControl().getDisplay()
                    .getSystemColor(verdict.loadable() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED);
        }

        @Override
        public String getToolTipText(Object element) {
            TreeEntry entry = (TreeEntry) element;
            if (entry.problem() != null) {
                return entry.problem();
            }
            Loadability verdict = loadability.get(entry);
            return verdict == null ? entry.location()
                    : verdict.loadable() ? "loads with the current format" : verdict.reason();
        }
    }
}
