package org.parseq.app;

import org.parseq.workbench.testsupport.UiDriver;
import org.parseq.workbench.testsupport.WorkbenchScenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.io.tree.TreeEntry;
import org.parseq.model.DataCommands;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;
import org.parseq.ui.files.FileTreePart;
import org.parseq.ui.files.FormatDraft;
import org.parseq.ui.nodes.NodePart;
import org.parseq.ui.plot.Curve;
import org.parseq.ui.plot.LineStyles;
import org.parseq.ui.plot.PlotAxes;
import org.parseq.ui.plot.PlotPicture;
import org.parseq.ui.session.ItemProblems;
import org.parseq.ui.session.SelectionParameterEditor;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.ui.tree.DataTreePart;
import org.parseq.ui.workbench.ExampleData;
import org.parseq.ui.workbench.PipelineCatalog;
import org.parseq.ui.workbench.ProjectActions;
import org.parseq.ui.workbench.SessionUi;

/**
 * The workbench never surprises a new user (issue 16): each check drives the real workbench
 * with SWT events on its real widgets, the way the defect was met, and fails on the code
 * before the fix. One workbench start hosts all checks; screenshots of the visual ones go to
 * the screenshots folder.
 * <p>
 * Runs after the other workbench tests: views get no results events in a later workbench of
 * the same JVM (see junit-platform.properties), so the checks refresh node views themselves
 * after a run.
 */
@org.junit.jupiter.api.Order(3)
class NoSurprisesTest {

    private static final String FILES_PART = "org.parseq.ui.part.files";
    private static final String TREE_PART = "org.parseq.ui.part.dataTree";

    private final Path screenshots = Path.of(System.getProperty("parseq.screenshots", "target/screenshots"));

    private Display display;
    private Shell shell;
    private IEclipseContext context;
    private UiDriver ui;
    private WorkbenchSession workbench;
    private Path examples;
    private List<DataItem> foils;

    @Test
    void theWorkbenchNeverSurprisesANewUser() throws Exception {
        WorkbenchScenario.run(List.of("-clearPersistedState", "--pipeline", "xas"), (driver, window, windowContext) -> {
            display = window.getDisplay();
            ui = driver;
            shell = window;
            context = windowContext;
            workbench = context.get(WorkbenchSession.class);
            examples = ExampleData.folder(context.get(PipelineCatalog.class).examples().forPipeline("xas").get(0))
                    .orElseThrow(() -> new AssertionError("no example data installed"));
            ui.settle(200);
            scenario();
        });
    }

    private void scenario() throws Exception {
        shell.forceActive();
        ui.settle(300);
        loadCuFoils();
        List<String> failed = new ArrayList<>();
        check(failed, "11 start folder before saving", this::startFoldersFollowTheData);
        check(failed, "2 mouse wheel", this::wheelDoesNotChangeUnfocusedControls);
        check(failed, "3 Ctrl+Z in a text field", this::ctrlZInATextFieldUndoesTheTyping);
        check(failed, "4 mixed values", this::severalItemsWithDifferentValuesShowMixed);
        check(failed, "5 rescaling", this::plotsRescaleOnANewSelection);
        check(failed, "6 telling curves apart", this::curvesCanBeToldApart);
        check(failed, "7 apply all parameters", this::applyingAllParametersIsBriefAndFitsTheScreen);
        check(failed, "8 unreadable and loaded files", this::unreadableFilesAreRefusedAndCopiesAsked);
        check(failed, "9 format panel", this::formatPanelKeepsItsFieldsUsable);
        check(failed, "10 Delete key", this::deleteKeyRemovesWithConfirmation);
        check(failed, "11 start folder after saving", this::startFoldersFollowTheLastSave);
        check(failed, "12 exports", this::exportsHaveTheChosenSizeAndTheScreensTicks);
        // last: a failure here could close the window
        check(failed, "1 every way out asks", this::everyWayOutAsksAboutUnsavedEdits);
        assertTrue(failed.isEmpty(), () -> failed.size() + " defect(s) still there:\n" + String.join("\n", failed));
    }

    private interface Check {
        void run() throws Exception;
    }

    /** Runs one defect's check; a failure is noted and the next check still runs. */
    private void check(List<String> failed, String defect, Check check) {
        try {
            check.run();
            System.out.println("issue 16, defect " + defect + ": passed");
        } catch (Throwable e) {
            failed.add(defect + ": " + e);
            System.out.println("issue 16, defect " + defect + ": FAILED " + e);
            e.printStackTrace(System.out);
            for (Shell open : display.getShells()) {
                if (open != shell && !open.isDisposed() && open.isVisible()) {
                    open.close(); // a dialog left open by the failure
                }
            }
            ui.settle(300);
        }
    }

    // ------------------------------------------------------------------ the session

    private void loadCuFoils() throws Exception {
        FileTreePart files = part(FILES_PART, FileTreePart.class);
        files.showFolder(examples);
        showCuFormat(files);
        List<TreeEntry> entries = files.root().children().stream().filter(e -> e.name().endsWith(".dat")).toList();
        assertEquals(3, entries.size(), () -> "Cu foils in " + examples);
        files.viewer().setSelection(new StructuredSelection(entries));
        files.loadSelected();
        ui.waitForResults(workbench);
        foils = List.copyOf(workbench.session().items());
        assertEquals(3, foils.size());
    }

    private void showCuFormat(FileTreePart files) throws Exception {
        files.format().show(FormatDraft.fromJson(
                Files.readString(examples.resolve("cu-foils.format.json"), StandardCharsets.UTF_8)));
        assertTrue(files.format().problem().isEmpty(), () -> "format: " + files.format().problem());
    }

    // ------------------------------------------------------------------ 1

    /** File &gt; Quit, Ctrl+Q, closing the window, New Session and Open Project ask; Cancel keeps all. */
    private void everyWayOutAsksAboutUnsavedEdits() {
        Session session = workbench.session();
        session.execute(DataCommands.setParameter(session.domain(), List.of(foils.get(0)), "eShift", 1.5));
        assertTrue(workbench.isDirty());
        int items = session.items().size();

        // Ctrl+Q as a key press: the key binding runs File > Quit
        DialogAnswer quitKey = DialogAnswer.press(display, shell, "Unsaved", "Cancel", null);
        DataTreePart tree = part(TREE_PART, DataTreePart.class);
        tree.viewer().getControl().setFocus();
        key(tree.viewer().getControl(), 'q', SWT.CTRL);
        ui.settle(300);
        assertTrue(quitKey.answered(), "Ctrl+Q asks about the unsaved edits");
        assertTrue(quitKey.text().contains("quitting"), quitKey.text());
        assertFalse(shell.isDisposed(), "Cancel keeps the workbench open");

        // File > Quit from the menu's command
        DialogAnswer quitMenu = DialogAnswer.press(display, shell, "Unsaved", "Cancel", null);
        command("org.eclipse.ui.file.exit");
        assertTrue(quitMenu.answered(), "File > Quit asks");
        assertFalse(shell.isDisposed());

        // closing the window
        DialogAnswer close = DialogAnswer.press(display, shell, "Unsaved", "Cancel", null);
        shell.close();
        ui.settle(300);
        assertTrue(close.answered(), "closing the window asks");
        assertFalse(shell.isDisposed());

        DialogAnswer newSession = DialogAnswer.press(display, shell, "Unsaved", "Cancel", null);
        command("org.parseq.ui.command.newSession");
        assertTrue(newSession.answered(), "New Session asks");
        DialogAnswer openProject = DialogAnswer.press(display, shell, "Unsaved", "Cancel", null);
        command("org.parseq.ui.command.openProject");
        assertTrue(openProject.answered(), "Open Project asks");
        assertEquals(items, workbench.session().items().size(), "after Cancel the session is the same");
        assertTrue(workbench.isDirty(), "and its edits are still unsaved");
    }

    // ------------------------------------------------------------------ 2

    /** The mouse wheel over a spinner without focus leaves the parameter alone and scrolls the panel. */
    private void wheelDoesNotChangeUnfocusedControls() {
        selectInTree(foils);
        NodePart node = nodeWithControl("mu0method");
        Control spinner = node.controls().inputFor("mu0method"); // a spinner, or named options (XAS UI)
        revealInScroller(spinner);
        List<Object> before = values(foils, "mu0method");
        Object undoable = undoTop();
        part(TREE_PART, DataTreePart.class).viewer().getControl().setFocus();
        ui.settle(200);
        assertFalse(spinner.isFocusControl());

        // A wheel event over the unfocused spinner, as the panel is scrolled: the spinner refuses
        // it (GTK would turn the value) and the panel scrolls instead.
        ScrolledComposite panel = ancestor(spinner, ScrolledComposite.class);
        assertNotNull(panel, "the parameter panel scrolls");
        boolean tall = panel.getContent().getSize().y > panel.getClientArea().height;
        Point origin = panel.getOrigin();
        Event wheel = new Event();
        wheel.x = spinner.getSize().x / 2;
        wheel.y = spinner.getSize().y / 2;
        wheel.count = origin.y > 0 ? 3 : -3;
        wheel.detail = SWT.SCROLL_LINE;
        spinner.notifyListeners(SWT.MouseVerticalWheel, wheel);
        ui.settle(200);
        assertFalse(wheel.doit, "the unfocused spinner does not take the wheel");
        if (tall) {
            assertNotEquals(origin, panel.getOrigin(), "the panel scrolls instead");
        }
        assertEquals(before, values(foils, "mu0method"), "scrolling over an unfocused spinner changes nothing");
        assertEquals(undoable, undoTop(), "no edit was made");
        System.out.println("issue 16, defect 2: panel scrolled from " + origin + " to " + panel.getOrigin()
                + " (content taller than view: " + tall + ")");
    }

    // ------------------------------------------------------------------ 3

    /** Ctrl+Z in a parameter field takes back the typing, not another item's edit; the menu's Undo still works. */
    private void ctrlZInATextFieldUndoesTheTyping() {
        Session session = workbench.session();
        DataItem edited = foils.get(0);
        DataItem typedIn = foils.get(1);
        List<Object> e0Where = List.of(8970.0, 9010.0);
        session.execute(DataCommands.setParameter(session.domain(), List.of(edited), "e0Where", e0Where));
        Object editedBefore = value(edited, "e0Where");
        String undoLabel = session.domain().getCommandStack().getUndoCommand().getLabel();

        selectInTree(List.of(typedIn));
        NodePart node = nodeWithControl("e0Where");
        Text field = (Text) node.controls().inputFor("e0Where");
        revealInScroller(field);
        field.setFocus();
        String shown = field.getText();
        field.setSelection(shown.length());
        type(field, "5");
        assertEquals(shown + "5", field.getText());
        key(field, 'z', SWT.CTRL);
        ui.settle(300);
        assertEquals(shown, field.getText(), "Ctrl+Z in the field takes back the typing");
        assertEquals(editedBefore, value(edited, "e0Where"), "the other item's e0Where edit is not undone");
        assertEquals(undoLabel, session.domain().getCommandStack().getUndoCommand().getLabel());

        part(TREE_PART, DataTreePart.class).viewer().getControl().setFocus();
        ui.settle(100);
        command("org.eclipse.ui.edit.undo");
        assertNotEquals(editedBefore, value(edited, "e0Where"), "Edit > Undo undoes the edit of the data");
    }

    // ------------------------------------------------------------------ 4

    /** eShift 20 on one of three selected items: the field says "mixed"; a new value sets all three. */
    private void severalItemsWithDifferentValuesShowMixed() {
        Session session = workbench.session();
        session.execute(DataCommands.setParameter(session.domain(), List.of(foils.get(1)), "eShift", 20.0));
        selectInTree(List.of(foils.get(0)));
        selectInTree(foils);
        NodePart node = nodeWithControl("eShift");
        Text field = (Text) node.controls().inputFor("eShift");
        assertTrue(node.controls().showsMixed("eShift"), "three items with different eShift show mixed");
        assertNotEquals("20", field.getText(), "the field does not pretend all have the first's value");
        assertTrue(field.getToolTipText().contains("20") && field.getToolTipText().contains(foils.get(1).getAlias()),
                field.getToolTipText());
        assertFalse(node.controls().showsMixed("mu0method"), "a parameter they share is not mixed");

        field.setFocus();
        field.setText("3.5");
        field.notifyListeners(SWT.DefaultSelection, new Event());
        ui.settle(200);
        for (DataItem item : foils) {
            assertEquals(3.5, ((Number) value(item, "eShift")).doubleValue(), 0, item.getAlias());
        }
        assertFalse(node.controls().showsMixed("eShift"));
        ui.waitForResults(workbench);
    }

    // ------------------------------------------------------------------ 5

    /** A zoomed plot fits the new curves when the selection changes or an array is switched on. */
    private void plotsRescaleOnANewSelection() {
        selectInTree(List.of(foils.get(0)));
        NodePart mu = node("mu");
        mu.refresh();
        ui.settle(300);
        Control area = mu.plot().plotArea();
        for (int i = 0; i < 6; i++) {
            Event wheel = new Event();
            wheel.x = area.getSize().x / 4;
            wheel.y = area.getSize().y / 4;
            wheel.count = 3;
            area.notifyListeners(SWT.MouseVerticalWheel, wheel);
        }
        ui.settle(200);
        PlotAxes zoomed = mu.plot().axes();
        assertFalse(covers(zoomed, mu.plot().model().curves()), "zoomed in, the curve is partly out of view");
        mu.refresh(); // the same curve again (e.g. recomputed): the zoom stays
        assertEquals(zoomed.x().lower(), mu.plot().axes().x().lower(), 1e-9, "the user's zoom is kept");

        selectInTree(List.of(foils.get(1), foils.get(2)));
        ui.settle(300);
        List<Curve> curves = mu.plot().model().curves();
        assertEquals(2, curves.stream().map(Curve::itemId).distinct().count());
        assertTrue(covers(mu.plot().axes(), curves), "a new selection shows its curves whole");
        ui.screenshot(mu.plot().getParent().getParent(), "issue16-5-rescaled-after-selection");

        for (int i = 0; i < 6; i++) {
            Event wheel = new Event();
            wheel.x = area.getSize().x / 4;
            wheel.y = area.getSize().y / 4;
            wheel.count = 3;
            area.notifyListeners(SWT.MouseVerticalWheel, wheel);
        }
        Button extra = arrayCheck(mu, false);
        extra.setSelection(true);
        extra.notifyListeners(SWT.Selection, new Event());
        ui.settle(300);
        assertTrue(covers(mu.plot().axes(), mu.plot().model().curves()), "switching an array on shows all curves whole");
        extra.setSelection(false);
        extra.notifyListeners(SWT.Selection, new Event());
    }

    private static boolean covers(PlotAxes axes, List<Curve> curves) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Curve curve : curves) {
            if (curve.rightAxis()) {
                continue;
            }
            for (int i = 0; i < curve.x().length; i++) {
                if (Double.isFinite(curve.x()[i]) && Double.isFinite(curve.y()[i])) {
                    xMin = Math.min(xMin, curve.x()[i]);
                    xMax = Math.max(xMax, curve.x()[i]);
                    yMin = Math.min(yMin, curve.y()[i]);
                    yMax = Math.max(yMax, curve.y()[i]);
                }
            }
        }
        double xSlack = 1e-9 * Math.max(1, Math.abs(xMax));
        double ySlack = 1e-9 * Math.max(1, Math.abs(yMax));
        return axes.x().lower() <= xMin + xSlack && axes.x().upper() >= xMax - xSlack
                && axes.y().lower() <= yMin + ySlack && axes.y().upper() >= yMax - ySlack;
    }

    // ------------------------------------------------------------------ 6

    /** One item's arrays differ in line style; the legend scrolls for 20 curves; hovering names the curve. */
    private void curvesCanBeToldApart() {
        selectInTree(foils);
        NodePart mu = node("mu");
        List<Button> checks = arrayChecks(mu);
        for (Button check : checks) {
            if (!check.getSelection()) {
                check.setSelection(true);
                check.notifyListeners(SWT.Selection, new Event());
            }
        }
        ui.settle(300);
        List<Curve> ofFirst = mu.plot().model().curves().stream()
                .filter(c -> c.itemId().equals(foils.get(0).getId())).toList();
        assertTrue(ofFirst.size() >= 3, "µd with its other arrays: " + ofFirst.size());
        assertEquals(ofFirst.size(), ofFirst.stream().map(c -> LineStyles.look(c.dash())).distinct().count(),
                () -> "each array of one item has its own line style: "
                        + ofFirst.stream().map(c -> c.label() + " " + LineStyles.look(c.dash())).toList());
        assertEquals(1, ofFirst.stream().map(Curve::colour).distinct().count(), "an item keeps one colour");
        ui.screenshot(mu.plot().getParent().getParent(), "issue16-6-arrays-of-three-items");

        // hover over a point of the first item's µd curve: its name shows
        Curve first = ofFirst.get(0);
        int middle = first.x().length / 2;
        Control area = mu.plot().plotArea();
        PlotAxes axes = mu.plot().axes();
        Event hover = new Event();
        hover.x = (int) Math.round((first.x()[middle] - axes.x().lower()) / (axes.x().upper() - axes.x().lower())
                * area.getSize().x);
        hover.y = (int) Math.round((axes.y().upper() - first.y()[middle]) / (axes.y().upper() - axes.y().lower())
                * area.getSize().y);
        area.notifyListeners(SWT.MouseMove, hover);
        assertTrue(mu.plot().readout().contains(first.label()), "hovering names the curve: " + mu.plot().readout());
        assertEquals(first.label(), area.getToolTipText());

        for (Button check : checks) {
            if (check.getSelection() != "mu".equals(check.getData("array"))) {
                check.setSelection(!check.getSelection());
                check.notifyListeners(SWT.Selection, new Event());
            }
        }
        // twenty items: every one is in the legend, which scrolls
        FileTreePart files = part(FILES_PART, FileTreePart.class);
        List<TreeEntry> entries = files.root().children().stream().filter(e -> e.name().endsWith(".dat")).toList();
        List<TreeEntry> copies = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            copies.add(entries.get(i % entries.size()));
        }
        files.load(copies);
        ui.waitForResults(workbench);
        List<DataItem> twenty = workbench.session().items();
        assertEquals(20, twenty.size());
        selectInTree(twenty);
        mu = node("mu");
        mu.refresh();
        ui.settle(300);
        assertEquals(20, mu.plot().model().curves().size());
        assertEquals(mu.plot().curveLabels(), mu.plot().legendLabels(), "all twenty curves are in the legend");
        ui.screenshot(mu.plot().getParent().getParent(), "issue16-6-legend-of-twenty");
        Session session = workbench.session();
        session.execute(DataCommands.remove(session.domain(), twenty.subList(3, 20)));
        ui.settle(300);
        selectInTree(foils);

        // an item keeps its colour when it moves: put the last foil first, then two foils in a group
        mu = node("mu");
        mu.refresh();
        ui.settle(300);
        Map<String, String> colours = colourByItem(mu);
        assertEquals(3, new java.util.HashSet<>(colours.values()).size(), "three foils, three colours");
        session.execute(DataCommands.move(session.domain(), List.of(foils.get(2)), session.root(), 0));
        session.execute(DataCommands.group(session.domain(), session.root(), foils.subList(0, 2), "pair"));
        ui.settle(300);
        List<DataItem> inTreeOrder = List.of(foils.get(2), foils.get(0), foils.get(1));
        selectInTree(inTreeOrder);
        mu.refresh();
        ui.settle(300);
        assertEquals(colours, colourByItem(mu), "moving and grouping items does not recolour them");
        session.domain().getCommandStack().undo();
        session.domain().getCommandStack().undo();
        ui.settle(300);
        selectInTree(foils);
    }

    private static Map<String, String> colourByItem(NodePart node) {
        Map<String, String> colours = new java.util.TreeMap<>();
        for (Curve curve : node.plot().model().curves()) {
            colours.put(curve.itemId(), String.valueOf(curve.colour()));
        }
        return colours;
    }

    // ------------------------------------------------------------------ 7

    /** "Apply all parameters to picked items" fits the screen and its undo label is short. */
    private void applyingAllParametersIsBriefAndFitsTheScreen() {
        Session session = workbench.session();
        session.execute(DataCommands.setParameter(session.domain(), List.of(foils.get(0)), "eShift", 7.0));
        selectInTree(List.of(foils.get(0)));
        List<ParameterDescriptor> all = workbench.session().pipeline().transforms().stream()
                .flatMap((TransformDefinition t) -> t.parameters().stream()).toList();
        DialogAnswer apply = DialogAnswer.press(display, shell, "Apply parameters", "OK", dialog -> {
            Table table = findTable(dialog);
            table.getItem(0).setChecked(true);
        });
        new SelectionParameterEditor(workbench, shell).applyToPicked(all);
        assertTrue(apply.answered(), "the dialog came");
        int screen = shell.getMonitor().getClientArea().width;
        assertTrue(apply.size().x <= Math.min(700, screen), "dialog width " + apply.size().x + " px");
        String label = workbench.session().domain().getCommandStack().getUndoCommand().getLabel();
        assertEquals("Apply " + all.size() + " parameters from " + foils.get(0).getAlias() + " to "
                + foils.get(1).getAlias(), label);
        assertEquals(7.0, ((Number) value(foils.get(1), "eShift")).doubleValue(), 0, "applied");
        command("org.eclipse.ui.edit.undo");
        command("org.eclipse.ui.edit.undo");

        // parameters that do not suit a spectrum fail it with words naming the parameter, not an exception
        session.execute(DataCommands.setParameter(session.domain(), List.of(foils.get(1)), "e0Where",
                List.of(0.9999, 1.0)));
        ui.waitForResults(workbench);
        var problem = ItemProblems.firstOf(session, foils.get(1)).orElseThrow();
        assertTrue(problem.message().contains("e0Where") && !problem.message().contains("Exception"),
                problem.message());
        session.domain().getCommandStack().undo();
        ui.waitForResults(workbench);
        assertTrue(ItemProblems.firstOf(session, foils.get(1)).isEmpty(), "undo makes the foil good again");
    }

    private static Table findTable(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Table table) {
                return table;
            }
            if (child instanceof Composite composite) {
                Table found = findTable(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ 8

    /** A file the format cannot read is refused with the reader's reason; loading a loaded file asks. */
    private void unreadableFilesAreRefusedAndCopiesAsked() throws Exception {
        FileTreePart files = part(FILES_PART, FileTreePart.class);
        Path folder = Files.createTempDirectory("parseq-unreadable");
        Files.writeString(folder.resolve("notes.dat"), "this is a lab note, not a spectrum\nno numbers here\n");
        Files.copy(examples.resolve(foilFile(0)), folder.resolve(foilFile(0)));
        files.showFolder(folder);
        ui.settle(500);
        int before = workbench.session().items().size();
        TreeEntry notes = entry(files, "notes.dat");
        files.viewer().setSelection(new StructuredSelection(notes));
        DialogAnswer refused = DialogAnswer.press(display, shell, "Load Data", "OK", null);
        files.loadSelected();
        assertTrue(refused.answered(), "loading an unreadable file says why");
        assertTrue(refused.text().contains("notes.dat"), refused.text());
        assertEquals(before, workbench.session().items().size(), "no broken item was made");

        files.showFolder(examples);
        ui.settle(300);
        TreeEntry loaded = entry(files, foilFile(0));
        files.viewer().setSelection(new StructuredSelection(loaded));
        DialogAnswer skip = DialogAnswer.press(display, shell, "Load Data", "Skip Them", null);
        files.loadSelected();
        assertTrue(skip.answered(), "loading a file already loaded asks");
        assertTrue(skip.text().contains("already loaded"), skip.text());
        assertEquals(before, workbench.session().items().size(), "skipped");
        DialogAnswer again = DialogAnswer.press(display, shell, "Load Data", "Load Again", null);
        files.loadSelected();
        assertTrue(again.answered());
        assertEquals(before + 1, workbench.session().items().size(), "a copy when the user wants one");
        command("org.eclipse.ui.edit.undo");
        assertEquals(before, workbench.session().items().size());
    }

    private String foilFile(int index) {
        return Path.of(foils.get(index).getSource().getLocation()).getFileName().toString();
    }

    private static TreeEntry entry(FileTreePart files, String name) {
        return files.root().children().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the file browser"));
    }

    // ------------------------------------------------------------------ 9

    /** With µd as entry node, every field of the format panel keeps a usable width; a column preview numbers the columns. */
    private void formatPanelKeepsItsFieldsUsable() throws Exception {
        FileTreePart files = part(FILES_PART, FileTreePart.class);
        files.format().selectEntryNode("mu");
        ui.settle(400);
        List<Text> fields = files.format().sourceFields();
        assertFalse(fields.isEmpty());
        for (Text field : fields) {
            assertTrue(field.getSize().x >= 100, field.getData("array") + " field is " + field.getSize().x + " px wide");
        }
        Text header = files.format().headerField();
        assertTrue(header.getSize().x >= 100, "header field width " + header.getSize().x);
        ScrolledComposite scroller = ancestor(header, ScrolledComposite.class);
        assertNotNull(scroller, "the format panel scrolls");
        ui.screenshot(files.viewer().getControl().getParent().getParent(), "issue16-9-files-view-mu-entry");
        scroller.showControl(header);
        ui.settle(200);
        assertTrue(header.isVisible() && visibleIn(scroller, header), () -> "the header field can be reached: scroller "
                + scroller.getClientArea() + ", origin " + scroller.getOrigin() + ", header at "
                + scroller.toControl(header.toDisplay(0, 0)) + " size " + header.getSize());

        showCuFormat(files);
        TreeEntry foil = entry(files, foilFile(0));
        files.viewer().setSelection(new StructuredSelection(foil));
        ui.settle(300);
        Table columns = files.columnPreview();
        assertTrue(columns.getColumnCount() >= 3, "columns: " + columns.getColumnCount());
        assertEquals("Col0", columns.getColumn(0).getText(), "columns count from 0, as in column expressions");
        assertEquals("Col1", columns.getColumn(1).getText());
        String firstData = Files.readAllLines(examples.resolve(foilFile(0)), StandardCharsets.ISO_8859_1).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst().orElseThrow();
        assertEquals(firstData.split("[\\s,;]+")[1], columns.getItem(0).getText(1), "Col1 of the first data row");
        ui.screenshot(files.viewer().getControl().getParent().getParent(), "issue16-9-files-view");
    }

    private static <T> T ancestor(Control control, Class<T> type) {
        for (Control parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (type.isInstance(parent)) {
                return type.cast(parent);
            }
        }
        return null;
    }

    private static boolean visibleIn(ScrolledComposite scroller, Control control) {
        Point inScroller = scroller.toControl(control.toDisplay(0, 0));
        int border = 2; // GTK draws a field's frame a pixel or two beyond its scrolled view
        return inScroller.y >= 0 && inScroller.y + control.getSize().y <= scroller.getClientArea().height + border;
    }

    // ------------------------------------------------------------------ 10

    /** Delete in the data tree asks, removes, and Edit &gt; Undo brings the item back. */
    private void deleteKeyRemovesWithConfirmation() {
        DataTreePart tree = part(TREE_PART, DataTreePart.class);
        DataItem removed = foils.get(2);
        tree.viewer().setSelection(new StructuredSelection(removed));
        tree.viewer().getControl().setFocus();
        DialogAnswer confirm = DialogAnswer.press(display, shell, "Remove", "OK", null);
        key(tree.viewer().getControl(), SWT.DEL, 0);
        ui.settle(300);
        assertTrue(confirm.answered(), "Delete asks first");
        assertTrue(confirm.text().contains(removed.getAlias()), confirm.text());
        assertFalse(workbench.session().items().contains(removed), "removed");
        command("org.eclipse.ui.edit.undo");
        assertTrue(workbench.session().items().contains(removed), "undo brings it back");
    }

    // ------------------------------------------------------------------ 11

    private void startFoldersFollowTheData() {
        assertEquals(examples.toAbsolutePath().normalize(), workbench.startFolder().toAbsolutePath().normalize(),
                "before any save, dialogs start in the data's folder");
    }

    private void startFoldersFollowTheLastSave() throws Exception {
        Path folder = Files.createTempDirectory("parseq-saved");
        assertTrue(ProjectActions.saveTo(shell, workbench, context.get(SessionUi.class), folder.resolve("p.parseq.json")));
        assertEquals(folder.toAbsolutePath(), workbench.startFolder(), "after a save, dialogs start where it went");
    }

    // ------------------------------------------------------------------ 12

    /** A PNG at the chosen size and resolution; an SVG with every tick label of the screen's axes. */
    private void exportsHaveTheChosenSizeAndTheScreensTicks() throws Exception {
        selectInTree(foils);
        NodePart mu = node("mu");
        mu.refresh();
        mu.plot().resetZoom();
        ui.settle(500);
        PlotAxes axes = mu.plot().axes();
        assertTrue(axes.x().ticks().length >= 3 && axes.y().ticks().length >= 3, "the screen shows ticks");
        Path folder = Files.createTempDirectory("parseq-export");
        Path png = folder.resolve("mu.png");
        PlotPicture.writePng(mu.plot().model(), axes, 1000, 620, 2, png);
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals(2000, image.width);
        assertEquals(1240, image.height);
        Files.createDirectories(screenshots);
        Files.copy(png, screenshots.resolve("issue16-12-exported.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Path svg = folder.resolve("mu.svg");
        PlotPicture.writeSvg(mu.plot().model(), axes, 900, 560, svg);
        String text = Files.readString(svg);
        for (double tick : axes.x().ticks()) {
            String label = axes.x().format().format(tick);
            assertTrue(text.contains(">" + label + "<"), "x tick " + label + " in the SVG");
        }
        for (double tick : axes.y().ticks()) {
            String label = axes.y().format().format(tick);
            assertTrue(text.contains(">" + label + "<"), "y tick " + label + " in the SVG");
        }
        assertTrue(text.contains(mu.plot().model().xLabel()), "the x axis title");
        Files.copy(svg, screenshots.resolve("issue16-12-exported.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    // ------------------------------------------------------------------ helpers

    private void selectInTree(List<DataItem> items) {
        DataTreePart tree = part(TREE_PART, DataTreePart.class);
        tree.viewer().setSelection(new StructuredSelection(items));
        ui.settle(200);
        assertEquals(items, workbench.selection().items());
    }

    private <T> T part(String id, Class<T> type) {
        EPartService parts = context.get(EPartService.class);
        MPart part = parts.findPart(id);
        assertNotNull(part, id);
        parts.showPart(part, EPartService.PartState.ACTIVATE);
        ui.settle(200);
        return type.cast(part.getObject());
    }

    private NodePart node(String nodeId) {
        return part(NodePart.partId("xas", nodeId), NodePart.class);
    }

    private NodePart nodeWithControl(String parameter) {
        for (NodeDefinition definition : workbench.session().pipeline().topologicalNodes()) {
            NodePart node = node(definition.id());
            if (node.controls() != null && node.controls().inputFor(parameter) != null) {
                return node;
            }
        }
        throw new AssertionError("no node view has a control of " + parameter);
    }

    private static void revealInScroller(Control control) {
        ScrolledComposite scroller = ancestor(control, ScrolledComposite.class);
        if (scroller != null) {
            scroller.showControl(control);
        }
    }

    private static List<Button> arrayChecks(NodePart node) {
        List<Button> checks = new ArrayList<>();
        collectChecks(node.plot().getParent(), checks);
        return checks;
    }

    private static void collectChecks(Composite parent, List<Button> checks) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && button.getData("array") != null) {
                checks.add(button);
            } else if (child instanceof Composite composite) {
                collectChecks(composite, checks);
            }
        }
    }

    /** A check box of an array that is not shown yet (selected false) or shown. */
    private static Button arrayCheck(NodePart node, boolean selected) {
        return arrayChecks(node).stream().filter(b -> b.getSelection() == selected).findFirst()
                .orElseThrow(() -> new AssertionError("no array check box that is " + (selected ? "on" : "off")));
    }

    private Object value(DataItem item, String name) {
        ParameterDescriptor descriptor = workbench.session().pipeline().transforms().stream()
                .flatMap(t -> t.parameters().stream()).filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        return DataCommands.parameter(item, name).map(p -> p.getValue()).orElse(descriptor.defaultValue());
    }

    private List<Object> values(List<DataItem> items, String name) {
        return items.stream().map(item -> Objects.toString(value(item, name))).map(Object.class::cast).toList();
    }

    /** The edit Undo would undo now (null: none). */
    private Object undoTop() {
        return workbench.session().domain().getCommandStack().getUndoCommand();
    }

    /** A key press with modifiers as the keyboard delivers it: through the display's filters (key bindings) to the control. */
    private void key(Control control, int keyCode, int modifiers) {
        Event down = new Event();
        down.keyCode = keyCode;
        down.character = modifiers == SWT.CTRL && Character.isLetter(keyCode) ? (char) (keyCode - 'a' + 1)
                : keyCode == SWT.DEL ? (char) 0x7f : (char) keyCode;
        down.stateMask = modifiers;
        control.notifyListeners(SWT.KeyDown, down);
        Event up = new Event();
        up.keyCode = keyCode;
        up.character = down.character;
        up.stateMask = modifiers;
        control.notifyListeners(SWT.KeyUp, up);
        ui.settle(100);
    }

    private void type(Text field, String text) {
        for (char c : text.toCharArray()) {
            field.insert(String.valueOf(c));
        }
        ui.settle(100);
    }

    private void command(String id) {
        EHandlerService handlers = context.get(EHandlerService.class);
        ECommandService commands = context.get(ECommandService.class);
        handlers.executeHandler(commands.createCommand(id, null));
        ui.settle(300);
    }

    private Shell mainShell() {
        return WorkbenchScenario.mainShell(display);
    }
}
