package org.parseq.app;

import org.parseq.workbench.testsupport.UiDriver;
import org.parseq.workbench.testsupport.WorkbenchRunner;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.parseq.core.pipeline.Image2D;
import org.parseq.core.registry.ExampleContributions.ExampleSet;
import org.parseq.model.DataCommands;
import org.parseq.model.Elements;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;
import org.parseq.ui.nodes.NodePart;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.ui.workbench.ExampleData;
import org.parseq.ui.workbench.PipelineCatalog;
import org.parseq.ui.workbench.ProjectActions;
import org.parseq.ui.workbench.SessionSwitcher;
import org.parseq.ui.workbench.SessionUi;

/**
 * Runs after the acceptance test (see junit-platform.properties): in one JVM, a later e4
 * workbench gets no UI events in its parts, which the acceptance test relies on and this test
 * does not (it reads results when views are made and when the selection changes).
 * <p>
 * Several pipelines in one workbench: started with {@code --pipeline demo} it shows the demo's
 * node views and a real detector image; File &gt; New Session of XAS brings XAS's views; opening
 * the demo project again brings the demo back with the same image.
 */
@org.junit.jupiter.api.Order(2)
class WorkbenchPipelinesTest {

    private final Path screenshots = Path.of(System.getProperty("parseq.screenshots", "target/screenshots"));

    @Test
    void eachPipelineBringsItsOwnNodeViewsAndAProjectBringsItsPipeline() throws Exception {
        Display display = Display.getDefault();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display.asyncExec(() -> {
            UiDriver ui = new UiDriver(display, screenshots);
            IEclipseContext context = null;
            try {
                ui.waitUntil("the main window", 120_000, () -> mainShell(display) != null);
                Shell shell = mainShell(display);
                context = ((MWindow) shell.getData("modelElement")).getContext();
                ui.waitUntil("the session switcher", 30_000, () -> mainShell(display).getData("modelElement") != null
                        && ((MWindow) mainShell(display).getData("modelElement")).getContext()
                                .get(SessionSwitcher.class) != null);
                scenario(shell, context, ui);
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                if (context != null) {
                    context.get(IWorkbench.class).close();
                } else {
                    failure.compareAndSet(null, new AssertionError("the workbench window never came"));
                }
            }
        });
        WorkbenchRunner.run(List.of("-clearPersistedState", "--pipeline", "demo"));
        if (failure.get() != null) {
            throw new AssertionError("workbench scenario failed: " + failure.get(), failure.get());
        }
    }

    private void scenario(Shell shell, IEclipseContext context, UiDriver ui) throws Exception {
        WorkbenchSession workbench = context.get(WorkbenchSession.class);
        EPartService parts = context.get(EPartService.class);
        SessionSwitcher switcher = context.get(SessionSwitcher.class);
        assertEquals("demo", workbench.session().pipeline().id());
        assertTrue(shell.getText().contains("Demo"), shell.getText());
        assertNotNull(parts.findPart(NodePart.partId("demo", "detector")), "the demo's detector view");
        assertNull(parts.findPart(NodePart.partId("xas", "mu")), "no XAS view in a demo session");

        // The demo's example: a real Eiger θ scan entering the detector node.
        PipelineCatalog catalog = context.get(PipelineCatalog.class);
        ExampleSet set = catalog.examples().forPipeline("demo").get(0);
        Path folder = ExampleData.folder(set).orElseThrow();
        String format = Files.readString(folder.resolve(set.format()));
        Session session = workbench.session();
        DataItem scan = Elements.newItem("scan-1025", "detector",
                folder.resolve("scan-1025_eiger_xes.h5").toString(), "/entry", format);
        session.execute(DataCommands.addItems(session.domain(), session.root(), session.root(), List.of(scan)));
        workbench.selection().select(List.of(scan));
        ui.waitForResults(workbench);
        NodePart detector = showNode(parts, ui, NodePart.partId("demo", "detector"));
        ui.waitUntil("the detector image", 30_000,
                () -> detector.imageView().model() != null && detector.imageView().model().image() != null);
        Image2D image = detector.imageView().model().image();
        assertEquals(151, image.rows());
        assertEquals(1030, image.columns());
        ui.screenshot(shell, "demo-detector");
        NodePart profile = showNode(parts, ui, NodePart.partId("demo", "profile"));
        ui.waitUntil("the band profile", 30_000, () -> !profile.plot().model().curves().isEmpty());
        ui.screenshot(shell, "demo-profile");

        // Drag the band's first edge on the image by mouse: its parameters change as one edit, the
        // profile follows, and undo brings the old profile back bit for bit.
        session.execute(DataCommands.setParameter(session.domain(), List.of(scan), "bandFirstPixel", 400));
        session.execute(DataCommands.setParameter(session.domain(), List.of(scan), "bandLastPixel", 600));
        ui.waitForResults(workbench);
        double[] bandBefore = band(workbench, scan);
        NodePart detectorView = showNode(parts, ui, NodePart.partId("demo", "detector"));
        // views follow a selection change (results events do not reach this second workbench of the JVM)
        workbench.selection().select(List.of());
        workbench.selection().select(List.of(scan));
        ui.waitUntil("the band overlay at 400..600", 10_000, () -> detectorView.imageView().overlays().stream()
                .anyMatch(shape -> shape instanceof org.parseq.ui.overlays.OverlayShape.Span span
                        && span.from() == 400 && span.to() == 600));
        int x = detectorView.imageView().screenX(400);
        int y = detectorView.imageView().screenY(0);
        UiDriver.mouse(detectorView.imageView(), SWT.MouseDown, x, y);
        UiDriver.mouse(detectorView.imageView(), SWT.MouseMove, x + 40, y);
        UiDriver.mouse(detectorView.imageView(), SWT.MouseUp, x + 40, y);
        ui.waitForResults(workbench);
        int first = ((Number) DataCommands.parameter(scan, "bandFirstPixel").orElseThrow().getValue()).intValue();
        assertTrue(first > 420 && first < 600, "the band starts further right: " + first);
        assertEquals(600, ((Number) DataCommands.parameter(scan, "bandLastPixel").orElseThrow().getValue()).intValue());
        assertTrue(!java.util.Arrays.equals(bandBefore, band(workbench, scan)), "the profile follows the band");
        ui.screenshot(shell, "demo-detector-band-moved");
        assertTrue(session.undo());
        ui.waitForResults(workbench);
        assertArrayEquals(bandBefore, band(workbench, scan), "undo brings the old profile back");

        Path project = Files.createTempDirectory("parseq-demo-project").resolve("scan.parseq.json");
        assertTrue(ProjectActions.saveTo(shell, workbench, context.get(SessionUi.class), project));

        // File > New Session of XAS: its views come, the demo's go, the tree is empty.
        switcher.startNew(catalog.registry().requirePipeline("xas"));
        ui.settle(500);
        assertEquals("xas", workbench.session().pipeline().id());
        assertTrue(workbench.session().items().isEmpty());
        assertNotNull(parts.findPart(NodePart.partId("xas", "mu")), "XAS's µd view");
        assertNull(parts.findPart(NodePart.partId("demo", "detector")), "the demo's views are gone");
        assertTrue(shell.getText().contains("XAS"), shell.getText());
        showNode(parts, ui, NodePart.partId("xas", "mu"));
        ui.screenshot(shell, "new-session-xas");

        // Opening the demo project brings the demo pipeline back, with the same image.
        assertTrue(ProjectActions.open(shell, switcher, project));
        ui.waitForResults(workbench);
        assertEquals("demo", workbench.session().pipeline().id());
        assertNull(parts.findPart(NodePart.partId("xas", "mu")), "XAS's views are gone");
        DataItem reopened = workbench.session().items().get(0);
        workbench.selection().select(List.of(reopened));
        NodePart detectorAgain = showNode(parts, ui, NodePart.partId("demo", "detector"));
        ui.waitUntil("the reopened image", 30_000,
                () -> detectorAgain.imageView().model() != null && detectorAgain.imageView().model().image() != null);
        assertArrayEquals(image.values(), detectorAgain.imageView().model().image().values());
        assertTrue(shell.getText().contains("scan.parseq.json"), shell.getText());
        ui.screenshot(shell, "demo-reopened");
    }

    private static double[] band(WorkbenchSession workbench, DataItem item) {
        return workbench.session().results().resultOrEmpty(item.getId(), "profile").array("band").orElseThrow();
    }

    private static NodePart showNode(EPartService parts, UiDriver ui, String partId) {
        MPart part = parts.findPart(partId);
        assertNotNull(part, partId);
        parts.showPart(part, EPartService.PartState.ACTIVATE);
        ui.settle(300);
        return (NodePart) part.getObject();
    }

    private static Shell mainShell(Display display) {
        for (Shell shell : display.getShells()) {
            if (shell.isVisible() && shell.getText().contains("ParSeq for Eclipse")
                    && shell.getData("modelElement") instanceof MWindow) {
                return shell;
            }
        }
        return null;
    }
}
