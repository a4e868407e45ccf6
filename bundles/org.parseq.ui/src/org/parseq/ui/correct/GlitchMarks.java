package org.parseq.ui.correct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.parseq.core.correct.GlitchFinder;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.model.CorrectionCommands;
import org.parseq.model.data.DataItem;
import org.parseq.ui.plot.PlotComposite;

/**
 * The suspect points of an item's curves at a node ({@link GlitchFinder} on each curve, joined),
 * drawn on the node's plot as dotted red lines, and the edit that deletes them: one delete
 * correction per run of neighbouring suspects, its limits the good points on either side.
 */
final class GlitchMarks {

    /** Indices of suspect points, ascending, and the x they lie at. */
    record Suspects(double[] x, List<Integer> indices) {

        static final Suspects NONE = new Suspects(new double[0], List.of());

        /** The runs of neighbouring suspects as [first, last] indices. */
        List<int[]> runs() {
            List<int[]> runs = new ArrayList<>();
            for (int index : indices) {
                if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == index - 1) {
                    runs.get(runs.size() - 1)[1] = index;
                } else {
                    runs.add(new int[] {index, index});
                }
            }
            return runs;
        }

        /** One undoable edit: a delete correction around each run, at the node, of the item. */
        Command deletion(EditingDomain domain, DataItem item, String node) {
            CompoundCommand command = new CompoundCommand("Delete " + indices.size() + " suspect point"
                    + (indices.size() == 1 ? "" : "s") + " of " + item.getAlias());
            for (int[] run : runs()) {
                double from = x[Math.max(0, run[0] - 1)];
                double to = x[Math.min(x.length - 1, run[1] + 1)];
                command.append(CorrectionCommands.add(domain, List.of(item), node, Map.of("kind", "delete",
                        "lim", List.of(from, to))));
            }
            return command;
        }
    }

    private GlitchMarks() {
    }

    /** The suspects of the curves of a node's result (those as long as x). */
    static Suspects of(NodeDefinition node, NodeResult result) {
        if (node.abscissa().isEmpty()) {
            return Suspects.NONE;
        }
        double[] x = result.array(node.abscissa().get().name()).orElse(null);
        if (x == null) {
            return Suspects.NONE;
        }
        boolean[] any = new boolean[x.length];
        for (ArrayDefinition array : node.arrays()) {
            double[] y = array.role().isCurve() ? result.array(array.name()).orElse(null) : null;
            if (y != null && y.length == x.length) {
                boolean[] suspects = GlitchFinder.suspects(y, GlitchFinder.DEFAULT_THRESHOLD);
                for (int i = 0; i < any.length; i++) {
                    any[i] |= suspects[i];
                }
            }
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < any.length; i++) {
            if (any[i]) {
                indices.add(i);
            }
        }
        return new Suspects(x, indices);
    }

    static void paint(GC gc, PlotComposite plot, Suspects suspects) {
        Rectangle bounds = plot.plotArea().getBounds();
        int alpha = gc.getAlpha();
        int style = gc.getLineStyle();
        gc.setForeground(plot.getDisplay().getSystemColor(SWT.COLOR_RED));
        gc.setAlpha(160);
        gc.setLineStyle(SWT.LINE_DOT);
        for (int index : suspects.indices()) {
            int px = plot.chart().getAxisSet().getXAxis(0).getPixelCoordinate(suspects.x()[index]);
            gc.drawLine(px, 0, px, bounds.height);
        }
        gc.setLineStyle(style);
        gc.setAlpha(alpha);
    }
}
