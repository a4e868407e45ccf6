package org.parseq.core.correct;

/** A correction that deletes points: the same points of x and of every curve of the node. */
public sealed interface PointRemoval extends Correction permits DeleteRegion, DeleteSpikes {

    /**
     * Which points go.
     *
     * @param x      increasing abscissa
     * @param firstY the node's first corrected curve, which decides where a curve-dependent
     *               removal (spikes) applies
     * @return one flag per point, true where the point is removed
     */
    boolean[] removed(double[] x, double[] firstY);
}
