package org.parseq.core.combine;

import java.util.List;

import org.parseq.core.engine.AlignedArrays;

/** Turns the engine's aligned parent arrays into the matrices the combinations work on. */
final class ParentArrays {

    private ParentArrays() {
    }

    /**
     * D of one array over all parents.
     *
     * @throws IllegalArgumentException naming the parent that lacks it or whose values are wrong
     */
    static DataMatrix matrix(AlignedArrays parents, String arrayName) {
        List<double[]> columns = parents.array(arrayName);
        for (int j = 0; j < columns.size(); j++) {
            if (columns.get(j) == null) {
                throw new IllegalArgumentException(parents.parentNames().get(j) + " has no array '" + arrayName + "'");
            }
        }
        return DataMatrix.of(arrayName, parents.parentNames(), columns);
    }

    /**
     * The abscissa of the rows a decomposition looks at.
     *
     * @throws IllegalArgumentException if the node has no abscissa but a range is asked for
     */
    static double[] abscissa(AlignedArrays parents, DataMatrix data, XRange range) {
        if (parents.x() != null) {
            return parents.x();
        }
        if (!range.equals(XRange.ALL)) {
            throw new IllegalArgumentException("an x range needs a node with an abscissa");
        }
        double[] index = new double[data.points()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        return index;
    }
}
