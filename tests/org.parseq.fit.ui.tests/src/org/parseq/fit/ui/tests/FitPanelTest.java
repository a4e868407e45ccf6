package org.parseq.fit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.parseq.core.engine.FitRecord;
import org.parseq.core.engine.FitStatus;
import org.parseq.model.DataCommands;
import org.parseq.model.Elements;
import org.parseq.model.FitCommands;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;
import org.parseq.ui.fit.FitResultsDialog;
import org.parseq.ui.fit.FitSection;
import org.parseq.ui.nodes.NodePart;
import org.parseq.ui.plot.Curve;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.testsupport.SharedData;
import org.parseq.workbench.testsupport.Widgets;
import org.parseq.workbench.testsupport.UiDriver;
import org.parseq.workbench.testsupport.WorkbenchScenario;

/**
 * The fit panel in the real workbench, with SWT events: mix1 and mix2 of cu-ref-mix.res
 * selected, "Fit…" in the µd view, an LCF over cu2o and cuo added to both as one edit; both
 * fit, the plot shows their model and residual curves; the upper bound of cu2o's weight typed
 * into the parameter table refits both within it; undo takes the bound and the earlier fitted
 * values back; the x range fields set the range; the results table lists both items, sorts
 * and copies as CSV. Screenshots (fit-*.png) go to target/screenshots.
 */
class FitPanelTest {

    private static final String PIPELINE = "xas";

    /** One workbench for both scenarios: in one JVM only the first workbench started gets UI events. */
    @Test
    void lcfOfTwoMixturesAndAnExafsFitInTheFitPanel() throws Exception {
        WorkbenchScenario.run(List.of("-clearPersistedState", "--pipeline", PIPELINE), (ui, shell, context) -> {
            scenario(shell, context, ui);
            exafsScenario(shell, context, ui);
        });
    }

    /**
     * The EXAFS fit, a kind the XAS pipeline registers, added from the BFT view's fit panel by
     * its own start fields (FEFF path file, k range): one Cu–Cu shell on a Cu foil fits near the
     * FEFF distance; the shells table shows r1, n1, s1, e1 and s0; a tie typed into s0's tie cell
     * refits with S₀² = 0.9; freeing n1 refits it with an error; undo fixes n1 again.
     */
    private void exafsScenario(Shell shell, IEclipseContext context, UiDriver ui) throws Exception {
        WorkbenchSession workbench = context.get(WorkbenchSession.class);
        Session session = workbench.session();
        DataItem foil = loadCuSpectra(session, "cu-foil_ave1").get(0);
        // the back-transform window around the first shell, as in the original's Cu project
        session.setParameter(List.of(foil), "bftWindowRange", List.of(1.25, 3.0));
        ui.waitForResults(workbench);
        workbench.selection().select(List.of(foil));
        NodePart bft = Widgets.showNode(context.get(EPartService.class), ui, PIPELINE, "bft");
        Button toggle = Widgets.find(bft.plot().getParent(), Button.class, b -> b.getText().equals("Fit\u2026"));
        toggle.setSelection(true);
        toggle.notifyListeners(SWT.Selection, new Event());
        FitSection panel = bft.fitSection();
        ui.waitUntil("the BFT fit panel shown", 5_000, panel::isVisible);
        Combo kind = panel.kind();
        int exafs = List.of(kind.getItems()).indexOf(List.of(kind.getItems()).stream()
                .filter(k -> k.startsWith("exafsfit")).findFirst().orElseThrow(
                        () -> new AssertionError("the XAS pipeline's EXAFS fit is offered: " + List.of(kind.getItems()))));
        kind.select(exafs);
        kind.notifyListeners(SWT.Selection, new Event());
        Path feff = SharedData.folder().resolve("data/parseq-xas/foils/FEFF/Cu/feff0001.dat");
        panel.startField("feff").setText(feff.toString());
        panel.startField("kRange").setText("2.5, 6");
        press(Widgets.find(panel, Button.class, b -> b.getText().equals("Add to selected")));
        ui.waitForResults(workbench);
        FitRecord first = exafsFit(session, foil);
        assertEquals(FitStatus.FITTED, first.status(), first.message());
        double r1 = first.outcome().result().first().parameter("r1").value();
        assertEquals(2.55, r1, 0.1, "Cu–Cu near the FEFF distance 2.5527");
        assertEquals(List.of("r1", "n1", "s1", "e1", "s0"), panel.rows().stream().map(r -> r.label()).toList());
        assertTrue(panel.rows().get(1).fixed(), "n starts fixed at the path's degeneracy");
        assertEquals(12, panel.rows().get(1).value(), 0);
        assertEquals("2.5", panel.xMinField().getText(), "the k range is the panel's range");
        assertTrue(panel.result().getText().startsWith(foil.getAlias() + ": fitted, R = "), panel.result().getText());
        List<String> labels = bft.plot().model().curves().stream().map(Curve::label).toList();
        assertTrue(labels.stream().anyMatch(l -> l.startsWith(foil.getAlias()) && l.contains("fit")), labels.toString());
        ui.screenshot(shell, "fit-exafs-cu-foil");

        typeIntoCell(panel, ui, 4, 5, "=0.9");
        ui.waitForResults(workbench);
        FitRecord tied = exafsFit(session, foil);
        assertEquals(FitStatus.FITTED, tied.status(), tied.message());
        assertEquals(0.9, tied.outcome().result().first().parameter("s0").value(), 1e-12, "S0² from its tie");
        assertEquals("=0.9", panel.rows().get(4).tie());

        panel.editCell(1, 2); // n1's fixed mark off
        ui.waitForResults(workbench);
        FitRecord free = exafsFit(session, foil);
        assertEquals(FitStatus.FITTED, free.status(), free.message());
        assertFalse(panel.rows().get(1).fixed());
        assertTrue(free.outcome().result().first().parameter("n1").error() > 0, "n1 varied: it has an error");
        ui.screenshot(panel, "fit-panel-exafs");
        session.domain().getCommandStack().undo();
        ui.waitForResults(workbench);
        assertTrue(panel.rows().get(1).fixed(), "undo fixes n1 again");
        assertEquals(0.9, exafsFit(session, foil).outcome().result().first().parameter("s0").value(), 1e-12);
    }

    private static FitRecord exafsFit(Session session, DataItem item) {
        return session.results().fit(item.getId(), "exafsfit")
                .orElseThrow(() -> new AssertionError("no exafsfit outcome of " + item.getAlias()));
    }

    private void scenario(Shell shell, IEclipseContext context, UiDriver ui) throws Exception {
        WorkbenchSession workbench = context.get(WorkbenchSession.class);
        EPartService parts = context.get(EPartService.class);
        Session session = workbench.session();
        List<DataItem> items = loadCuSpectra(session, "cu2o_ave2", "cuo_ave2", "mix1", "mix2");
        List<DataItem> mixtures = items.subList(2, 4);
        ui.waitForResults(workbench);
        workbench.selection().select(mixtures);
        NodePart mu = Widgets.showNode(parts, ui, PIPELINE, "mu");

        Button toggle = Widgets.find(mu.plot().getParent(), Button.class, b -> b.getText().equals("Fit\u2026"));
        toggle.setSelection(true);
        toggle.notifyListeners(SWT.Selection, new Event());
        FitSection panel = mu.fitSection();
        ui.waitUntil("the panel shown", 5_000, panel::isVisible);
        Combo kind = panel.kind();
        kind.select(List.of(kind.getItems()).indexOf(List.of(kind.getItems()).stream()
                .filter(k -> k.startsWith("lcf")).findFirst().orElseThrow()));
        kind.notifyListeners(SWT.Selection, new Event());
        panel.startField("references").setText("cu2o, cuo");
        press(Widgets.find(panel, Button.class, b -> b.getText().equals("Add to selected")));
        ui.waitForResults(workbench);
        String lastEdit = session.domain().getCommandStack().getUndoCommand().getLabel();
        assertTrue(lastEdit.startsWith("Set lcf fit of 2 items"), lastEdit);

        double[] firstWeights = new double[2];
        for (int i = 0; i < 2; i++) {
            FitRecord record = fit(session, mixtures.get(i));
            assertEquals(FitStatus.FITTED, record.status(), mixtures.get(i).getAlias() + ": " + record.message());
            firstWeights[i] = record.outcome().result().first().parameter("w1").value();
        }
        assertTrue(firstWeights[0] > 0.55, "mix1 is mostly Cu2O: w1 = " + firstWeights[0]);
        assertEquals(4, panel.rows().size(), "w and dx of each reference: " + panel.rows());
        assertEquals("cu2o w", panel.parameterTable().getItem(0).getText(0));
        assertFalse(panel.parameterTable().getItem(0).getText(6).isEmpty(), "the fitted value is shown");
        assertFalse(panel.parameterTable().getItem(0).getText(7).isEmpty(), "its error is shown");
        assertTrue(panel.result().getText().startsWith("mix1: fitted, R = "), panel.result().getText());
        List<String> labels = mu.plot().model().curves().stream().map(Curve::label).toList();
        for (DataItem mix : mixtures) {
            assertTrue(labels.stream().anyMatch(l -> l.startsWith(mix.getAlias()) && l.contains("fit")),
                    "model curve of " + mix.getAlias() + " in " + labels);
            assertTrue(labels.stream().anyMatch(l -> l.startsWith(mix.getAlias()) && l.contains("residual")),
                    "residual curve of " + mix.getAlias() + " in " + labels);
        }
        ui.screenshot(shell, "fit-lcf-two-items");

        // the upper bound of cu2o's weight, typed into the table's max cell
        typeIntoCell(panel, ui, 0, 4, "0.5");
        ui.waitForResults(workbench);
        for (DataItem mix : mixtures) {
            FitRecord record = fit(session, mix);
            assertEquals(FitStatus.FITTED, record.status(), mix.getAlias() + ": " + record.message());
            double w = record.outcome().result().first().parameter("w1").value();
            assertTrue(w <= 0.5 + 1e-12, mix.getAlias() + " refitted within the new bound: w1 = " + w);
        }
        assertEquals(0.5, panel.rows().get(0).max(), "the table shows the bound");
        assertTrue(fit(session, mixtures.get(0)).outcome().result().first().parameter("w1").value()
                < firstWeights[0] - 0.01, "mix1's cu2o weight had to go down");
        ui.screenshot(shell, "fit-lcf-bound-changed");
        ui.screenshot(panel, "fit-panel-bound-changed");

        session.domain().getCommandStack().undo();
        ui.waitForResults(workbench);
        for (int i = 0; i < 2; i++) {
            FitRecord record = fit(session, mixtures.get(i));
            assertEquals(firstWeights[i], record.outcome().result().first().parameter("w1").value(),
                    "undo brings the first fit back: " + mixtures.get(i).getAlias());
        }
        assertEquals(1.0, panel.rows().get(0).max(), "undo brings the bound back");

        panel.xMinField().setText("8960");
        panel.xMaxField().setText("9100");
        panel.xMaxField().notifyListeners(SWT.DefaultSelection, new Event());
        ui.waitForResults(workbench);
        for (DataItem mix : mixtures) {
            Map<String, Object> settings = FitCommands.settings(FitCommands.fit(mix, "lcf").orElseThrow());
            assertEquals(List.of(8960.0, 9100.0), settings.get("xRange"), mix.getAlias());
            assertEquals(FitStatus.FITTED, fit(session, mix).status(), mix.getAlias());
        }
        ui.screenshot(shell, "fit-lcf-x-range");

        // the range's lower end dragged on the plot with the mouse: one edit of both fits
        org.eclipse.swt.widgets.Control area = mu.plot().plotArea();
        org.eclipse.swtchart.IAxis x = mu.plot().chart().getAxisSet().getXAxis(0);
        int from = x.getPixelCoordinate(8960);
        int to = x.getPixelCoordinate(8990);
        for (int[] step : new int[][] {{SWT.MouseDown, from}, {SWT.MouseMove, (from + to) / 2},
            {SWT.MouseMove, to}, {SWT.MouseUp, to}}) {
            Event event = new Event();
            event.button = 1;
            event.x = step[1];
            event.y = area.getSize().y / 2;
            area.notifyListeners(step[0], event);
        }
        ui.waitForResults(workbench);
        double pixel = Math.abs(x.getDataCoordinate(1) - x.getDataCoordinate(0));
        for (DataItem mix : mixtures) {
            List<?> range = (List<?>) FitCommands.settings(FitCommands.fit(mix, "lcf").orElseThrow()).get("xRange");
            assertEquals(8990, ((Number) range.get(0)).doubleValue(), 2 * pixel, "dragged: " + mix.getAlias());
            assertEquals(9100, ((Number) range.get(1)).doubleValue(), 1e-9, "the other end stays");
            assertEquals(FitStatus.FITTED, fit(session, mix).status(), mix.getAlias());
        }
        session.domain().getCommandStack().undo();
        ui.waitForResults(workbench);
        assertEquals(List.of(8960.0, 9100.0), FitCommands.settings(FitCommands.fit(mixtures.get(0), "lcf")
                .orElseThrow()).get("xRange"), "one undo takes the drag back");

        press(panel.resultsButton());
        FitResultsDialog dialog = panel.resultsDialog();
        assertNotNull(dialog);
        ui.settle(300);
        Table table = dialog.table();
        assertEquals(2, table.getItemCount(), "both fitted items");
        assertEquals("mix1", table.getItem(0).getText(0));
        assertEquals("mix2", table.getItem(1).getText(0));
        List<String> columns = dialog.shown().columns();
        assertTrue(columns.containsAll(List.of("item", "R", "w1", "w1 error", "dx2", "dx2 error")), columns.toString());
        int w1 = columns.indexOf("w1");
        dialog.sortBy(w1);
        dialog.sortBy(w1);
        double top = Double.parseDouble(table.getItem(0).getText(w1));
        double bottom = Double.parseDouble(table.getItem(1).getText(w1));
        assertTrue(top >= bottom, "sorted by w1, descending: " + top + ", " + bottom);
        String csv = dialog.shown().csv();
        assertEquals(3, csv.lines().count(), csv);
        assertTrue(csv.startsWith("item,status,R,chi2,") && csv.contains(",w1,w1 error,"), csv);
        // the first fitted value across the series, in the items' order, with its errors as bars
        dialog.plot(w1);
        ui.settle(200);
        var series = dialog.chart().getSeriesSet().getSeries()[0];
        assertEquals(2, series.getYSeries().length);
        assertEquals(Double.parseDouble(dialog.shown().csv().lines().skip(1)
                .filter(line -> line.startsWith("mix1,")).findFirst().orElseThrow().split(",")[w1]),
                series.getYSeries()[0], 0, "mix1 first, as in the data tree, whatever the table's order");
        assertTrue(series.getYErrorBar().isVisible() && series.getYErrorBar().getPlusErrors()[0] > 0,
                "error bars from the w1 error column");
        ui.screenshot(dialog.getShell(), "fit-results-table");
        dialog.close();
    }

    /** Clicks a cell of the parameter table, types the text into its editor and presses Enter. */
    private static void typeIntoCell(FitSection panel, UiDriver ui, int row, int column, String text) {
        Table table = panel.parameterTable();
        Rectangle cell = table.getItem(row).getBounds(column);
        Event click = new Event();
        click.x = cell.x + cell.width / 2;
        click.y = cell.y + cell.height / 2;
        click.button = 1;
        table.notifyListeners(SWT.MouseDown, click);
        Text editor = panel.cellEditor();
        assertNotNull(editor, "a cell editor opens on the click");
        editor.setText(text);
        editor.notifyListeners(SWT.DefaultSelection, new Event());
        ui.settle(100);
    }

    private static FitRecord fit(Session session, DataItem item) {
        return session.results().fit(item.getId(), "lcf")
                .orElseThrow(() -> new AssertionError("no lcf outcome of " + item.getAlias()));
    }

    /** Items of the named columns of cu-ref-mix.res, named without the '_ave2' of the file's header. */
    private static List<DataItem> loadCuSpectra(Session session, String... columns) throws Exception {
        Path file = SharedData.folder().resolve("data/parseq-xas/cu-ref-mix.res");
        List<String> header;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header = List.of(in.readLine().strip().split("\\s+"));
        }
        List<DataItem> items = new ArrayList<>();
        for (String column : columns) {
            int index = header.indexOf(column);
            assertTrue(index > 0, column + " in " + header);
            items.add(Elements.newItem(column.replace("_ave2", ""), "mu", file.toString(), null,
                    "{\"node\":\"mu\",\"columns\":{\"e\":\"0\",\"mu\":\"" + index + "\"},\"skipRows\":1}"));
        }
        session.execute(DataCommands.addItems(session.domain(), session.root(), session.root(), items));
        return items;
    }

    private static void press(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
    }
}
