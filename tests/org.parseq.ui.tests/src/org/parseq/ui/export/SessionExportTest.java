package org.parseq.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.read.XdiFile;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.io.write.ExportItem;
import org.parseq.io.write.ExportSelection;
import org.parseq.io.write.NexusProvenance;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;
import org.parseq.testsupport.SharedData;
import org.parseq.xas.pipeline.XasPipelineProvider;

import io.jhdf.HdfFile;

/**
 * File › Export: the dialog asks for a complete choice, and the export of the three Cu foils of a
 * session writes text, JSON, NeXus, XDI and Athena files and the plotting scripts with the
 * session's arrays bit for bit, and knows which files an export would replace.
 */
class SessionExportTest {

    private static final String FOIL_FORMAT = "{\"node\": \"currents Tr\", \"columns\": {\"eraw\": \"Col1\", "
            + "\"i0\": \"Col3+Col4\", \"itr\": \"Col5+Col6\"}, \"comments\": \"#\", "
            + "\"conversionFactors\": {\"i0\": \"µA\", \"itr\": \"µA\"}}";
    private static final List<String> FOILS = List.of("Cu-foil_EXAFS_23068", "Cu-foil_EXAFS_23069",
            "Cu-foil_EXAFS_23070");

    private static Session session;

    @BeforeAll
    static void threeFoils() {
        PipelineDefinition xas = new XasPipelineProvider().createPipeline();
        session = new Session(xas, new FileSourceResolver(xas), 2);
        Path foils = SharedData.folder().resolve("data/parseq-xas/foils");
        for (String foil : FOILS) {
            session.load(foil, "currents_tr", foils.resolve(foil + ".dat").toString(), null, FOIL_FORMAT);
        }
        session.run();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void theExportHoldsTheSessionsArraysAndHowTheyWereMade(@TempDir Path folder) throws Exception {
        List<DataItem> items = session.items();
        SessionExport.Request request = new SessionExport.Request(items, ExportSelection.ALL,
                EnumSet.allOf(SessionExport.Format.class), folder, true);
        assertEquals(List.of(), SessionExport.existing(request));
        List<ExportItem> exported = SessionExport.items(session, items);
        SessionExport.write(session.pipeline(), exported, request);

        NexusProvenance record = NexusProvenance.read(folder.resolve("results.nxs"));
        assertEquals("xas", record.pipeline());
        assertEquals(FOILS, record.items().stream().map(NexusProvenance.Item::alias).toList());
        try (HdfFile file = new HdfFile(folder.resolve("results.nxs"))) {
            for (int i = 0; i < items.size(); i++) {
                assertTrue(record.items().get(i).file().endsWith(FOILS.get(i) + ".dat"));
                assertEquals(FOIL_FORMAT, record.items().get(i).format());
                for (String[] array : new String[][] {{"mu", "mu"}, {"chi", "chi"}, {"ft", "ft"}}) {
                    double[] ours = session.array(items.get(i), array[0], array[1]);
                    double[] written = (double[]) file.getDatasetByPath("/entry" + (i + 1) + "/" + array[0] + "/"
                            + array[1]).getData();
                    assertArrayEquals(ours, written, FOILS.get(i) + " " + array[0]);
                }
                XdiFile xdi = XdiFile.read(folder.resolve(FOILS.get(i)).resolve("mu.xdi"));
                assertArrayEquals(session.array(items.get(i), "mu", "mu"), xdi.table().column(1));
            }
        }
        assertTrue(Files.isRegularFile(folder.resolve("results.prj")));
        for (int i = 0; i < items.size(); i++) {
            Path item = folder.resolve(FOILS.get(i));
            List<String> table = Files.readAllLines(item.resolve("chi.txt"));
            assertEquals("# k chi", table.get(0));
            double[] chi = session.array(items.get(i), "chi", "chi");
            assertEquals(chi.length + 1, table.size());
            assertEquals(chi[7], Double.parseDouble(table.get(8).split(" ")[1]), 0.0, "numbers read back exactly");
            assertTrue(Files.readString(item.resolve("params.json")).contains("\"e0\""), "values found");
            assertTrue(Files.readString(folder.resolve(FOILS.get(i) + ".json")).contains("\"nodes\""));
        }
        String script = Files.readString(folder.resolve("plot_nexus.py"));
        assertTrue(script.contains("results.nxs") && script.contains("import matplotlib"), "a NeXus plotting script");
        assertTrue(script.contains(exported.get(1).colour()), "items keep their colours in the script");
        // a second export to the same folder would replace them: the handler asks first
        // text (params.json) and JSON per item, results.nxs, mu.xdi and chi.xdi per item, results.prj, 5 scripts
        assertEquals(FOILS.size() + FOILS.size() + 1 + 2 * FOILS.size() + 1 + 5, SessionExport.existing(request).size());
        try (var left = Files.list(folder)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    /** The dialog as drawn, for a person to look at (target/screenshots). */
    private static void screenshot(Shell shell, Path file) throws java.io.IOException {
        Display display = shell.getDisplay();
        boolean[] painted = {false};
        display.timerExec(500, () -> painted[0] = true); // let it lay out and paint on the (virtual) screen
        while (!painted[0]) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        Files.createDirectories(file.getParent());
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            loader.save(file.toString(), org.eclipse.swt.SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    @Test
    void theDialogAcceptsOnlyACompleteChoice(@TempDir Path folder) throws java.io.IOException {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            List<DataItem> items = session.items();
            ExportDialog dialog = new ExportDialog(shell, session.pipeline(), items.subList(0, 1), items, folder);
            dialog.setBlockOnOpen(false);
            dialog.open();
            assertTrue(dialog.exportButton().isEnabled(), "NeXus of all nodes by default");
            screenshot(dialog.getShell(), Path.of("target/screenshots/export-dialog.png"));
            dialog.nodeButtons().values().forEach(button -> button.setSelection(false));
            dialog.nodeButtons().get("mu").notifyListeners(org.eclipse.swt.SWT.Selection, null);
            assertFalse(dialog.exportButton().isEnabled(), "no node chosen");
            assertNotNull(dialog.getErrorMessage());
            dialog.nodeButtons().get("mu").setSelection(true);
            dialog.arraysText().setText("fourier");
            assertFalse(dialog.exportButton().isEnabled(), "no such array at µd");
            assertTrue(dialog.getErrorMessage().contains("'fourier'"), dialog.getErrorMessage());
            dialog.arraysText().setText("mu, norm");
            assertTrue(dialog.exportButton().isEnabled(), dialog.getErrorMessage());
            assertNull(dialog.getErrorMessage());
            dialog.formatButtons().get(SessionExport.Format.XDI).setSelection(true);
            dialog.scriptsButton().setSelection(true);
            dialog.okPressed();
            SessionExport.Request request = dialog.request();
            assertEquals(List.of(items.get(0)), request.items(), "the selected item");
            assertEquals(Set.of("mu"), request.selection().nodeIds());
            assertEquals(Set.of("mu", "norm"), request.selection().arrayNames());
            assertEquals(EnumSet.of(SessionExport.Format.NEXUS, SessionExport.Format.XDI), request.formats());
            assertTrue(request.scripts());
            assertEquals(folder.resolve("export"), request.folder());
        } finally {
            shell.dispose();
        }
    }
}
