package org.parseq.correct.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.IAxis;
import org.junit.jupiter.api.Test;
import org.parseq.model.CorrectionCommands;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;
import org.parseq.ui.correct.CorrectionSection;
import org.parseq.ui.nodes.NodePart;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.workbench.testsupport.UiDriver;
import org.parseq.workbench.testsupport.Widgets;
import org.parseq.workbench.testsupport.WorkbenchScenario;

/**
 * The corrections panel in the real workbench, with SWT events, on the XAS example foils: at µd,
 * "Corrections…" opens the panel; a spike deletion whose range is typed and then dragged on the
 * plot with the mouse is added to one foil as one edit; that foil's µd and χ change, the other
 * foils' stay bit for bit; undo brings the earlier curves back bit for bit, redo the corrected
 * ones; switching the correction off and removing it are edits too; a spline's knot is dragged;
 * glitches are marked at the currents node and deleted. Screenshots
 * (corrections-*.png) go to target/screenshots.
 */
class CorrectionPanelTest {

    private static final String PIPELINE = "xas";

    @Test
    void aSpikeDeletionOnOneFoilFromTheCorrectionsPanel() throws Exception {
        WorkbenchScenario.run(List.of("-clearPersistedState", "--pipeline", PIPELINE), this::scenario);
    }

    private void scenario(UiDriver ui, Shell shell, IEclipseContext context) throws Exception {
        WorkbenchSession workbench = context.get(WorkbenchSession.class);
        Session session = workbench.session();
        shell.setBounds(0, 0, 1600, 1100);
        ui.waitUntil("the example foils", 60_000, () -> session.items().size() >= 2);
        ui.waitForResults(workbench);
        List<DataItem> foils = session.items();
        DataItem foil = foils.get(0);
        double[] chiBefore = session.array(foil, "chi", "chi");
        double[] muBefore = session.array(foil, "mu", "mu");
        double[] otherChi = session.array(foils.get(1), "chi", "chi");
        workbench.selection().select(List.of(foil));
        NodePart mu = Widgets.showNode(context.get(EPartService.class), ui, PIPELINE, "mu");

        Button toggle = Widgets.find(mu.plot().getParent(), Button.class,
                b -> b.getText().equals("Corrections\u2026"));
        toggle.setSelection(true);
        toggle.notifyListeners(SWT.Selection, new Event());
        CorrectionSection panel = mu.correctionSection();
        ui.waitUntil("the corrections panel shown", 5_000, panel::isVisible);
        assertEquals(0, panel.table().getItemCount());

        double[] e = session.array(foil, "mu", "e");
        double lower = e[e.length / 3];
        double upper = e[e.length / 2];
        double draggedTo = e[(e.length / 3 + e.length / 2) / 2];
        panel.kind().select(List.of(panel.kind().getItems()).indexOf("delete spikes"));
        panel.kind().notifyListeners(SWT.Selection, new Event());
        panel.fromField().setText(Double.toString(lower));
        panel.toField().setText(Double.toString(upper));
        ui.settle(200);
        // the upper end dragged on the plot with the mouse: only the field follows, nothing is edited yet
        Object editBefore = session.domain().getCommandStack().getUndoCommand();
        Control area = mu.plot().plotArea();
        IAxis x = mu.plot().chart().getAxisSet().getXAxis(0);
        int from = x.getPixelCoordinate(upper);
        int to = x.getPixelCoordinate(draggedTo);
        for (int[] step : new int[][] {{SWT.MouseDown, from}, {SWT.MouseMove, (from + to) / 2},
            {SWT.MouseMove, to}, {SWT.MouseUp, to}}) {
            Event event = new Event();
            event.button = 1;
            event.x = step[1];
            event.y = area.getSize().y / 2;
            area.notifyListeners(step[0], event);
        }
        double pixel = Math.abs(x.getDataCoordinate(1) - x.getDataCoordinate(0));
        assertEquals(draggedTo, Double.parseDouble(panel.toField().getText()), 2 * pixel, "the dragged end");
        assertEquals(editBefore, session.domain().getCommandStack().getUndoCommand(), "a drag alone edits nothing");

        press(Widgets.find(panel, Button.class, b -> b.getText().equals("Add to selected")));
        ui.waitForResults(workbench);
        String edit = session.domain().getCommandStack().getUndoCommand().getLabel();
        assertEquals("Add spikes correction to " + foil.getAlias(), edit);
        Map<String, Object> settings = CorrectionCommands.settings(foil.getCorrections().get(0));
        assertEquals("auto", settings.get("cutoff"));
        assertEquals(1, panel.table().getItemCount());
        assertEquals("delete spikes", panel.table().getItem(0).getText(1));
        assertTrue(panel.table().getItem(0).getChecked());
        double[] chiCorrected = session.array(foil, "chi", "chi");
        assertFalse(Arrays.equals(chiBefore, chiCorrected), "χ of the corrected foil changed");
        assertTrue(session.array(foil, "mu", "mu").length < muBefore.length || !Arrays.equals(muBefore,
                session.array(foil, "mu", "mu")), "µd of the corrected foil changed");
        for (DataItem other : foils.subList(1, foils.size())) {
            assertTrue(other.getCorrections().isEmpty());
        }
        assertArrayEquals(otherChi, session.array(foils.get(1), "chi", "chi"), "the other foil is not touched");
        ui.screenshot(shell, "corrections-spikes-added");
        ui.screenshot(panel, "corrections-panel");

        session.domain().getCommandStack().undo();
        ui.waitForResults(workbench);
        assertEquals(0, panel.table().getItemCount());
        assertArrayEquals(chiBefore, session.array(foil, "chi", "chi"), "undo: χ back bit for bit");
        session.domain().getCommandStack().redo();
        ui.waitForResults(workbench);
        assertArrayEquals(chiCorrected, session.array(foil, "chi", "chi"), "redo: the corrected χ again");

        // the check box switches the correction off: one edit, the data as without it
        panel.table().getItem(0).setChecked(false);
        Event check = new Event();
        check.detail = SWT.CHECK;
        check.item = panel.table().getItem(0);
        panel.table().notifyListeners(SWT.Selection, check);
        ui.waitForResults(workbench);
        assertEquals(Boolean.FALSE, CorrectionCommands.settings(foil.getCorrections().get(0)).get("use"));
        assertArrayEquals(chiBefore, session.array(foil, "chi", "chi"), "a correction switched off does nothing");
        assertFalse(panel.table().getItem(0).getChecked());

        panel.table().select(0);
        panel.table().notifyListeners(SWT.Selection, new Event());
        press(Widgets.find(panel, Button.class, b -> b.getText().equals("Remove")));
        ui.waitForResults(workbench);
        assertTrue(foil.getCorrections().isEmpty());
        assertEquals(0, panel.table().getItemCount());
        session.domain().getCommandStack().undo();
        ui.waitForResults(workbench);
        assertEquals(1, foil.getCorrections().size(), "undo brings the removed correction back");

        splineKnotDragged(ui, shell, session, workbench, mu, foil, lower, upper);
        glitchesMarkedAndDeleted(ui, shell, session, workbench, context, foil);
    }

    /**
     * An example foil with a glitch put into both currents at one energy, loaded at the currents
     * node: "Mark glitches" marks that point (and the monochromator glitches the foils have anyway);
     * "Delete marked" deletes the marked points as one edit; undo brings them back.
     */
    private static void glitchesMarkedAndDeleted(UiDriver ui, Shell shell, Session session,
            WorkbenchSession workbench, IEclipseContext context, DataItem example) throws Exception {
        String location = example.getSource().getLocation();
        Path exampleFile = location.startsWith("file:") ? Path.of(java.net.URI.create(location)) : Path.of(location);
        List<String> lines = new ArrayList<>(Files.readAllLines(exampleFile));
        int row = 0;
        int dataRows = 0;
        while (dataRows <= 2000) {
            if (!lines.get(row).startsWith("#") && !lines.get(row).isBlank()) {
                dataRows++;
            }
            row++;
        }
        String[] fields = lines.get(row - 1).strip().split("\\s+");
        double glitchEnergy = Double.parseDouble(fields[1]);
        for (int column = 3; column <= 6; column++) {
            fields[column] = Double.toString(Double.parseDouble(fields[column]) * 0.98);
        }
        lines.set(row - 1, String.join(" ", fields));
        Path folder = Files.createTempDirectory("glitch");
        Path file = Files.write(folder.resolve("glitched.dat"), lines);
        DataItem glitched = session.load("glitched", "currents_tr", file.toString(), null,
                example.getSource().getFormat());
        ui.waitForResults(workbench);
        workbench.selection().select(List.of(glitched));
        NodePart currents = Widgets.showNode(context.get(EPartService.class), ui, PIPELINE, "currents_tr");
        Button toggle = Widgets.find(currents.plot().getParent(), Button.class,
                b -> b.getText().equals("Corrections\u2026"));
        toggle.setSelection(true);
        toggle.notifyListeners(SWT.Selection, new Event());
        CorrectionSection panel = currents.correctionSection();
        ui.waitUntil("the corrections panel at the currents", 5_000, panel::isVisible);
        double[] eraw = session.array(glitched, "currents_tr", "eraw");

        panel.markGlitchesButton().setSelection(true);
        panel.markGlitchesButton().notifyListeners(SWT.Selection, new Event());
        ui.settle(200);
        String marked = panel.glitches().getText();
        int count = Integer.parseInt(marked.substring(0, marked.indexOf(' ')));
        assertTrue(marked.contains(String.format(java.util.Locale.ROOT, "%.8g", glitchEnergy)
                .replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "")), glitchEnergy + " in " + marked);
        ui.screenshot(shell, "corrections-glitches-marked");

        press(Widgets.find(panel, Button.class, b -> b.getText().equals("Delete marked")));
        ui.waitForResults(workbench);
        assertEquals("Delete " + count + " suspect points of glitched",
                session.domain().getCommandStack().getUndoCommand().getLabel());
        double[] after = session.array(glitched, "currents_tr", "eraw");
        assertEquals(eraw.length - count, after.length, marked);
        assertTrue(Arrays.stream(after).noneMatch(e -> e == glitchEnergy), "the glitch is deleted");
        session.domain().getCommandStack().undo();
        ui.waitForResults(workbench);
        assertArrayEquals(eraw, session.array(glitched, "currents_tr", "eraw"), "undo brings the points back");
    }

    /**
     * A spline correction added with its knots taken on the curve; a knot dragged down on the plot
     * with the mouse is one edit of that correction, which undo takes back.
     */
    private static void splineKnotDragged(UiDriver ui, Shell shell, Session session, WorkbenchSession workbench,
            NodePart mu, DataItem foil, double lower, double upper) {
        CorrectionSection panel = mu.correctionSection();
        panel.kind().select(List.of(panel.kind().getItems()).indexOf("replace by spline"));
        panel.kind().notifyListeners(SWT.Selection, new Event());
        panel.fromField().setText(Double.toString(lower));
        panel.toField().setText(Double.toString(upper));
        panel.valueField().setText("");
        press(Widgets.find(panel, Button.class, b -> b.getText().equals("Add to selected")));
        ui.waitForResults(workbench);
        assertEquals(2, foil.getCorrections().size());
        List<?> knots = (List<?>) CorrectionCommands.settings(foil.getCorrections().get(1)).get("knots");
        assertEquals(4, knots.size(), "four knots taken on the curve");
        assertEquals(1, panel.table().getSelectionIndex(), "the new correction is the chosen one");
        double[] chiBefore = session.array(foil, "chi", "chi");

        List<?> knot = (List<?>) knots.get(1);
        double knotX = ((Number) knot.get(0)).doubleValue();
        double knotY = ((Number) knot.get(1)).doubleValue();
        Control area = mu.plot().plotArea();
        IAxis x = mu.plot().chart().getAxisSet().getXAxis(0);
        IAxis y = mu.plot().chart().getAxisSet().getYAxis(0);
        int px = x.getPixelCoordinate(knotX);
        int py = y.getPixelCoordinate(knotY);
        for (int[] step : new int[][] {{SWT.MouseDown, py}, {SWT.MouseMove, py + 15}, {SWT.MouseMove, py + 30},
            {SWT.MouseUp, py + 30}}) {
            Event event = new Event();
            event.button = 1;
            event.x = px;
            event.y = step[1];
            area.notifyListeners(step[0], event);
        }
        ui.waitForResults(workbench);
        List<?> moved = (List<?>) ((List<?>) CorrectionCommands.settings(foil.getCorrections().get(1)).get("knots"))
                .get(1);
        double pixel = Math.abs(y.getDataCoordinate(1) - y.getDataCoordinate(0));
        assertEquals(y.getDataCoordinate(py + 30), ((Number) moved.get(1)).doubleValue(), 2 * pixel,
                "the knot follows the mouse");
        assertTrue(((Number) moved.get(1)).doubleValue() < knotY, "dragged down");
        assertFalse(Arrays.equals(chiBefore, session.array(foil, "chi", "chi")), "χ follows the moved knot");
        ui.screenshot(shell, "corrections-spline-knot-dragged");
        session.domain().getCommandStack().undo();
        ui.waitForResults(workbench);
        assertEquals(knots, CorrectionCommands.settings(foil.getCorrections().get(1)).get("knots"),
                "one undo takes the drag back");
        assertArrayEquals(chiBefore, session.array(foil, "chi", "chi"));
    }

    private static void press(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
    }
}
