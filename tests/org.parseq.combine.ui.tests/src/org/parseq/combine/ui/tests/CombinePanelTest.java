package org.parseq.combine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.Test;
import org.parseq.model.DataCommands;
import org.parseq.model.Elements;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;
import org.parseq.ui.combine.CombineSection;
import org.parseq.ui.nodes.NodePart;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.ui.tree.DataTreePart;
import org.parseq.workbench.testsupport.UiDriver;
import org.parseq.testsupport.SharedData;
import org.parseq.workbench.testsupport.WorkbenchScenario;

/**
 * The combine panel in the real workbench, with SWT events: the 19 Cu spectra of cu-ref-mix.res
 * selected in the data tree, "Combine…" in the µd view, PCA shows the scree plot and IND with
 * its minimum at 9 components; "Combine" with 3 components makes 19 groups as one undoable
 * edit; MCR-ALS with 2 components shows C with error bands; bad input gives messages in the
 * panel. Screenshots (combine-*.png) go to target/screenshots.
 */
class CombinePanelTest {

    private Display display;
    private UiDriver ui;

    @Test
    void pcaAndMcrOfTheNineteenCuSpectraInTheCombinePanel() throws Exception {
        List<String> errors = new CopyOnWriteArrayList<>();
        ILogListener logged = (status, plugin) -> {
            if (status.getSeverity() == IStatus.ERROR) {
                errors.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
            }
        };
        Platform.addLogListener(logged);
        try {
            runWorkbench(List.of("-clearPersistedState", "--pipeline", "xas"));
        } finally {
            Platform.removeLogListener(logged);
        }
        assertTrue(errors.isEmpty(), () -> "the workbench reported errors: " + errors);
    }

    private void scenario(Shell shell, IEclipseContext context) throws Exception {
        WorkbenchSession workbench = context.get(WorkbenchSession.class);
        EPartService parts = context.get(EPartService.class);
        Session session = workbench.session();
        List<DataItem> spectra = loadCuSpectra(session);
        waitForResults(workbench);

        DataTreePart tree = (DataTreePart) show(parts, "org.parseq.ui.part.dataTree").getObject();
        NodePart mu = (NodePart) show(parts, NodePart.partId("xas", "mu")).getObject();
        tree.viewer().setSelection(new StructuredSelection(spectra));
        waitUntil("the 19 spectra selected", 10_000, () -> workbench.selection().items().size() == 19);

        Button toggle = findButton(mu.plot().getParent(), "Combine\u2026");
        toggle.setSelection(true);
        toggle.notifyListeners(SWT.Selection, new Event());
        CombineSection panel = mu.combineSection();
        state = () -> "; the panel: visible " + panel.isVisible() + ", message '" + panel.message().getText()
                + "', preview '" + panel.preview().chart().getTitle().getText() + "', computing "
                + panel.isComputing() + ", " + workbench.selection().items().size() + " items selected";
        waitUntil("the panel shown", 5_000, panel::isVisible);
        select(panel.kind(), "PCA (classic)");
        spin(panel.components(), 3);
        waitUntil("the PCA preview", 60_000, () -> panel.preview().shown().startsWith("PCA"));
        assertEquals("PCA: 19 eigenvalues, IND minimum at 9", panel.preview().shown());
        List<String> series = seriesIds(panel);
        assertTrue(series.contains("eigenvalues") && series.contains("IND")
                && series.contains("IND minimum: 9 components"), series.toString());
        assertEquals("", panel.message().getText());
        screenshot(shell, "combine-pca-preview");

        Command before = lastEdit(session);
        press(panel.combineButton());
        waitForResults(workbench);
        List<DataGroup> groups = session.root().getChildren().stream().filter(DataGroup.class::isInstance)
                .map(DataGroup.class::cast).toList();
        assertEquals(19, groups.size(), "a group of 3 components per spectrum");
        DataGroup first = groups.get(0);
        assertEquals(spectra.get(0).getAlias() + "-PCA3", first.getAlias());
        assertEquals(3, first.getChildren().size());
        assertTrue(lastEdit(session) != before && lastEdit(session).getLabel().startsWith("Combine 19 items"),
                "Combine is the last edit: " + lastEdit(session).getLabel());
        List<DataItem> components = first.getChildren().stream().map(DataItem.class::cast).toList();
        tree.viewer().setSelection(new StructuredSelection(components));
        waitUntil("the group's items plotted", 10_000, () -> mu.plot().model().curves().stream()
                .anyMatch(c -> c.label().contains(components.get(0).getAlias())));
        for (DataItem component : components) {
            assertTrue(session.result(component, "mu").isGood(), component.getAlias() + " computed");
        }
        screenshot(shell, "combine-pca-group");
        session.undo();
        assertSame(before, lastEdit(session), "Combine was one edit");
        assertTrue(session.root().getChildren().stream().noneMatch(DataGroup.class::isInstance),
                "one undo takes all 19 groups away");
        session.redo();
        assertEquals(19, session.root().getChildren().stream().filter(DataGroup.class::isInstance).count());
        waitForResults(workbench);

        tree.viewer().setSelection(new StructuredSelection(spectra));
        waitUntil("the 19 spectra selected again", 10_000, () -> workbench.selection().items().size() == 19);
        select(panel.kind(), "MCR-ALS");
        spin(panel.components(), 2);
        waitUntil("the MCR-ALS preview", 120_000, () -> panel.preview().shown().startsWith("MCR-ALS"));
        assertEquals("MCR-ALS: C of 2 components over 19 items with bands", panel.preview().shown());
        series = seriesIds(panel);
        assertTrue(series.containsAll(List.of("C1", "C2", "C1 band", "C2 band")), series.toString());
        screenshot(shell, "combine-mcr-preview");

        // Bad input: a message in the panel, no exception, no edit.
        Command beforeBadInput = lastEdit(session);
        spin(panel.components(), 25);
        waitUntil("too many components refused", 5_000,
                () -> panel.message().getText().contains("25 components need at least 25 items; 19 are selected"));
        assertFalse(panel.combineButton().isEnabled());
        spin(panel.components(), 2);
        type(panel.xMinField(), "20000");
        waitUntil("an empty range refused", 5_000, () -> panel.message().getText().contains("holds no point"));
        screenshot(shell, "combine-bad-input");
        type(panel.xMinField(), "abc");
        waitUntil("a bad number named", 5_000, () -> panel.message().getText().contains("x from: 'abc'"));
        type(panel.xMinField(), "8970");
        type(panel.xMaxField(), "9100");
        waitUntil("the range accepted", 60_000, () -> panel.message().getText().isEmpty()
                && panel.preview().shown().startsWith("MCR-ALS"));
        screenshot(shell, "combine-mcr-range");

        // the range's upper end dragged on the µd plot with the mouse: the field follows, the preview too
        Control area = mu.plot().plotArea();
        org.eclipse.swtchart.IAxis x = mu.plot().chart().getAxisSet().getXAxis(0);
        int from = x.getPixelCoordinate(9100);
        int to = x.getPixelCoordinate(9050);
        mouse(area, SWT.MouseDown, from, area.getSize().y / 2);
        mouse(area, SWT.MouseMove, (from + to) / 2, area.getSize().y / 2);
        mouse(area, SWT.MouseMove, to, area.getSize().y / 2);
        mouse(area, SWT.MouseUp, to, area.getSize().y / 2);
        double dragged = Double.parseDouble(panel.xMaxField().getText());
        double pixel = Math.abs(x.getDataCoordinate(1) - x.getDataCoordinate(0));
        assertEquals(9050, dragged, 2 * pixel, "the dragged end, to a pixel");
        assertEquals(8970, Double.parseDouble(panel.xMinField().getText()), 0, "the other end stays");
        waitUntil("the preview of the dragged range", 60_000, () -> panel.message().getText().isEmpty()
                && panel.preview().shown().startsWith("MCR-ALS"));
        screenshot(shell, "combine-mcr-range-dragged");
        assertSame(beforeBadInput, lastEdit(session), "bad input and range drags made no edit");
    }

    private List<DataItem> loadCuSpectra(Session session) throws IOException {
        Path file = SharedData.folder().resolve("data/parseq-xas/cu-ref-mix.res");
        List<String> names;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            names = List.of(in.readLine().strip().split("\\s+"));
        }
        List<DataItem> spectra = new ArrayList<>();
        for (int i = 1; i < names.size(); i++) {
            spectra.add(Elements.newItem(names.get(i), "mu", file.toString(), null,
                    "{\"node\":\"mu\",\"columns\":{\"e\":\"0\",\"mu\":\"" + i + "\"},\"skipRows\":1}"));
        }
        session.execute(DataCommands.addItems(session.domain(), session.root(), session.root(), spectra));
        assertEquals(19, spectra.size());
        return spectra;
    }

    /** The edit Edit > Undo would take back now. */
    private static Command lastEdit(Session session) {
        return session.domain().getCommandStack().getUndoCommand();
    }

    private List<String> seriesIds(CombineSection panel) {
        List<String> ids = new ArrayList<>();
        for (ISeries<?> series : panel.preview().chart().getSeriesSet().getSeries()) {
            ids.add(series.getId());
        }
        return ids;
    }

    private MPart show(EPartService parts, String id) {
        MPart part = parts.findPart(id);
        assertNotNull(part, "part " + id);
        parts.showPart(part, EPartService.PartState.ACTIVATE);
        settle(300);
        return part;
    }

    private static Button findButton(Control root, String text) {
        if (root instanceof Button button && text.equals(button.getText())) {
            return button;
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = findButton(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void select(Combo combo, String entry) {
        int index = List.of(combo.getItems()).indexOf(entry);
        assertTrue(index >= 0, entry + " in " + List.of(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        settle(100);
    }

    private static void mouse(Control control, int type, int x, int y) {
        Event event = new Event();
        event.button = 1;
        event.x = x;
        event.y = y;
        control.notifyListeners(type, event);
    }

    private void spin(Spinner spinner, int value) {
        spinner.setSelection(value);
        spinner.notifyListeners(SWT.Selection, new Event());
        settle(100);
    }

    private void type(Text text, String value) {
        text.setFocus();
        text.setText(value); // sends SWT.Modify, as typing does
        settle(100);
    }

    private void press(Button button) {
        assertTrue(button.isEnabled(), button.getText() + " enabled");
        button.notifyListeners(SWT.Selection, new Event());
        settle(100);
    }

    private void waitForResults(WorkbenchSession workbench) {
        ui.waitForResults(workbench);
    }

    /** What the panel shows, for the message of a wait that timed out. */
    private java.util.function.Supplier<String> state = () -> "";

    private void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
        try {
            ui.waitUntil(what, timeoutMillis, condition);
        } catch (AssertionError timedOut) {
            throw new AssertionError(timedOut.getMessage() + state.get(), timedOut);
        }
    }

    private void settle(long millis) {
        ui.settle(millis);
    }

    private void screenshot(Control control, String name) {
        ui.screenshot(control, name);
    }

    private void runWorkbench(List<String> arguments) throws Exception {
        WorkbenchScenario.run(arguments, (driver, shell, context) -> {
            display = shell.getDisplay();
            ui = driver;
            shell.setSize(1600, 1100);
            settle(500);
            scenario(shell, context);
        });
    }
}
