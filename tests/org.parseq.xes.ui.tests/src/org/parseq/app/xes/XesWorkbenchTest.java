package org.parseq.app.xes;

import org.parseq.workbench.testsupport.Widgets;
import org.parseq.workbench.testsupport.UiDriver;
import org.parseq.workbench.testsupport.WorkbenchScenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.NodeStatus;
import org.parseq.model.DataCommands;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;
import org.parseq.ui.nodes.NodePart;
import org.parseq.ui.overlays.OverlayShape;
import org.parseq.ui.plot.Curve;
import org.parseq.ui.session.WorkbenchSession;

/**
 * The XES pipeline in the real workbench, driven with SWT events: started with
 * {@code --pipeline xes} it opens on the three example scans; "Auto set references" in the
 * calibration table calibrates all selected items from the elastic group; the θ scan shows the
 * image with the band, a mouse drag of the band changes bandROI on all selected items as one edit
 * and their spectra follow, and undo brings the old spectra back bit for bit; the 1D node plots
 * against energy or θ. Screenshots of both nodes are saved for a person to look at.
 */
class XesWorkbenchTest {

    private static final String PIPELINE = "xes";
    private static final String SCAN_NODE = "theta_scan";
    private static final String SPECTRA_NODE = "energy_xes";

    @Test
    void calibrateDragTheBandAndUndoInTheWorkbench() throws Exception {
        WorkbenchScenario.run(List.of("-clearPersistedState", "--pipeline", PIPELINE),
                (ui, shell, context) -> scenario(shell, context, ui));
    }

    private void scenario(Shell shell, IEclipseContext context, UiDriver ui) {
        WorkbenchSession workbench = context.get(WorkbenchSession.class);
        EPartService parts = context.get(EPartService.class);
        assertEquals(PIPELINE, workbench.session().pipeline().id());
        ui.waitUntil("the three example scans", 60_000, () -> workbench.session().items().size() == 3);
        ui.waitForResults(workbench);
        Session session = workbench.session();
        List<DataItem> scans = workbench.session().items();
        setUpAsTheOriginal(session, scans);
        workbench.selection().select(scans);
        ui.waitForResults(workbench);

        calibrateWithTheTable(session, workbench, parts, ui);
        dragTheBandAndUndo(shell, session, workbench, parts, ui, scans);
        plotAgainstEnergyAndTheta(workbench, parts, ui, scans);
    }

    /** The original's cut-off and band (Mo-Kb13.pspj), set on all items as a user would in the fields. */
    private static void setUpAsTheOriginal(Session session, List<DataItem> scans) {
        Map<String, Object> original = new LinkedHashMap<>();
        original.put("cutoff", 20000.0);
        original.put("bandROI.begin", List.of(442.819, -0.105));
        original.put("bandROI.end", List.of(609.658, 0.132));
        original.put("bandROI.width", 0.04);
        original.put("bandUse", true);
        original.put("calibrationHalfPeakWidthSteps", 7);
        original.forEach((name, value) -> session.execute(DataCommands.setParameter(session.domain(), scans, name,
                value)));
    }

    private void calibrateWithTheTable(Session session, WorkbenchSession workbench, EPartService parts,
            UiDriver ui) {
        NodePart spectra = Widgets.showNode(parts, ui, PIPELINE, SPECTRA_NODE);
        Composite controls = spectra.controls();
        Button auto = Widgets.find(controls, Button.class, b -> b.getText().equals("Auto set references"));
        assertTrue(auto.isEnabled(), "enabled with items selected");
        auto.notifyListeners(SWT.Selection, new Event());
        ui.waitForResults(workbench);
        for (DataItem item : workbench.selection().items()) {
            assertEquals(true, value(item, "calibrationFind"), item.getAlias());
            assertEquals("elastic_19570; elastic_19630", value(item, "calibrationData.base"), item.getAlias());
            assertEquals(List.of(19570.0, 19630.0), value(item, "calibrationData.energy"), item.getAlias());
            NodeResult result = workbench.session().results().resultOrEmpty(item.getId(), SPECTRA_NODE);
            assertEquals(NodeStatus.GOOD, result.status(), item.getAlias() + ": " + result.message());
            assertTrue(result.scalar("calibrationPoly.slope").orElseThrow() < -250, item.getAlias());
        }
        Table references = Widgets.find(controls, Table.class, t -> t.getColumnCount() == 5);
        assertEquals(2, references.getItemCount(), "both elastic scans");
        assertEquals("elastic_19570", references.getItem(0).getText(0));
        assertEquals("19570", references.getItem(0).getText(1));
        assertFalse(references.getItem(0).getText(4).isEmpty(), "the found peak θ");
        Label line = Widgets.find(controls, Label.class, l -> l.getText().startsWith("θ → E"));
        assertTrue(line.getText().contains("slope -2"), line.getText());
        Table widths = Widgets.find(controls, Table.class, t -> t.getColumnCount() == 3);
        assertEquals(3, widths.getItemCount(), "a FWHM row per selected item");
        for (int row = 0; row < 3; row++) {
            double fwhm = Double.parseDouble(widths.getItem(row).getText(1));
            assertTrue(fwhm > 0.5 && fwhm < 50, "FWHM← in eV: " + fwhm);
        }
        ui.screenshot(spectra.controls(), "xes-calibration-table");

        // one edit: one undo takes all of it back, redo brings it again
        assertTrue(session.undo());
        ui.waitForResults(workbench);
        workbench.selection().items().forEach(item -> assertFalse(Boolean.TRUE.equals(value(item, "calibrationFind")),
                "back to the default: " + item.getAlias()));
        assertTrue(session.redo());
        ui.waitForResults(workbench);
        workbench.selection().items().forEach(item -> assertEquals(true, value(item, "calibrationFind")));
    }

    private void dragTheBandAndUndo(Shell shell, Session session, WorkbenchSession workbench, EPartService parts,
            UiDriver ui, List<DataItem> scans) {
        NodePart scan = Widgets.showNode(parts, ui, PIPELINE, SCAN_NODE);
        ui.waitUntil("the image with the band", 30_000, () -> scan.imageView().model() != null
                && scan.imageView().model().image() != null && band(scan) != null);
        assertEquals(151, scan.imageView().model().image().rows());
        assertEquals(1030, scan.imageView().model().image().columns());
        OverlayShape.LineBand band = band(scan);
        assertEquals(442.819, band.x1(), 1e-9);
        assertEquals(-0.105, band.y1(), 1e-9);
        ui.screenshot(partWidget(parts, SCAN_NODE), "xes-theta-scan");

        Map<String, double[]> before = spectra(workbench, scans);
        Object beginBefore = value(scans.get(0), "bandROI.begin");
        double pixel = 500;
        int x = scan.imageView().screenX(pixel);
        int y = scan.imageView().screenY(band.centreAt(pixel));
        UiDriver.mouse(scan.imageView(), SWT.MouseDown, x, y);
        UiDriver.mouse(scan.imageView(), SWT.MouseMove, x, y + 12);
        UiDriver.mouse(scan.imageView(), SWT.MouseUp, x, y + 12);
        ui.waitForResults(workbench);
        Object beginAfter = value(scans.get(0), "bandROI.begin");
        assertFalse(beginBefore.equals(beginAfter), "the band moved: " + beginAfter);
        for (DataItem item : scans) {
            assertEquals(beginAfter, value(item, "bandROI.begin"), "every selected item: " + item.getAlias());
        }
        Map<String, double[]> after = spectra(workbench, scans);
        before.forEach((key, curve) -> assertFalse(java.util.Arrays.equals(curve, after.get(key)),
                "the spectrum follows the band: " + key));
        ui.screenshot(partWidget(parts, SCAN_NODE), "xes-theta-scan-band-moved");

        assertTrue(session.undo(), "the drag is one edit");
        ui.waitForResults(workbench);
        assertEquals(beginBefore, value(scans.get(0), "bandROI.begin"));
        Map<String, double[]> undone = spectra(workbench, scans);
        before.forEach((key, curve) -> assertArrayEquals(curve, undone.get(key), "undo brings back " + key));
    }

    private void plotAgainstEnergyAndTheta(WorkbenchSession workbench, EPartService parts, UiDriver ui,
            List<DataItem> scans) {
        NodePart spectra = Widgets.showNode(parts, ui, PIPELINE, SPECTRA_NODE);
        // XES← and XES↓ of each item, and the DCM rocking curve of each of the two references
        ui.waitUntil("the spectra", 30_000, () -> spectra.plot().model() != null
                && spectra.plot().model().curves().size() == 2 * scans.size() + 2);
        assertEquals("energy (eV)", spectra.plot().model().xLabel());
        ui.screenshot(partWidget(parts, SPECTRA_NODE), "xes-energy-xes");

        Combo abscissa = spectra.abscissaChooser();
        assertNotNull(abscissa, "the 1D node offers θ as abscissa");
        abscissa.select(1);
        abscissa.notifyListeners(SWT.Selection, new Event());
        ui.settle(300);
        assertEquals("θ (°)", spectra.plot().model().xLabel());
        DataItem first = scans.get(0);
        NodeResult result = workbench.session().results().resultOrEmpty(first.getId(), SPECTRA_NODE);
        List<Curve> ofFirst = spectra.plot().model().curves().stream()
                .filter(c -> c.itemId().equals(first.getId())).toList();
        assertEquals(2, ofFirst.size(), "XES← and XES↓; no rocking curve in eV on a θ axis");
        assertEquals(2 * scans.size(), spectra.plot().model().curves().size());
        assertArrayEquals(result.array("thetaCut").orElseThrow(), ofFirst.get(0).x(), "XES← against its θ");
        assertArrayEquals(result.array("theta_bottomCut").orElseThrow(), ofFirst.get(1).x(), "XES↓ against its θ");
        ui.screenshot(partWidget(parts, SPECTRA_NODE), "xes-energy-xes-theta");
        abscissa.select(0);
        abscissa.notifyListeners(SWT.Selection, new Event());
    }

    /** XES← and XES↓ of every item at the 1D node. */
    private static Map<String, double[]> spectra(WorkbenchSession workbench, List<DataItem> scans) {
        Map<String, double[]> curves = new LinkedHashMap<>();
        for (DataItem item : scans) {
            NodeResult result = workbench.session().results().resultOrEmpty(item.getId(), SPECTRA_NODE);
            assertEquals(NodeStatus.GOOD, result.status(), item.getAlias() + ": " + result.message());
            for (String array : List.of("energy", "xes", "energy_bottom", "xes_bottom")) {
                curves.put(item.getAlias() + " " + array, result.array(array).orElseThrow());
            }
        }
        return curves;
    }

    private static OverlayShape.LineBand band(NodePart scan) {
        return scan.imageView().overlays().stream().filter(OverlayShape.LineBand.class::isInstance)
                .map(OverlayShape.LineBand.class::cast).findFirst().orElse(null);
    }

    private static Object value(DataItem item, String parameter) {
        return DataCommands.parameter(item, parameter).map(p -> p.getValue()).orElse(null);
    }

    private static Control partWidget(EPartService parts, String nodeId) {
        return (Control) parts.findPart(NodePart.partId(PIPELINE, nodeId)).getWidget();
    }

}
