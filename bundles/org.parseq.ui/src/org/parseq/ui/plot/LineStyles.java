package org.parseq.ui.plot;

import org.eclipse.swt.SWT;
import org.eclipse.swtchart.LineStyle;

/**
 * The line style of a curve's array index, the same on screen, in the legend and in exports:
 * five dash patterns, thick for the first five arrays of a node and thin for the next five, so
 * that up to ten arrays of one item (which share its colour) look different.
 */
public final class LineStyles {

    private static final LineStyle[] CHART = {LineStyle.SOLID, LineStyle.DASH, LineStyle.DOT, LineStyle.DASHDOT,
            LineStyle.DASHDOTDOT};
    private static final int[] GC = {SWT.LINE_SOLID, SWT.LINE_DASH, SWT.LINE_DOT, SWT.LINE_DASHDOT,
            SWT.LINE_DASHDOTDOT};
    /** Dash patterns for exports (in line widths), matching the screen's styles. */
    private static final float[][] PATTERNS = {null, {6, 4}, {1.5f, 3}, {6, 3, 1.5f, 3}, {6, 3, 1.5f, 3, 1.5f, 3}};

    private LineStyles() {
    }

    /** Line width on screen, in pixels. */
    static int width(int dash) {
        return Math.floorMod(dash, 2 * CHART.length) < CHART.length ? 2 : 1;
    }

    /** How many different looks there are: five dash patterns, thick and thin. */
    public static int count() {
        return 2 * CHART.length;
    }

    /** A name for a user to choose the look by, e.g. "dashed, thin". */
    public static String name(int dash) {
        String[] names = {"solid", "dashed", "dotted", "dash-dot", "dash-dot-dot"};
        return names[Math.floorMod(dash, names.length)] + (width(dash) == 2 ? ", thick" : ", thin");
    }

    /** What a curve of this array index looks like, e.g. "DASH 2 px", to tell styles apart. */
    public static String look(int dash) {
        return chart(dash) + " " + width(dash) + " px";
    }

    static LineStyle chart(int dash) {
        return CHART[Math.floorMod(dash, CHART.length)];
    }

    static int swt(int dash) {
        return GC[Math.floorMod(dash, GC.length)];
    }

    /** The dash pattern for a Java 2D stroke of this width, or null for a solid line. */
    static float[] pattern(int dash, float width) {
        float[] unit = PATTERNS[Math.floorMod(dash, PATTERNS.length)];
        if (unit == null) {
            return null;
        }
        float[] scaled = new float[unit.length];
        for (int i = 0; i < unit.length; i++) {
            scaled[i] = unit[i] * width;
        }
        return scaled;
    }
}
