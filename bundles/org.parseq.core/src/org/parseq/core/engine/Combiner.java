package org.parseq.core.engine;

import java.util.List;

/**
 * How a combination item is made from its parents' arrays at one node. Average, sum and RMS
 * are {@link StandardCombiner}s; PCA, target transformation and MCR-ALS will be further
 * implementations.
 */
public interface Combiner {

    /** Stable id used in project files, e.g. {@code average}. */
    String id();

    /**
     * Combines one array over the parents, all of the same length.
     *
     * @param parents one array per parent that has it, in the parents' order
     */
    double[] combine(List<double[]> parents);
}
