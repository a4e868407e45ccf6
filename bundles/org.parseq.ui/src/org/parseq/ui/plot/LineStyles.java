package org.parseq.ui.plot;

import org.eclipse.swt.SWT;
import org.eclipse.swtchart.LineStyle;

/** The line style of a curve's array index, the same on screen, in the legend and in exports. */
final class LineStyles {

    private static final LineStyle[] CHART = {LineStyle.SOLID, LineStyle.DASH, LineStyle.DOT, LineStyle.DASHDOT,
            LineStyle.DASHDOTDOT};
    private static final int[] GC = {SWT.LINE_SOLID, SWT.LINE_DASH, SWT.LINE_DOT, SWT.LINE_DASHDOT,
            SWT.LINE_DASHDOTDOT};
    /** Dash patterns for exports (in line widths), matching the screen's styles. */
    private static final float[][] PATTERNS = {null, {6, 4}, {1.5f, 3}, {6, 3, 1.5f, 3}, {6, 3, 1.5f, 3, 1.5f, 3}};

    private LineStyles() {
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
