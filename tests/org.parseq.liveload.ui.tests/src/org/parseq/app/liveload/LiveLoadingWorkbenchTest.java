package org.parseq.app.liveload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;
import org.parseq.io.tree.TreeEntry;
import org.parseq.core.engine.NodeResult;
import org.parseq.model.data.DataItem;
import org.parseq.ui.files.FileTreePart;
import org.parseq.ui.files.FormatDraft;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.ui.workbench.ExampleData;
import org.parseq.ui.workbench.PipelineCatalog;
import org.parseq.workbench.testsupport.UiDriver;
import org.parseq.workbench.testsupport.Widgets;
import org.parseq.workbench.testsupport.WorkbenchScenario;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

/**
 * "Load new data automatically" in the real workbench: the file browser watches a folder while
 * three Cu foils are written into it, the first in two halves with a pause; each foil becomes one
 * new item, in the order written, selected so the plots show it, and the first one's µd equals
 * that of the same foil loaded whole (so the half file was not taken). Switched off, a further file
 * is not loaded. Then an HDF5 file selected in the browser grows by entries: each new entry loads
 * once, in order, none from the file while it is half written. Screenshots of the browser and the
 * µd view are saved to look at.
 */
class LiveLoadingWorkbenchTest {

    private static final List<String> FOILS = List.of("Cu-foil_EXAFS_23068", "Cu-foil_EXAFS_23069",
            "Cu-foil_EXAFS_23070");

    @Test
    void scansWrittenIntoAWatchedFolderAppearOnceInOrder() throws Exception {
        WorkbenchScenario.run(List.of("-clearPersistedState", "--pipeline", "xas"),
                (ui, shell, context) -> scenario(ui, shell, context));
    }

    private void scenario(UiDriver ui, Shell shell, IEclipseContext context) throws Exception {
        WorkbenchSession workbench = context.get(WorkbenchSession.class);
        EPartService parts = context.get(EPartService.class);
        ui.waitUntil("the example foils", 60_000, () -> workbench.session().items().size() == 3);
        ui.waitForResults(workbench);
        List<DataItem> examples = List.copyOf(workbench.session().items());
        Path exampleFolder = ExampleData.folder(context.get(PipelineCatalog.class).examples().forPipeline("xas")
                .get(0)).orElseThrow(() -> new AssertionError("no example data installed"));

        Path measurement = Files.createTempDirectory("parseq-live");
        FileTreePart files = (FileTreePart) parts.findPart("org.parseq.ui.part.files").getObject();
        files.showFolder(measurement);
        files.format().show(FormatDraft.fromJson(
                Files.readString(exampleFolder.resolve("cu-foils.format.json"), StandardCharsets.UTF_8)));
        Button toggle = files.liveLoading().toggle();
        toggle.setSelection(true);
        toggle.notifyListeners(SWT.Selection, new Event());
        assertTrue(toggle.getSelection(), "watching: " + files.liveLoading().status().getText());

        // a writer that ends its lines; the first foil stops in the middle of a line for a while
        byte[] first = content(exampleFolder, FOILS.get(0));
        int cut = first.length / 2;
        while (first[cut - 1] == '\n') {
            cut++;
        }
        Path half = measurement.resolve(FOILS.get(0) + ".dat");
        Files.write(half, Arrays.copyOf(first, cut));
        ui.settle(2500);
        assertEquals(3, workbench.session().items().size(), "a half-written file is not loaded");
        Files.write(half, Arrays.copyOfRange(first, cut, first.length), StandardOpenOption.APPEND);
        for (String foil : FOILS.subList(1, FOILS.size())) {
            ui.settle(500);
            Files.write(measurement.resolve(foil + ".dat"), content(exampleFolder, foil));
        }
        ui.waitUntil("three new items", 60_000, () -> workbench.session().items().size() == 6);
        ui.waitForResults(workbench);
        ui.settle(2000);
        List<DataItem> items = workbench.session().items();
        assertEquals(6, items.size(), "each scan once");
        List<DataItem> added = items.subList(3, 6);
        // the same foils are loaded already as the example data: the new items are told apart by " (2)"
        assertEquals(FOILS.stream().map(foil -> foil + " (2)").toList(), added.stream().map(DataItem::getAlias).toList(),
                "in the order written");
        assertTrue(workbench.selection().items().contains(added.get(2)), "the newest scan is selected and drawn");
        for (int i = 0; i < FOILS.size(); i++) {
            NodeResult live = workbench.session().results().resultOrEmpty(added.get(i).getId(), "mu");
            NodeResult whole = workbench.session().results().resultOrEmpty(examples.get(i).getId(), "mu");
            assertEquals(FOILS.get(i), examples.get(i).getAlias());
            assertArrayEquals(whole.array("mu").orElseThrow(), live.array("mu").orElseThrow(),
                    FOILS.get(i) + ": as the complete file");
        }
        String status = files.liveLoading().status().getText();
        assertTrue(status.startsWith("loaded ") && status.contains(FOILS.get(2)), status);
        ui.screenshot(toggle.getParent().getParent(), "live-loading-browser");
        Widgets.showNode(parts, ui, "xas", "mu");
        ui.screenshot(shell, "live-loading-workbench");

        toggle.setSelection(false);
        toggle.notifyListeners(SWT.Selection, new Event());
        Files.write(measurement.resolve("Cu-foil_late.dat"), content(exampleFolder, FOILS.get(0)));
        ui.settle(4000);
        assertEquals(6, workbench.session().items().size(), "switched off: nothing more is loaded");
        assertFalse(toggle.getSelection());

        growingHdf5File(ui, workbench, files, added);
    }

    /**
     * An HDF5 file selected in the browser grows by entries (µd spectra of the foils just loaded):
     * the entries written after switching on load once each, in order; a moment when the file is
     * half written loads nothing.
     */
    private void growingHdf5File(UiDriver ui, WorkbenchSession workbench, FileTreePart files, List<DataItem> foils)
            throws Exception {
        List<double[][]> spectra = new java.util.ArrayList<>();
        for (DataItem foil : foils) {
            NodeResult mu = workbench.session().results().resultOrEmpty(foil.getId(), "mu");
            spectra.add(new double[][] {mu.array("e").orElseThrow(), mu.array("mu").orElseThrow()});
        }
        Path folder = Files.createTempDirectory("parseq-live-h5");
        Path file = folder.resolve("scans.h5");
        writeEntries(file, spectra.subList(0, 1));
        files.showFolder(folder);
        TreeEntry h5 = files.root().children().stream().filter(e -> e.name().equals("scans.h5")).findFirst()
                .orElseThrow();
        files.viewer().setSelection(new StructuredSelection(h5));
        files.format().show(FormatDraft.fromJson(
                "{\"node\": \"mu\", \"columns\": {\"e\": \"d[\\\"e\\\"]\", \"mu\": \"d[\\\"mu\\\"]\"}}"));
        Button toggle = files.liveLoading().toggle();
        toggle.setSelection(true);
        toggle.notifyListeners(SWT.Selection, new Event());
        assertTrue(toggle.getSelection(), "watching the file: " + files.liveLoading().status().getText());
        int before = workbench.session().items().size();

        writeEntries(file, spectra.subList(0, 2));
        byte[] three = writeEntries(folder.resolve("three.part"), spectra);
        Files.write(file, Arrays.copyOf(three, three.length / 2), StandardOpenOption.TRUNCATE_EXISTING);
        ui.settle(2500);
        ui.waitForResults(workbench);
        int midway = workbench.session().items().size();
        assertTrue(midway <= before + 1, "at most entry2, not from a half-written file: " + midway);
        Files.move(folder.resolve("three.part"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ui.waitUntil("entries 2 and 3", 30_000, () -> workbench.session().items().size() == before + 2);
        ui.waitForResults(workbench);
        ui.settle(1500);
        List<DataItem> items = workbench.session().items();
        assertEquals(before + 2, items.size(), "each entry once");
        assertEquals(List.of("scans/entry2", "scans/entry3"),
                items.subList(before, before + 2).stream().map(DataItem::getAlias).toList(), "in order");
        for (int i = 0; i < 2; i++) {
            NodeResult live = workbench.session().results().resultOrEmpty(items.get(before + i).getId(), "mu");
            assertArrayEquals(spectra.get(i + 1)[1], live.array("mu").orElseThrow(), "entry" + (i + 2));
        }
        toggle.setSelection(false);
        toggle.notifyListeners(SWT.Selection, new Event());
    }

    /** Entries entry1 … entryN with e and mu; written under another name and moved, as a writer would; returns the bytes. */
    private static byte[] writeEntries(Path file, List<double[][]> spectra) throws java.io.IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".writing");
        try (WritableHdfFile writer = HdfFile.write(partial)) {
            for (int i = 0; i < spectra.size(); i++) {
                WritableGroup entry = writer.putGroup("entry" + (i + 1));
                entry.putDataset("e", spectra.get(i)[0]);
                entry.putDataset("mu", spectra.get(i)[1]);
            }
        }
        byte[] bytes = Files.readAllBytes(partial);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return bytes;
    }

    private static byte[] content(Path folder, String foil) throws java.io.IOException {
        String text = Files.readString(folder.resolve(foil + ".dat"), StandardCharsets.ISO_8859_1);
        return (text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
