package org.parseq.app;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.osgi.framework.Bundle;
import org.parseq.model.DataCommands;
import org.parseq.model.Elements;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;
import org.parseq.ui.files.FileTreePart;
import org.parseq.ui.files.FormatDraft;
import org.parseq.ui.session.WorkbenchSession;

/**
 * The example data shipped with the product (bundle org.parseq.examples): opened when the
 * workbench starts without a project, so that a newcomer sees the pipeline work at once.
 */
final class ExampleData {

    static final String BUNDLE = "org.parseq.examples";
    static final String PROPERTY = "parseq.examples";

    private ExampleData() {
    }

    /**
     * The folder of a pipeline's examples, if the product has them. The product installs the
     * examples bundle as a folder; where it is a jar (e.g. in a test runtime) its files are
     * extracted, one by one, into the platform's cache, all in one folder.
     */
    static Optional<Path> folder(String pipelineId) {
        Bundle bundle = Platform.getBundle(BUNDLE);
        if (bundle == null) {
            return Optional.empty();
        }
        Enumeration<URL> entries = bundle.findEntries(pipelineId, "*", false);
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

    /** Loads the examples as a clean session (nothing to undo, nothing to save) and shows their folder. */
    static void open(WorkbenchSession workbench, EPartService parts) {
        if ("false".equals(System.getProperty(PROPERTY))) {
            return;
        }
        Session session = workbench.session();
        Optional<Path> folder = folder(session.pipeline().id());
        if (folder.isEmpty()) {
            return;
        }
        try (Stream<Path> files = Files.list(folder.get())) {
            List<Path> listing = files.sorted().toList();
            Optional<Path> formatFile = listing.stream().filter(p -> p.toString().endsWith(".format.json")).findFirst();
            if (formatFile.isEmpty()) {
                return;
            }
            String format = Files.readString(formatFile.get(), StandardCharsets.UTF_8);
            FormatDraft draft = FormatDraft.fromJson(format);
            List<DataItem> items = new ArrayList<>();
            for (Path file : listing) {
                if (file.toString().endsWith(".dat")) {
                    String name = file.getFileName().toString();
                    items.add(Elements.newItem(name.substring(0, name.lastIndexOf('.')), draft.node(), file.toString(),
                            null, format));
                }
            }
            session.execute(DataCommands.addItems(session.domain(), session.root(), session.root(), items));
            session.domain().getCommandStack().flush();
            workbench.markSaved();
            workbench.selection().select(items);
            MPart filesPart = parts.findPart("org.parseq.ui.part.files");
            if (filesPart != null && filesPart.getObject() instanceof FileTreePart browser) {
                browser.showFolder(folder.get());
                browser.format().show(draft);
            }
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("ParSeq: cannot open the example data in " + folder.get() + ": " + e.getMessage());
        }
    }
}
