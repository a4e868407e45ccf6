package org.parseq.app.xas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.NodeStatus;
import org.parseq.model.DataCommands;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;
import org.parseq.testsupport.SharedData;
import org.parseq.ui.nodes.NodePart;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.ui.tree.DataTreePart;
import org.parseq.workbench.testsupport.UiDriver;
import org.parseq.workbench.testsupport.Widgets;
import org.parseq.workbench.testsupport.WorkbenchScenario;
import org.parseq.xas.ui.SpanLayer;

/**
 * The XAS node views in the real workbench, driven with SWT events, on the three Cu foils of the
 * shared data: the µd controls show named options (choosing one sets the parameter on the three
 * foils), the rebin regions as a table and the read-outs under the plot; a mouse drag of the
 * pre-edge span changes preedgeWhere on the three selected foils as one edit, their µd curves
 * follow, and undo brings back the parameters and the arrays bit for bit; the k range is dragged
 * by its end at χ(k). Screenshots of every XAS node view are saved for a person to look at.
 */
class XasWorkbenchTest {

    private static final String PIPELINE = "xas";
    private static final String MU = "mu";
    /** How far (pixels) the pre-edge span is dragged to the right. */
    private static final int DRAG = 12;
    private static final List<String> FOILS = List.of("Cu-foil_EXAFS_23068.dat", "Cu-foil_EXAFS_23069.dat",
            "Cu-foil_EXAFS_23070.dat");
    /** The format of the XAS examples (cu-foils.format.json): energy, I0 and I1 of two chambers each. */
    private static final String FORMAT = """
            {
              "node": "currents_tr",
              "columns": {"eraw": "Col1", "i0": "Col3+Col4", "itr": "Col5+Col6"},
              "comments": "#",
              "conversionFactors": {"i0": "µA", "itr": "µA"}
            }
            """;

    @Test
    void xasWidgetsAndDraggableRangesInTheWorkbench() throws Exception {
        Path folder = SharedData.folder().resolve("data/parseq-xas/foils");
        Path format = Files.createTempDirectory("xas-ui").resolve("cu-foils.format.json");
        Files.writeString(format, FORMAT, StandardCharsets.UTF_8);
        List<String> arguments = new ArrayList<>(List.of("-clearPersistedState", "--pipeline", PIPELINE, "--format",
                format.toString()));
        FOILS.forEach(name -> arguments.add(folder.resolve(name).toString()));
        WorkbenchScenario.run(arguments, (ui, shell, context) -> scenario(shell, context, ui));
    }

    private void scenario(Shell shell, IEclipseContext context, UiDriver ui) {
        WorkbenchSession workbench = context.get(WorkbenchSession.class);
        EPartService parts = context.get(EPartService.class);
        assertEquals(PIPELINE, workbench.session().pipeline().id());
        shell.setBounds(0, 0, 1600, 1150); // room for the plots and the controls in the screenshots
        ui.waitUntil("the three Cu foils", 60_000, () -> workbench.session().items().size() == 3);
        ui.waitForResults(workbench);
        List<DataItem> foils = workbench.session().items();
        workbench.selection().select(foils);
        ui.waitForResults(workbench);

        NodePart mu = Widgets.showNode(parts, ui, PIPELINE, MU);
        namedOptionsAndTables(workbench, parts, mu, ui, foils);
        dragThePreEdgeAndUndo(workbench, mu, ui, foils);
        ui.screenshot(partWidget(parts, MU), "xas-mu");
        dragTheKRangeEnd(workbench, parts, ui, foils);
        for (String node : List.of("currents_tr", "ft", "bft")) {
            NodePart view = Widgets.showNode(parts, ui, PIPELINE, node);
            ui.waitUntil("curves at " + node, 30_000, () -> view.plot().model() != null
                    && !view.plot().model().curves().isEmpty());
            ui.screenshot(partWidget(parts, node), "xas-" + node);
        }
        displayChoices(parts, ui);
        valuesInTheDataTree(workbench, parts, ui, foils);
        NodePart ft = Widgets.showNode(parts, ui, PIPELINE, "ft");
        SpanLayer bftWindow = spans(ft);
        assertEquals(List.of("BFT window"), bftWindow.labels());
        assertTrue(bftWindow.pixels("BFT window").isPresent(), "the BFT window is drawn on the FT");
        printWhole(ui, Widgets.showNode(parts, ui, PIPELINE, MU).controls(), "xas-mu-controls");
        printWhole(ui, Widgets.showNode(parts, ui, PIPELINE, "ft").controls(), "xas-ft-controls");
        printWhole(ui, Widgets.showNode(parts, ui, PIPELINE, "bft").controls(), "xas-bft-controls");
        measureTheReplotOfAHundredItems(workbench, parts, ui, foils);
    }

    /**
     * Not a timed test: prints how long the µd view takes to redraw 100 selected items when their
     * results arrive, and how long a drag takes until the new curves are drawn (computing included).
     */
    private void measureTheReplotOfAHundredItems(WorkbenchSession workbench, EPartService parts, UiDriver ui,
            List<DataItem> foils) {
        Session session = workbench.session();
        List<DataItem> copies = new ArrayList<>();
        for (int i = 0; copies.size() + foils.size() < 100; i++) {
            DataItem foil = foils.get(i % foils.size());
            var source = foil.getSource();
            copies.add(org.parseq.model.Elements.newItem(foil.getAlias() + "-copy" + i, foil.getEntryNode(),
                    source.getLocation(), source.getContainerPath(), source.getFormat()));
        }
        session.execute(DataCommands.addItems(session.domain(), session.root(), session.root(), copies));
        ui.waitForResults(workbench);
        assertEquals(100, session.items().size());
        workbench.selection().select(session.items());
        NodePart mu = Widgets.showNode(parts, ui, PIPELINE, MU);
        ui.waitForResults(workbench);
        long[] replots = new long[7];
        for (int i = 0; i < replots.length; i++) {
            long start = System.nanoTime();
            mu.refresh(); // what the view does when results arrive
            mu.plot().plotArea().update();
            replots[i] = System.nanoTime() - start;
        }
        Arrays.sort(replots);
        SpanLayer spans = spans(mu);
        int[] pixels = spans.pixels("pre-edge").orElseThrow();
        int x = (pixels[0] + pixels[1]) / 2;
        int y = spans.tabY("pre-edge");
        Control area = mu.plot().plotArea();
        var shownBefore = mu.plot().model();
        long start = System.nanoTime();
        UiDriver.mouse(area, SWT.MouseDown, x, y);
        UiDriver.mouse(area, SWT.MouseMove, x + DRAG, y);
        UiDriver.mouse(area, SWT.MouseUp, x + DRAG, y);
        ui.waitUntil("results", 120_000, () -> !workbench.isRunning());
        long computed = System.nanoTime() - start;
        ui.waitUntil("the new curves", 10_000, () -> mu.plot().model() != shownBefore);
        mu.plot().plotArea().update();
        long drawn = System.nanoTime() - start;
        for (DataItem item : session.items()) {
            assertEquals(value(session.items().get(0), "preedgeWhere"), value(item, "preedgeWhere"), item.getAlias());
        }
        ui.screenshot(partWidget(parts, MU), "xas-mu-100-items");
        StringBuilder perView = new StringBuilder();
        for (var node : session.pipeline().topologicalNodes()) {
            NodePart view = (NodePart) parts.findPart(NodePart.partId(PIPELINE, node.id())).getObject();
            if (view != null) {
                long viewStart = System.nanoTime();
                view.refresh();
                perView.append(String.format(" %s %.0f ms;", node.id(), (System.nanoTime() - viewStart) / 1e6));
            }
        }
        DataTreePart tree = (DataTreePart) parts.findPart("org.parseq.ui.part.dataTree").getObject();
        long treeStart = System.nanoTime();
        tree.viewer().refresh(true);
        perView.append(String.format(" data tree %.0f ms", (System.nanoTime() - treeStart) / 1e6));
        System.out.println("XAS views' refresh with 100 selected items:" + perView);
        System.out.printf("XAS µd view, 100 selected items: re-plot after results arrive %.0f ms (median of %d,"
                + " min %.0f, max %.0f); drag to results %.0f ms, to curves drawn %.0f ms%n",
                replots[replots.length / 2] / 1e6, replots.length, replots[0] / 1e6,
                replots[replots.length - 1] / 1e6, computed / 1e6, drawn / 1e6);
        assertTrue(session.undo());
        ui.waitForResults(workbench);
    }

    /** E0 method and shift kind are named options; choosing one sets the three foils, one undo takes it back. */
    private void namedOptionsAndTables(WorkbenchSession workbench, EPartService parts, NodePart mu, UiDriver ui,
            List<DataItem> foils) {
        Session session = workbench.session();
        Combo e0Method = input(mu, Combo.class, "e0Method");
        assertEquals(List.of("derivative maximum", "spline-derivative maximum", "centre of mass of derivative"),
                List.of(e0Method.getItems()));
        assertEquals("centre of mass of derivative", e0Method.getText(), "the default, 2, by its name");
        Combo shiftKind = input(mu, Combo.class, "eShiftKind");
        assertEquals("angular (Bragg angle)", shiftKind.getText());
        Combo window = input(Widgets.showNode(parts, ui, PIPELINE, "ft"), Combo.class, "ftWindowKind");
        assertEquals("box", window.getText());
        assertTrue(List.of(window.getItems()).contains("Gaussian-tapered"));
        Widgets.showNode(parts, ui, PIPELINE, MU);

        Map<String, Double> e0Before = scalars(workbench, foils, "e0");
        e0Method.select(0);
        e0Method.notifyListeners(SWT.Selection, new Event());
        ui.waitForResults(workbench);
        for (DataItem foil : foils) {
            assertEquals(0, ((Number) value(foil, "e0Method")).intValue(), foil.getAlias());
        }
        assertNotEquals(e0Before, scalars(workbench, foils, "e0"), "E0 found by the derivative maximum");
        assertTrue(session.undo(), "choosing an option is one edit");
        ui.waitForResults(workbench);
        assertEquals(e0Before, scalars(workbench, foils, "e0"));
        assertEquals("centre of mass of derivative", input(mu, Combo.class, "e0Method").getText());

        Table rebin = input(mu, Table.class, "rebinRegions.splitters");
        assertEquals(4, rebin.getItemCount(), "pre-edge, edge, post-edge, EXAFS");
        assertEquals("edge", rebin.getItem(1).getText(0));
        // a click on the edge region's bin width opens a field; Enter sets it on the three foils
        org.eclipse.swt.graphics.Rectangle cell = rebin.getItem(1).getBounds(3);
        UiDriver.mouse(rebin, SWT.MouseDown, cell.x + 4, cell.y + cell.height / 2);
        Text cellField = Widgets.find(rebin, Text.class, t -> !t.isDisposed());
        cellField.setText("0.3");
        cellField.notifyListeners(SWT.DefaultSelection, new Event());
        ui.waitForResults(workbench);
        for (DataItem foil : foils) {
            assertEquals(0.3, ((Number) ((List<?>) value(foil, "rebinRegions.deltas")).get(1)).doubleValue(),
                    foil.getAlias());
        }
        assertEquals("0.3", rebin.getItem(1).getText(3));
        assertTrue(session.undo(), "a cell edit is one edit");
        ui.waitForResults(workbench);
        assertEquals("0.2", rebin.getItem(1).getText(3), "the original's default edge bin, back");
        Label readout = Widgets.find(mu.plot().getParent(), Label.class, l -> "mu".equals(l.getData("readout")));
        assertTrue(readout.getText().contains("E0 89"), readout.getText());
        assertTrue(readout.getText().contains("edge step"), readout.getText());
    }

    private void dragThePreEdgeAndUndo(WorkbenchSession workbench, NodePart mu, UiDriver ui, List<DataItem> foils) {
        Session session = workbench.session();
        SpanLayer spans = spans(mu);
        assertEquals(List.of("pre-edge", "post-edge", "E0 search"), spans.labels());
        ui.waitUntil("the pre-edge span", 10_000, () -> spans.pixels("pre-edge").isPresent());
        Object whereBefore = value(foils.get(0), "preedgeWhere");
        Map<String, double[]> before = arrays(workbench, foils);
        int[] pixels = spans.pixels("pre-edge").orElseThrow();
        int x = (pixels[0] + pixels[1]) / 2;
        int y = spans.tabY("pre-edge");
        Control area = mu.plot().plotArea();
        UiDriver.mouse(area, SWT.MouseDown, x, y);
        UiDriver.mouse(area, SWT.MouseMove, x + 6, y);
        UiDriver.mouse(area, SWT.MouseMove, x + DRAG, y);
        UiDriver.mouse(area, SWT.MouseUp, x + DRAG, y);
        ui.waitForResults(workbench);
        Object whereAfter = value(foils.get(0), "preedgeWhere");
        assertNotEquals(whereBefore, whereAfter, "the span moved");
        List<?> range = (List<?>) whereAfter;
        assertTrue(((Number) range.get(0)).doubleValue() > 0.03 && ((Number) range.get(1)).doubleValue() > 0.53,
                "both ends moved right: " + range);
        for (DataItem foil : foils) {
            assertEquals(whereAfter, value(foil, "preedgeWhere"), "every selected foil: " + foil.getAlias());
        }
        Map<String, double[]> after = arrays(workbench, foils);
        for (DataItem foil : foils) {
            String key = foil.getAlias() + " pre_edge";
            assertFalse(Arrays.equals(before.get(key), after.get(key)), "the pre-edge line follows: " + key);
        }
        int[] moved = spans.pixels("pre-edge").orElseThrow();
        assertTrue(Math.abs(moved[0] - pixels[0] - DRAG) <= 2, "the span is drawn where it was dropped");
        ui.screenshot(mu.plot(), "xas-mu-pre-edge-dragged");

        assertTrue(session.undo(), "the drag is one edit");
        ui.waitForResults(workbench);
        for (DataItem foil : foils) {
            assertEquals(whereBefore, value(foil, "preedgeWhere"), foil.getAlias());
        }
        Map<String, double[]> undone = arrays(workbench, foils);
        before.forEach((key, values) -> assertTrue(Arrays.equals(values, undone.get(key)),
                "undo brings back " + key + " bit for bit"));
    }

    /**
     * The Display menu of χ(k): the foils stacked a quarter of the height apart and χ drawn
     * dotted; the curves move, the results stay, and "as computed" brings the curves back.
     */
    private void displayChoices(EPartService parts, UiDriver ui) {
        NodePart chi = Widgets.showNode(parts, ui, PIPELINE, "chi");
        var asComputed = chi.plot().model().curves();
        chi.setDisplay(new org.parseq.ui.plot.CurveDisplay(false, 0.25).withArrayStyle(0, 2));
        var shown = chi.plot().model().curves();
        assertEquals(asComputed.size(), shown.size());
        assertTrue(shown.stream().allMatch(curve -> curve.dash() == 2 || curve.dash() != 0), "χ drawn dotted");
        java.util.List<String> items = asComputed.stream().map(c -> c.itemId()).distinct().toList();
        for (int i = 0; i < asComputed.size(); i++) {
            double shift = shown.get(i).y()[0] - asComputed.get(i).y()[0];
            int place = items.indexOf(asComputed.get(i).itemId());
            assertEquals(place == 0, shift == 0, "only the items after the first move up: " + asComputed.get(i).label());
        }
        ui.screenshot(partWidget(parts, "chi"), "xas-chi-offset-dotted");
        chi.setDisplay(org.parseq.ui.plot.CurveDisplay.AS_COMPUTED);
        assertTrue(Arrays.equals(asComputed.get(1).y(), chi.plot().model().curves().get(1).y()), "as computed again");
    }

    /** The k max end dragged at χ(k): from the data end (null) to a number, on the three foils. */
    private void dragTheKRangeEnd(WorkbenchSession workbench, EPartService parts, UiDriver ui, List<DataItem> foils) {
        NodePart chi = Widgets.showNode(parts, ui, PIPELINE, "chi");
        SpanLayer spans = spans(chi);
        ui.waitUntil("the k range span", 10_000, () -> spans.pixels("k range").isPresent());
        ui.screenshot(partWidget(parts, "chi"), "xas-chi");
        int[] pixels = spans.pixels("k range").orElseThrow();
        Control area = chi.plot().plotArea();
        int y = area.getSize().y / 2;
        UiDriver.mouse(area, SWT.MouseDown, pixels[1], y);
        UiDriver.mouse(area, SWT.MouseMove, pixels[1] - 40, y);
        UiDriver.mouse(area, SWT.MouseUp, pixels[1] - 40, y);
        ui.waitForResults(workbench);
        for (DataItem foil : foils) {
            List<?> krange = (List<?>) value(foil, "krange");
            assertEquals(2.0, ((Number) krange.get(0)).doubleValue(), "k min stays: " + foil.getAlias());
            double kmax = ((Number) krange.get(1)).doubleValue();
            assertTrue(kmax > 5 && kmax < 18, "k max dragged below the data end: " + krange);
        }
        ui.screenshot(partWidget(parts, "chi"), "xas-chi-kmax-dragged");
        assertTrue(workbench.session().undo());
        ui.waitForResults(workbench);
    }

    /** E0 and the edge step as columns of the data tree: filled, sorted by a click on the header, copied. */
    private void valuesInTheDataTree(WorkbenchSession workbench, EPartService parts, UiDriver ui,
            List<DataItem> foils) {
        DataTreePart tree = (DataTreePart) parts.findPart("org.parseq.ui.part.dataTree").getObject();
        Tree widget = tree.viewer().getTree();
        List<String> titles = Arrays.stream(widget.getColumns()).map(TreeColumn::getText).toList();
        assertTrue(titles.contains("E0 (eV)") && titles.contains("edge step"), titles.toString());
        int e0Column = titles.indexOf("E0 (eV)");
        Map<String, Double> e0 = scalars(workbench, foils, "e0");
        for (TreeItem row : widget.getItems()) {
            DataItem item = (DataItem) row.getData();
            assertEquals(e0.get(item.getAlias()), Double.parseDouble(row.getText(e0Column)), 0.01, item.getAlias());
        }
        TreeColumn header = widget.getColumn(e0Column);
        for (int click = 0; click < 2; click++) {
            header.notifyListeners(SWT.Selection, new Event());
            ui.settle(100);
            List<Double> shown = Arrays.stream(widget.getItems())
                    .map(row -> Double.parseDouble(row.getText(e0Column))).toList();
            List<Double> sorted = new ArrayList<>(shown);
            sorted.sort(click == 0 ? null : java.util.Comparator.reverseOrder());
            assertEquals(sorted, shown, "sorted by E0, " + (click == 0 ? "up" : "down"));
        }
        ui.screenshot(widget, "xas-data-tree-values");
        String copied = tree.selectedValuesAsText();
        assertEquals(1 + foils.size(), copied.lines().count(), copied);
        assertTrue(copied.startsWith("item\t"), copied);
    }

    /** The whole control, also the part scrolled out of view, as a PNG beside the screenshots. */
    private static void printWhole(UiDriver ui, Control control, String name) {
        ui.settle(200);
        org.eclipse.swt.graphics.Point size = control.getSize();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(control.getDisplay(), size.x, size.y);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
        try {
            control.print(gc);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            Path folder = Path.of(System.getProperty("parseq.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot save " + name + ": " + e, e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static SpanLayer spans(NodePart view) {
        Object layer = view.plot().plotArea().getData(SpanLayer.DATA_KEY);
        assertNotNull(layer, "the XAS UI bundle draws spans on " + view.node().id());
        return (SpanLayer) layer;
    }

    private static <T extends Control> T input(NodePart view, Class<T> type, String parameter) {
        return Widgets.find(view.controls(), type, c -> parameter.equals(c.getData("parameter")));
    }

    /** pre_edge, post_edge, norm and µ0 of each foil at µd. */
    private static Map<String, double[]> arrays(WorkbenchSession workbench, List<DataItem> foils) {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        for (DataItem foil : foils) {
            NodeResult result = workbench.session().results().resultOrEmpty(foil.getId(), MU);
            assertEquals(NodeStatus.GOOD, result.status(), foil.getAlias() + ": " + result.message());
            for (String name : List.of("e", "mu", "pre_edge", "post_edge", "norm", "mu0")) {
                arrays.put(foil.getAlias() + " " + name, result.array(name).orElseThrow());
            }
        }
        return arrays;
    }

    private static Map<String, Double> scalars(WorkbenchSession workbench, List<DataItem> foils, String name) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (DataItem foil : foils) {
            values.put(foil.getAlias(), workbench.session().results().resultOrEmpty(foil.getId(), MU).scalar(name)
                    .orElseThrow());
        }
        return values;
    }

    private static Object value(DataItem item, String parameter) {
        return DataCommands.parameter(item, parameter).map(p -> p.getValue()).orElse(null);
    }

    private static Control partWidget(EPartService parts, String nodeId) {
        return (Control) parts.findPart(NodePart.partId(PIPELINE, nodeId)).getWidget();
    }
}
