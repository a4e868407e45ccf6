package org.parseq.app;

import org.parseq.workbench.testsupport.UiDriver;
import org.parseq.workbench.testsupport.WorkbenchRunner;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Combo;
import org.junit.jupiter.api.Test;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.io.tree.TreeEntry;
import org.parseq.model.DataCommands;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataRoot;
import org.parseq.ui.files.FileTreePart;
import org.parseq.ui.files.FormatDraft;
import org.parseq.ui.nodes.NodePart;
import org.parseq.ui.plot.Curve;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.ui.tree.DataTreePart;
import org.parseq.ui.workbench.ExampleData;
import org.parseq.ui.workbench.PipelineCatalog;
import org.parseq.ui.workbench.ProjectActions;
import org.parseq.ui.workbench.SessionUi;

/**
 * What a user does in the real workbench, driven through SWT and the e4 services: load the
 * three Cu foils through the file browser, see them in the µd and χ(k) plots, change an E0
 * parameter on two of them, undo, drag an item into a new group, detach a node view and dock
 * it back, save, close, start again with the project and find the same state. Screenshots
 * of the window and of every node view go to target/screenshots.
 */
@org.junit.jupiter.api.Order(1)
class WorkbenchAcceptanceTest {

    private static final String MU = "mu";
    private static final String CHI = "chi";

    private final Path screenshots = Path.of(System.getProperty("parseq.screenshots", "target/screenshots"));

    /** What the first run saved, for the second run to compare with. */
    private DataRoot savedTree;
    private Path savedProject;
    private final Map<String, double[]> savedChi = new HashMap<>();

    @Test
    void aUserLoadsSteersUndoesRegroupsDetachesSavesAndReopens() throws Exception {
        List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.eclipse.core.runtime.ILogListener logged = (status, plugin) -> {
            if (status.getSeverity() == org.eclipse.core.runtime.IStatus.ERROR) {
                errors.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
            }
        };
        org.eclipse.core.runtime.Platform.addLogListener(logged);
        try {
            runWorkbench(List.of("-clearPersistedState", "--pipeline", "xas"), this::firstSession);
            assertNotNull(savedProject, "the first session saved a project");
            runWorkbench(List.of(savedProject.toString()), this::reopenedSession);
        } finally {
            org.eclipse.core.runtime.Platform.removeLogListener(logged);
        }
        assertTrue(errors.isEmpty(), () -> "the workbench reported errors: " + errors);
    }

    private interface Scenario {
        void run(Window window) throws Exception;
    }

    /** The main window's services, found from its shell once the workbench is up. */
    private record Window(Shell shell, MWindow model, IEclipseContext context, UiDriver ui) {
        WorkbenchSession workbench() {
            return context.get(WorkbenchSession.class);
        }

        EPartService parts() {
            return context.get(EPartService.class);
        }

        EModelService models() {
            return context.get(EModelService.class);
        }

        <T> T partObject(String id, Class<T> type) {
            MPart part = parts().findPart(id);
            assertNotNull(part, "part " + id);
            parts().showPart(part, EPartService.PartState.ACTIVATE);
            ui.settle(200);
            return type.cast(part.getObject());
        }

        NodePart node(String nodeId) {
            return partObject(NodePart.partId("xas", nodeId), NodePart.class);
        }
    }

    private void runWorkbench(List<String> arguments, Scenario scenario) throws Exception {
        Display display = Display.getDefault();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display.asyncExec(() -> {
            UiDriver ui = new UiDriver(display, screenshots);
            Window window = null;
            try {
                ui.waitUntil("the main window", 120_000, () -> mainShell(display) != null);
                Shell shell = mainShell(display);
                MWindow model = (MWindow) shell.getData("modelElement");
                window = new Window(shell, model, model.getContext(), ui);
                PipelineCatalog catalog = window.context().get(PipelineCatalog.class);
                examples = ExampleData.folder(catalog.examples().forPipeline("xas").get(0))
                        .orElseThrow(() -> new AssertionError("no example data installed"));
                ui.settle(500);
                scenario.run(window);
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                if (window != null) {
                    window.context().get(IWorkbench.class).close();
                } else {
                    failure.compareAndSet(null, new AssertionError("the workbench window never came"));
                }
            }
        });
        WorkbenchRunner.run(arguments);
        if (failure.get() != null) {
            throw new AssertionError("workbench scenario failed: " + failure.get(), failure.get());
        }
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

    private Path examples;

    private Path examples() {
        return examples;
    }

    private void firstSession(Window window) throws Exception {
        WorkbenchSession workbench = window.workbench();
        UiDriver ui = window.ui();
        assertEquals("xas", workbench.session().pipeline().id());
        assertTrue(workbench.session().items().isEmpty(), "the test starts without example data");

        // Load the three Cu foils through the file browser, with the format saved beside them.
        FileTreePart files = window.partObject("org.parseq.ui.part.files", FileTreePart.class);
        files.showFolder(examples());
        files.format().show(FormatDraft.fromJson(Files.readString(examples().resolve("cu-foils.format.json"),
                StandardCharsets.UTF_8)));
        assertTrue(files.format().problem().isEmpty(), () -> "format: " + files.format().problem());
        List<TreeEntry> foils = files.root().children().stream().filter(e -> e.name().endsWith(".dat")).toList();
        assertEquals(3, foils.size(), () -> "example files in " + examples() + ": " + files.root().children());
        files.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(foils));
        files.loadSelected();
        ui.waitForResults(workbench);
        List<DataItem> items = workbench.session().items();
        assertEquals(3, items.size(), () -> "selected in the browser: " + files.viewer().getStructuredSelection().toList());
        ui.screenshot(window.shell(), "main-window-loaded");

        // Select all three: each node view shows three curves.
        DataTreePart tree = window.partObject("org.parseq.ui.part.dataTree", DataTreePart.class);
        tree.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(items));
        ui.settle(300);
        assertEquals(items, workbench.selection().items());
        NodePart mu = window.node(MU);
        assertEquals(3, itemsPlotted(mu), "µd curves");
        NodePart chi = window.node(CHI);
        assertEquals(3, itemsPlotted(chi), "χ(k) curves");
        for (NodeDefinition node : workbench.session().pipeline().topologicalNodes()) {
            NodePart part = window.node(node.id());
            ui.screenshot(part.plot().getParent().getParent(), "node-" + node.id());
        }

        // Change an E0 parameter on two selected items through the µd view's control.
        Map<String, Double> e0Before = e0(workbench);
        Map<String, double[]> chiBefore = arrays(workbench, CHI, "chi");
        List<DataItem> two = items.subList(0, 2);
        tree.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(two));
        ui.settle(200);
        mu = window.node(MU);
        Combo method = (Combo) mu.controls().inputFor("e0Method"); // named options of org.parseq.xas.ui
        assertNotNull(method, "the e0Method control");
        int newMethod = method.getSelectionIndex() == 0 ? 1 : 0;
        long changedAt = System.nanoTime();
        method.select(newMethod);
        method.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        ui.waitForResults(workbench);
        System.out.printf("UI: E0 method change on 2 items re-plotted after %.0f ms%n",
                (System.nanoTime() - changedAt) / 1e6);
        Map<String, Double> e0After = e0(workbench);
        NodePart chiAfterChange = window.node(CHI);
        // the views redraw when the results event reaches the UI thread, which may come after the run ends
        ui.waitUntil("the χ(k) plot to follow", 20_000, () -> two.stream()
                .allMatch(item -> shows(chiAfterChange, item, arrays(workbench, CHI, "chi").get(item.getAlias()))));
        for (DataItem item : two) {
            assertNotEquals(e0Before.get(item.getAlias()), e0After.get(item.getAlias()), item.getAlias());
            assertArrayEquals(arrays(workbench, CHI, "chi").get(item.getAlias()), plotted(chiAfterChange, item),
                    "the χ(k) plot shows the new curve of " + item.getAlias());
        }
        assertEquals(e0Before.get(items.get(2).getAlias()), e0After.get(items.get(2).getAlias()),
                "the unselected item keeps its E0");

        // Undo through the Edit menu's command: the old curves come back.
        EHandlerService handlers = window.context().get(EHandlerService.class);
        ECommandService commands = window.context().get(ECommandService.class);
        handlers.executeHandler(commands.createCommand("org.eclipse.ui.edit.undo", null));
        ui.waitForResults(workbench);
        assertEquals(e0Before, e0(workbench));
        tree.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(items));
        ui.settle(300);
        NodePart chiAfterUndo = window.node(CHI);
        ui.waitUntil("the χ(k) plot to follow the undo", 20_000,
                () -> items.stream().allMatch(item -> shows(chiAfterUndo, item, chiBefore.get(item.getAlias()))));
        for (DataItem item : items) {
            assertArrayEquals(chiBefore.get(item.getAlias()), plotted(chiAfterUndo, item), item.getAlias());
        }

        // Group two items, then drag the third into the new group.
        assertTrue(workbench.session().execute(DataCommands.group(workbench.session().domain(),
                workbench.session().root(), List.of(items.get(0), items.get(1)), "foils")));
        ui.settle(200);
        DataGroup group = (DataGroup) workbench.session().root().getChildren().get(0);
        assertTrue(tree.drop(List.of(items.get(2)), group, -1));
        ui.settle(300);
        assertSame(group, items.get(2).eContainer());
        assertEquals(3, group.getChildren().size());
        assertEquals(List.of(group), workbench.session().root().getChildren());

        // Detach the µd view into a window of its own, then dock it back.
        MPart muPart = window.parts().findPart(NodePart.partId("xas", MU));
        MPartStack nodeStack = (MPartStack) (Object) muPart.getParent();
        window.models().detach(muPart, 60, 60, 800, 560);
        ui.settle(800);
        Shell detached = ((Control) muPart.getWidget()).getShell();
        assertNotSame(window.shell(), detached, "the µd view is in its own window");
        assertTrue(detached.isVisible());
        ui.screenshot(detached, "node-mu-detached");
        window.models().move(muPart, nodeStack);
        window.parts().activate(muPart);
        ui.settle(800);
        assertSame(window.shell(), ((Control) muPart.getWidget()).getShell(), "docked back");

        // Save the project, and remember what it holds.
        Path project = Files.createTempDirectory("parseq-ui-project").resolve("foils.parseq.json");
        assertTrue(ProjectActions.saveTo(window.shell(), workbench, window.context().get(SessionUi.class), project));
        assertTrue(!workbench.isDirty());
        assertTrue(window.shell().getText().endsWith("foils.parseq.json"), window.shell().getText());
        savedTree = EcoreUtil.copy(workbench.session().root());
        savedChi.putAll(arrays(workbench, CHI, "chi"));
        ui.screenshot(window.shell(), "main-window");

        savedProject = project;

        measureReplotWithHundredItems(window);
    }

    private void reopenedSession(Window window) throws IOException {
        WorkbenchSession workbench = window.workbench();
        window.ui().waitForResults(workbench);
        assertTrue(EcoreUtil.equals(savedTree, workbench.session().root()),
                "the reopened project has the same tree, parameters, sources and colours");
        assertEquals(savedChi.keySet(), arrays(workbench, CHI, "chi").keySet());
        DataTreePart tree = window.partObject("org.parseq.ui.part.dataTree", DataTreePart.class);
        assertEquals(savedTree.getChildren().size(), tree.viewer().getTree().getItemCount(),
                "the data tree shows the reopened project");
        arrays(workbench, CHI, "chi").forEach((alias, chi) -> assertArrayEquals(savedChi.get(alias), chi, alias));
        assertTrue(window.shell().getText().contains("foils.parseq.json"), () -> window.shell().getText() + " | project " + workbench.projectFile() + " | label " + window.model().getLabel());
        window.ui().screenshot(window.shell(), "main-window-reopened");
    }

    /** The figure the issue asks for: from a parameter change on 100 items to the re-plot. */
    private void measureReplotWithHundredItems(Window window) throws IOException {
        WorkbenchSession workbench = window.workbench();
        FileTreePart files = window.partObject("org.parseq.ui.part.files", FileTreePart.class);
        List<TreeEntry> foils = files.root().children().stream().filter(e -> e.name().endsWith(".dat")).toList();
        List<TreeEntry> copies = new ArrayList<>();
        while (copies.size() + workbench.session().items().size() < 100) {
            copies.add(foils.get(copies.size() % foils.size()));
        }
        long loadStart = System.nanoTime();
        files.load(copies);
        window.ui().waitForResults(workbench);
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;
        List<DataItem> all = workbench.session().items();
        assertEquals(100, all.size());
        DataTreePart tree = window.partObject("org.parseq.ui.part.dataTree", DataTreePart.class);
        tree.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(all));
        window.ui().settle(300);
        NodePart mu = window.node(MU);
        Combo method = (Combo) mu.controls().inputFor("e0Method");
        long changedAt = System.nanoTime();
        method.select(method.getSelectionIndex() == 0 ? 1 : 0);
        method.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        window.ui().waitUntil("results of 100 items", 300_000, () -> !workbench.isRunning());
        window.ui().waitUntil("the re-plot", 60_000, () -> itemsPlotted(mu) == 100);
        double replotMillis = (System.nanoTime() - changedAt) / 1e6;
        String figures = String.format("loading 97 foils and computing them: %.0f ms%n"
                + "E0 method change on 100 selected items to re-plot of µd: %.0f ms%n", loadMillis, replotMillis);
        System.out.print("UI: " + figures);
        Files.createDirectories(screenshots);
        Files.writeString(screenshots.resolve("replot-100-items.txt"), figures);
        window.ui().screenshot(window.shell(), "main-window-100-items");
    }

    private static long itemsPlotted(NodePart node) {
        return node.plot().model().curves().stream().map(Curve::itemId).distinct().count();
    }

    private static boolean shows(NodePart node, DataItem item, double[] expected) {
        return node.plot().model().curves().stream()
                .anyMatch(c -> c.itemId().equals(item.getId()) && java.util.Arrays.equals(c.y(), expected));
    }

    private static double[] plotted(NodePart node, DataItem item) {
        return node.plot().model().curves().stream().filter(c -> c.itemId().equals(item.getId())).findFirst()
                .map(Curve::y).orElseThrow(() -> new AssertionError(item.getAlias() + " is not plotted"));
    }

    private static Map<String, Double> e0(WorkbenchSession workbench) {
        Map<String, Double> e0 = new HashMap<>();
        for (DataItem item : workbench.session().items()) {
            NodeResult mu = workbench.session().result(item, MU);
            e0.put(item.getAlias(), mu.scalar("e0").orElseThrow(() -> new AssertionError(item.getAlias()
                    + " has no E0: " + mu.status() + " " + mu.message())));
        }
        return e0;
    }

    private static Map<String, double[]> arrays(WorkbenchSession workbench, String node, String array) {
        Map<String, double[]> arrays = new HashMap<>();
        for (DataItem item : workbench.session().items()) {
            arrays.put(item.getAlias(), workbench.session().array(item, node, array));
        }
        return arrays;
    }
}
