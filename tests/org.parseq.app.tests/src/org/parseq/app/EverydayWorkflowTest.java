package org.parseq.app;

import org.parseq.workbench.testsupport.UiDriver;
import org.parseq.workbench.testsupport.WorkbenchScenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.parseq.io.tree.TreeEntry;
import org.parseq.model.DataCommands;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.ParameterValue;
import org.parseq.model.session.Session;
import org.parseq.ui.files.FileTreePart;
import org.parseq.ui.files.FormatDraft;
import org.parseq.ui.session.Preferences;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.ui.tree.DataTreePart;
import org.parseq.ui.workbench.ExampleData;
import org.parseq.ui.workbench.PipelineCatalog;

/**
 * Everyday work with a series (issue 13): a scan loaded after tuning another starts with the
 * tuned parameters, as in the original; with the file browser's check off it starts with the
 * defaults, and the choice is kept for later sessions.
 * <p>
 * Runs after the other workbench tests (see junit-platform.properties): it reads the model and
 * clicks controls of the file browser, which need no results events.
 */
@org.junit.jupiter.api.Order(4)
class EverydayWorkflowTest {

    private static final String FILES_PART = "org.parseq.ui.part.files";
    private static final String TREE_PART = "org.parseq.ui.part.dataTree";

    private Display display;
    private IEclipseContext context;
    private UiDriver ui;
    private WorkbenchSession workbench;

    @Test
    void aNewScanTakesTheParametersTunedOnTheSelectedOneUnlessTheUserPrefersDefaults() throws Exception {
        WorkbenchScenario.run(List.of("-clearPersistedState", "--pipeline", "xas"), (driver, window, windowContext) -> {
            display = window.getDisplay();
            ui = driver;
            context = windowContext;
            workbench = context.get(WorkbenchSession.class);
            scenario();
        });
    }

    private void scenario() throws Exception {
        Path examples = ExampleData.folder(context.get(PipelineCatalog.class).examples().forPipeline("xas").get(0))
                .orElseThrow(() -> new AssertionError("no example data installed"));
        FileTreePart files = part(FILES_PART, FileTreePart.class);
        files.showFolder(examples);
        files.format().show(FormatDraft.fromJson(
                Files.readString(examples.resolve("cu-foils.format.json"), StandardCharsets.UTF_8)));
        List<TreeEntry> foils = files.root().children().stream().filter(e -> e.name().endsWith(".dat")).toList();
        assertEquals(3, foils.size());
        Button takeSelected = files.newItemsTakeSelected();
        assertTrue(takeSelected.getSelection(), "new items take the selected item's parameters by default");

        files.load(List.of(foils.get(0)));
        Session session = workbench.session();
        DataItem tuned = session.items().get(0);
        select(tuned);
        session.execute(DataCommands.setParameter(session.domain(), List.of(tuned), "eShift", 2.5));
        session.execute(DataCommands.setParameter(session.domain(), List.of(tuned), "e0Where", List.of(0.05, 0.6)));

        files.load(List.of(foils.get(1)));
        DataItem next = session.items().get(1);
        assertEquals(2.5, ((Number) value(next, "eShift")).doubleValue(), 0, "the tuned eShift");
        assertEquals(List.of(0.05, 0.6), value(next, "e0Where"), "the tuned E0 search range");
        ui.waitForResults(workbench);
        assertTrue(session.result(next, "mu").isGood(), "the new foil computes with them");

        // the user prefers defaults: a click on the check, kept for later sessions
        takeSelected.setSelection(false);
        takeSelected.notifyListeners(SWT.Selection, new Event());
        assertFalse(Preferences.ofUser().newItemsTakeSelectedParameters());
        select(tuned);
        files.load(List.of(foils.get(2)));
        DataItem plain = session.items().get(2);
        assertNull(value(plain, "eShift"), "defaults: no parameter of its own");
        assertNull(value(plain, "e0Where"));

        // the user keeps the tuned parameters as their own defaults: a new scan starts there
        // without a selected item to copy, and "reset to my defaults" returns an item to them
        var own = new org.parseq.model.session.UserDefaults(org.parseq.ui.session.UserSettings.folder());
        own.save(session.pipeline(), tuned.getParameters());
        select(plain);
        files.load(List.of(foils.get(2)));
        DataItem fromOwn = session.items().get(3);
        assertEquals(2.5, ((Number) value(fromOwn, "eShift")).doubleValue(), 0, "the user's own default eShift");
        assertEquals(List.of(0.05, 0.6), value(fromOwn, "e0Where"));
        session.execute(DataCommands.resetAllParametersTo(session.domain(), List.of(plain),
                own.read(session.pipeline()).values()));
        assertEquals(2.5, ((Number) value(plain, "eShift")).doubleValue(), 0);
        session.undo();
        assertNull(value(plain, "eShift"), "undo: back to the program's defaults");
        session.undo();
        assertEquals(3, session.items().size(), "undo: the fourth load is gone");
        own.forget(session.pipeline());
        assertFalse(own.exist(session.pipeline()));

        takeSelected.setSelection(true);
        takeSelected.notifyListeners(SWT.Selection, new Event());
        assertTrue(Preferences.ofUser().newItemsTakeSelectedParameters());

        // colour tags: a column file's item is tagged as one on loading; the user tags an item
        // through the data tree's menu, one undoable edit, and its name takes the tag's colour
        DataTreePart tagged = part(TREE_PART, DataTreePart.class);
        assertEquals(org.parseq.model.ColourTags.COLUMN_FILE, tuned.getColourTag(), "tagged as a column file");
        select(tuned);
        var treeMenu = tagged.viewer().getTree().getMenu();
        treeMenu.notifyListeners(SWT.Show, new Event());
        var tagMenu = java.util.Arrays.stream(treeMenu.getItems()).filter(i -> i.getText().equals("Colour tag"))
                .findFirst().orElseThrow(() -> new AssertionError("no 'Colour tag' in the data tree's menu"));
        tagMenu.getMenu().notifyListeners(SWT.Show, new Event());
        var seven = tagMenu.getMenu().getItem(7);
        seven.setSelection(true);
        seven.notifyListeners(SWT.Selection, new Event());
        treeMenu.notifyListeners(SWT.Hide, new Event());
        ui.settle(200);
        assertEquals(7, tuned.getColourTag(), "tagged from the menu");
        assertEquals(new org.eclipse.swt.graphics.RGB(0xa9, 0xa9, 0xa9),
                tagged.viewer().getTree().getItem(0).getForeground(0).getRGB(), "the name in the tag's colour");
        ui.screenshot(tagged.viewer().getControl().getParent(), "issue13-colour-tag");
        session.undo();
        assertEquals(org.parseq.model.ColourTags.COLUMN_FILE, tuned.getColourTag(), "undo");
        session.redo();

        // the "plot" column: a click on its header plots the ticked items whatever is selected,
        // a click on an item's box unticks it (undoable), and the µd view follows
        var mu = org.parseq.workbench.testsupport.Widgets.showNode(context.get(EPartService.class), ui, "xas", "mu");
        ui.waitForResults(workbench);
        select(tuned);
        assertEquals(List.of(tuned.getId()), curveItems(mu), "the selected item is plotted");
        tagged = part(TREE_PART, DataTreePart.class);
        tagged.setPlotsTickedItems(true);
        assertEquals(session.items().stream().map(DataItem::getId).toList(), curveItems(mu), "all ticked: all plotted");
        var secondRow = tagged.viewer().getTree().getItem(1);
        var box = secondRow.getBounds(1);
        Event click = new Event();
        click.x = box.x + box.width / 2;
        click.y = box.y + box.height / 2;
        click.button = 1;
        tagged.viewer().getTree().notifyListeners(SWT.MouseDown, click);
        ui.settle(200);
        DataItem second = session.items().get(1);
        assertFalse(second.isPlotted(), "unticked by a click on its box");
        assertEquals(List.of(tuned.getId(), session.items().get(2).getId()), curveItems(mu));
        ui.screenshot(tagged.viewer().getControl().getParent(), "issue13-plot-ticked");
        session.undo();
        ui.settle(200);
        assertTrue(second.isPlotted(), "undo ticks it again");
        assertEquals(3, curveItems(mu).size());
        tagged.setPlotsTickedItems(false);
        assertEquals(List.of(tuned.getId()), curveItems(mu), "back to the selected item");

        // reset all parameters of an item: one edit with a short name, undone by one undo
        session.execute(DataCommands.resetAllParameters(session.domain(), List.of(next)));
        assertNull(value(next, "eShift"));
        assertNull(value(next, "e0Where"));
        assertEquals("Reset all parameters of " + next.getAlias(),
                session.domain().getCommandStack().getUndoCommand().getLabel());
        session.undo();
        assertEquals(2.5, ((Number) value(next, "eShift")).doubleValue(), 0);

        DataTreePart tree = part(TREE_PART, DataTreePart.class);
        // the filter field above the data tree shows the items whose name holds the text
        tree.filterField().setText("23069");
        ui.settle(200);
        assertEquals(List.of(next), visibleItems(tree), "only the matching item is shown");
        ui.screenshot(tree.viewer().getControl().getParent(), "issue13-data-tree-filter");
        tree.filterField().setText("");
        ui.settle(200);
        assertEquals(session.items(), visibleItems(tree));

        // Edit > History lists the edits and goes back to any point, and forward again
        var history = (org.parseq.model.HistoryCommandStack) session.domain().getCommandStack();
        List<String> labels = history.labels();
        int now = history.doneCount();
        assertEquals(labels.size() - 1, now, "the reset was undone: it can be redone");
        int afterFirstLoad = labels.indexOf("Load " + tuned.getAlias()) + 1;
        assertTrue(afterFirstLoad > 0, () -> "the first load is in the history: " + labels);
        org.parseq.ui.handlers.HistoryDialog dialog = new org.parseq.ui.handlers.HistoryDialog(
                mainShell(), history);
        dialog.setBlockOnOpen(false);
        dialog.open();
        assertEquals(labels.size() + 1, dialog.table().getItemCount(), "the start and every edit");
        ui.screenshot(dialog.getShell(), "issue13-history");
        dialog.goTo(afterFirstLoad);
        assertEquals(List.of(tuned), session.items(), "back to one foil");
        assertNull(value(tuned, "eShift"), "before the tuning");
        dialog.goTo(now);
        assertEquals(3, session.items().size(), "forward again to where we were");
        assertEquals(2.5, ((Number) value(tuned, "eShift")).doubleValue(), 0);
        dialog.close();

        fileBrowser(files, examples);
    }

    /**
     * The file browser's everyday help: a name filter, the last data folder remembered, the
     * header or HDF5 attributes of the selected entry, and "use as" on an HDF5 dataset.
     */
    private void fileBrowser(FileTreePart files, Path examples) {
        assertEquals(examples.toAbsolutePath(), Preferences.ofUser().lastDataFolder().orElseThrow(),
                "loading remembers the data folder");
        files.nameFilter().setText("*.dat");
        ui.settle(200);
        List<String> shown = java.util.Arrays.stream(files.viewer().getTree().getItems()).map(i -> i.getText()).toList();
        assertFalse(shown.isEmpty());
        assertTrue(shown.stream().allMatch(name -> name.endsWith(".dat")), () -> "only .dat files: " + shown);
        ui.screenshot(files.viewer().getControl().getParent().getParent(), "issue13-file-browser-filter");
        files.nameFilter().setText("");

        TreeEntry foil = files.root().children().stream().filter(e -> e.name().endsWith(".dat")).findFirst()
                .orElseThrow();
        files.viewer().setSelection(new StructuredSelection(foil));
        ui.settle(200);
        assertTrue(files.metadataPanel().getText().startsWith("#"),
                () -> "the header lines of " + foil.name() + ": " + files.metadataPanel().getText());

        // "Automatic Format" fills an empty format from the foil's header and says what it found
        files.format().show(FormatDraft.fromJson("{\"node\": \"" + files.format().nodeId() + "\"}"));
        assertTrue(files.format().problem().isPresent(), "an empty format is not complete");
        String found = files.automaticFormat();
        assertTrue(found.contains("energy = Col"), found);
        assertTrue(files.format().problem().isEmpty(), () -> "complete after the guess: " + files.format().problem());
        assertTrue(files.format().sourceFields().stream().anyMatch(field -> !field.getText().isEmpty()),
                "the fields show the guess");
        ui.screenshot(files.viewer().getControl().getParent().getParent(), "issue14-automatic-format");

        Path hdf5 = org.parseq.testsupport.SharedData.folder().resolve("data/parseq-xas/HERFD");
        files.showFolder(hdf5);
        TreeEntry file = files.root().children().stream().filter(e -> e.name().equals("20230318.h5")).findFirst()
                .orElseThrow();
        TreeEntry entry = file.children().get(0);
        TreeEntry measurement = entry.children().stream().filter(e -> e.name().equals("measurement")).findFirst()
                .orElseThrow();
        TreeEntry energy = measurement.children().stream().filter(e -> e.name().equals("mono1_energy_acs"))
                .findFirst().orElseThrow();
        files.viewer().expandToLevel(file, 1);
        files.viewer().expandToLevel(entry, 1);
        files.viewer().expandToLevel(measurement, 1);
        files.viewer().setSelection(new StructuredSelection(entry));
        ui.settle(200);
        assertTrue(files.metadataPanel().getText().contains("NX_class = NXentry"),
                () -> "the entry's attributes: " + files.metadataPanel().getText());
        files.viewer().setSelection(new StructuredSelection(energy));
        ui.settle(200);
        assertTrue(files.metadataPanel().getText().contains("shape [601]"),
                () -> "the dataset's shape: " + files.metadataPanel().getText());
        ui.screenshot(files.viewer().getControl().getParent().getParent(), "issue13-file-browser-hdf5-metadata");

        // right-click > Use as > the first array of the entry node: its field takes the dataset's path
        var menu = files.viewer().getTree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        var useAs = java.util.Arrays.stream(menu.getItems()).filter(i -> i.getText().equals("Use as")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'Use as' on a dataset"));
        useAs.getMenu().notifyListeners(SWT.Show, new Event());
        var firstArray = useAs.getMenu().getItem(0);
        firstArray.notifyListeners(SWT.Selection, new Event());
        assertEquals("measurement/mono1_energy_acs", files.format().sourceFields().get(0).getText(),
                "the dataset relative to its entry");
        menu.notifyListeners(SWT.Hide, new Event());
    }

    /** The items of a node view's curves, in the order they are drawn, each once. */
    private static List<String> curveItems(org.parseq.ui.nodes.NodePart view) {
        return view.plot().model().curves().stream().map(org.parseq.ui.plot.Curve::itemId).distinct().toList();
    }

    private static List<Object> visibleItems(DataTreePart tree) {
        return java.util.Arrays.stream(tree.viewer().getTree().getItems()).map(item -> item.getData()).toList();
    }

    private void select(DataItem item) {
        DataTreePart tree = part(TREE_PART, DataTreePart.class);
        tree.viewer().setSelection(new StructuredSelection(item));
        ui.settle(200);
        assertEquals(List.of(item), workbench.selection().items());
    }

    private static Object value(DataItem item, String name) {
        return item.getParameters().stream().filter(p -> p.getName().equals(name)).map(ParameterValue::getValue)
                .findFirst().orElse(null);
    }

    private <T> T part(String id, Class<T> type) {
        EPartService parts = context.get(EPartService.class);
        MPart part = parts.findPart(id);
        assertNotNull(part, id);
        parts.showPart(part, EPartService.PartState.ACTIVATE);
        ui.settle(200);
        return type.cast(part.getObject());
    }

    private Shell mainShell() {
        return WorkbenchScenario.mainShell(display);
    }
}
