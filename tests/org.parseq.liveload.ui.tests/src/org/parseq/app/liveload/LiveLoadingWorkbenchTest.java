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
import org.junit.jupiter.api.Test;
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

/**
 * "Load new data automatically" in the real workbench: the file browser watches a folder while
 * three Cu foils are written into it, the first in two halves with a pause; each foil becomes one
 * new item, in the order written, selected so the plots show it, and the first one's µd equals
 * that of the same foil loaded whole (so the half file was not taken). Switched off, a further file
 * is not loaded. Screenshots of the browser and the µd view are saved to look at.
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
    }

    private static byte[] content(Path folder, String foil) throws java.io.IOException {
        String text = Files.readString(folder.resolve(foil + ".dat"), StandardCharsets.ISO_8859_1);
        return (text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
