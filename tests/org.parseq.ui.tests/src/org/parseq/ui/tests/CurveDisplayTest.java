package org.parseq.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parseq.ui.plot.Curve;
import org.parseq.ui.plot.CurveDisplay;
import org.parseq.ui.plot.NodePlotModel;

/** The "Display" choices of a node's plot (issue 13): curves scaled or stacked for the eye, data untouched. */
class CurveDisplayTest {

    private static final double[] X = {1, 2, 3};

    private static NodePlotModel model() {
        return new NodePlotModel("µd", "E (eV)", "µd", "ref", List.of(
                new Curve("a", "a µd", "#ff0000", X, new double[] {2, 4, 6}, false, 0),
                new Curve("a", "a pre-edge", "#ff0000", X, new double[] {1, 1, 1}, false, 1),
                new Curve("b", "b µd", "#0000ff", X, new double[] {0, 5, 10}, false, 0),
                new Curve("b", "b reference", "#0000ff", X, new double[] {7, 8, 9}, true, 2)));
    }

    @Test
    void asComputedLeavesTheModelAsItIs() {
        NodePlotModel model = model();
        assertSame(model, CurveDisplay.AS_COMPUTED.apply(model));
    }

    @Test
    void normalisedRunsEachCurveFromZeroToOneAndLeavesFlatOnesAlone() {
        NodePlotModel shown = new CurveDisplay(true, 0).apply(model());
        assertArrayEquals(new double[] {0, 0.5, 1}, shown.curves().get(0).y());
        assertArrayEquals(new double[] {1, 1, 1}, shown.curves().get(1).y(), "a flat curve has nothing to scale by");
        assertArrayEquals(new double[] {0, 0.5, 1}, shown.curves().get(2).y());
        assertArrayEquals(new double[] {0, 0.5, 1}, shown.curves().get(3).y());
        assertArrayEquals(new double[] {2, 4, 6}, model().curves().get(0).y(), "the data are untouched");
    }

    @Test
    void offsetStacksItemsApartAndKeepsAnItemsArraysTogether() {
        // the left-axis curves span 0..10: a quarter of it is 2.5 per item
        NodePlotModel shown = new CurveDisplay(false, 0.25).apply(model());
        assertArrayEquals(new double[] {2, 4, 6}, shown.curves().get(0).y(), "the first item stays");
        assertArrayEquals(new double[] {1, 1, 1}, shown.curves().get(1).y());
        assertArrayEquals(new double[] {2.5, 7.5, 12.5}, shown.curves().get(2).y(), "the second item one step up");
        assertArrayEquals(new double[] {7, 8, 9}, shown.curves().get(3).y(), "the right axis is not stacked");
        assertEquals(model().curves().size(), shown.curves().size());
        assertEquals("#0000ff", shown.curves().get(2).colour());
    }

    @Test
    void anArraysChosenLineStyleReplacesItsOwnUntilChosenBack() {
        CurveDisplay dotted = CurveDisplay.AS_COMPUTED.withArrayStyle(0, 2);
        NodePlotModel shown = dotted.apply(model());
        assertEquals(2, shown.curves().get(0).dash(), "µd of the first item dotted");
        assertEquals(2, shown.curves().get(2).dash(), "and of the second");
        assertEquals(1, shown.curves().get(1).dash(), "the pre-edge keeps its own");
        assertArrayEquals(new double[] {2, 4, 6}, shown.curves().get(0).y());
        CurveDisplay back = dotted.withArrayStyle(0, 0);
        assertEquals(java.util.Map.of(), back.arrayStyles());
        assertEquals(false, back.changesCurves(), "its own style again: nothing changes");
    }

    @Test
    void aNegativeOffsetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CurveDisplay(false, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new CurveDisplay(false, Double.NaN));
    }
}
