package org.parseq.core.correct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;

/**
 * Applies an item's corrections at a node, in order, to the node's arrays as they come out of
 * the transform into the node. A value correction changes every 1D array the node declares
 * (other than x and the excluded ones) that is as long as x. A point removal takes the same
 * points out of x and out of every array as long as x, excluded or not, so that the node's
 * arrays stay on one grid; a curve-dependent removal (spikes) looks at the first curve it
 * corrects. The original also removes the points from other nodes sharing the x array; here
 * the nodes upstream keep their results and the removal shows from this node on.
 */
public final class NodeCorrections {

    private NodeCorrections() {
    }

    /**
     * The arrays after the corrections; the given map and its arrays are not changed.
     *
     * @throws IllegalArgumentException when the node is not a 1D node, its x is missing, or a
     *                                  correction cannot apply; the message says which
     */
    public static Map<String, double[]> apply(NodeDefinition node, List<NodeCorrection> corrections,
            Map<String, double[]> arrays) {
        if (corrections.isEmpty()) {
            return arrays;
        }
        ArrayDefinition abscissa = node.abscissa().orElseThrow(() -> new IllegalArgumentException(
                "node '" + node.name() + "' has no x array; corrections apply to 1D nodes only"));
        if (node.arrays().stream().anyMatch(a -> a.role() == ArrayRole.IMAGE_2D || a.role() == ArrayRole.STACK_3D)) {
            throw new IllegalArgumentException("node '" + node.name()
                    + "' holds images; corrections apply to 1D nodes only");
        }
        Map<String, double[]> current = new HashMap<>(arrays);
        String xName = abscissa.name();
        for (int c = 0; c < corrections.size(); c++) {
            NodeCorrection correction = corrections.get(c);
            double[] x = current.get(xName);
            if (x == null) {
                throw new IllegalArgumentException("node '" + node.name() + "' has no array '" + xName + "'");
            }
            List<String> curves = correctedCurves(node, correction, current, x.length);
            try {
                if (correction.correction() instanceof ValueCorrection value) {
                    for (String name : curves) {
                        current.put(name, value.corrected(x, current.get(name)));
                    }
                } else {
                    PointRemoval removal = (PointRemoval) correction.correction();
                    double[] first = curves.isEmpty() ? new double[x.length] : current.get(curves.get(0));
                    removePoints(current, removal.removed(x, first), x.length);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("correction " + (c + 1) + " ('" + correction.correction().kind()
                        + "') at node '" + node.name() + "': " + e.getMessage(), e);
            }
        }
        return current;
    }

    /** The node's declared 1D arrays a correction changes, in declaration order. */
    private static List<String> correctedCurves(NodeDefinition node, NodeCorrection correction,
            Map<String, double[]> arrays, int length) {
        List<String> names = new ArrayList<>();
        for (ArrayDefinition array : node.arrays()) {
            boolean oneD = array.role().isCurve() || array.role() == ArrayRole.HIDDEN_1D;
            double[] values = arrays.get(array.name());
            if (oneD && values != null && values.length == length
                    && !correction.excludedArrays().contains(array.name())) {
                names.add(array.name());
            }
        }
        return names;
    }

    private static void removePoints(Map<String, double[]> arrays, boolean[] removed, int length) {
        int kept = 0;
        for (boolean r : removed) {
            kept += r ? 0 : 1;
        }
        if (kept == length) {
            return;
        }
        for (Map.Entry<String, double[]> entry : arrays.entrySet()) {
            double[] values = entry.getValue();
            if (values.length != length) {
                continue;
            }
            double[] shorter = new double[kept];
            int j = 0;
            for (int i = 0; i < length; i++) {
                if (!removed[i]) {
                    shorter[j++] = values[i];
                }
            }
            entry.setValue(shorter);
        }
    }
}
