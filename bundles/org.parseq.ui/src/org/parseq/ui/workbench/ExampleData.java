package org.parseq.ui.workbench;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.parseq.core.registry.ExampleContributions.ExampleGroup;
import org.parseq.core.registry.ExampleContributions.ExampleSet;
import org.parseq.model.DataCommands;
import org.parseq.model.Elements;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;
import org.parseq.ui.files.FileTreePart;
import org.parseq.ui.files.FormatDraft;
import org.parseq.ui.session.WorkbenchSession;

/**
 * The example data a pipeline bundle ships (extension point {@code org.parseq.core.examples}):
 * opened when the workbench starts on that pipeline without a project, so that a newcomer sees
 * it work at once.
 */
public final class ExampleData {

    /** {@code -Dparseq.examples=false} starts with an empty session instead. */
    static final String PROPERTY = "parseq.examples";
    /** Separates a file glob from the HDF5 entry to load of each file, as in {@code *.h5::/entry}. */
    static final String ENTRY_SEPARATOR = "::";

    private ExampleData() {
    }

    /**
     * The folder of an example set on disk. Where the bundle is a jar (e.g. in a test runtime) its
     * files are extracted, one by one, into the platform's cache, all in one folder.
     */
    public static Optional<Path> folder(ExampleSet set) {
        Bundle bundle = Platform.getBundle(set.bundle());
        if (bundle == null) {
            return Optional.empty();
        }
        Enumeration<URL> entries = bundle.findEntries(set.folder(), "*", false);
        Path folder = null;
        try {
            while (entries != null && entries.hasMoreElements()) {
                URL entry = entries.nextElement();
                if (!entry.getPath().endsWith("/")) {
                    folder = Path.of(FileLocator.toFileURL(entry).getPath()).getParent();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(folder).filter(Files::isDirectory);
    }

    /** Loads a pipeline's first example set as a clean session (nothing to undo, nothing to save). */
    static void open(WorkbenchSession workbench, PipelineCatalog catalog, FileTreePart browser) {
        if ("false".equals(System.getProperty(PROPERTY))) {
            return;
        }
        Session session = workbench.session();
        List<ExampleSet> sets = catalog.examples().forPipeline(session.pipeline().id());
        if (sets.isEmpty()) {
            return;
        }
        ExampleSet set = sets.get(0);
        Optional<Path> folder = folder(set);
        if (folder.isEmpty()) {
            System.err.println("ParSeq: the example data of " + set.bundle() + " (" + set.folder() + ") are missing");
            return;
        }
        try {
            String format = Files.readString(folder.get().resolve(set.format()), StandardCharsets.UTF_8);
            FormatDraft draft = FormatDraft.fromJson(format);
            List<DataItem> items = items(folder.get(), set, draft.node(), format);
            session.execute(DataCommands.addItems(session.domain(), session.root(), session.root(), items));
            for (ExampleGroup group : set.groups()) {
                PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + group.files());
                List<DataItem> members = items.stream()
                        .filter(item -> matcher.matches(Path.of(item.getSource().getLocation()).getFileName())).toList();
                if (!members.isEmpty()) {
                    session.execute(DataCommands.group(session.domain(), session.root(), members, group.name()));
                }
            }
            session.domain().getCommandStack().flush();
            workbench.markSaved();
            workbench.selection().select(items);
            if (browser != null) {
                browser.showFolder(folder.get());
                browser.format().show(draft);
            }
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("ParSeq: cannot open the example data in " + folder.get() + ": " + e.getMessage());
        }
    }

    private static List<DataItem> items(Path folder, ExampleSet set, String node, String format) throws IOException {
        String glob = set.files();
        String entry = null;
        int separator = glob.indexOf(ENTRY_SEPARATOR);
        if (separator >= 0) {
            entry = glob.substring(separator + ENTRY_SEPARATOR.length());
            glob = glob.substring(0, separator);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<DataItem> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (matcher.matches(file.getFileName()) && !name.equals(set.format())) {
                    String alias = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                    items.add(Elements.newItem(alias, node, file.toString(), entry, format));
                }
            }
        }
        return items;
    }
}
