package org.parseq.core.pipeline;

import java.util.Map;
import java.util.Optional;

/**
 * What a fit of one item sees: the item's arrays at the fit's node, its transform parameters,
 * its fit settings, and the same view of other items of the run.
 */
public interface FitInput {

    String alias();

    /** Id of the node the fit is attached to. */
    String node();

    /** The settings of this item's fit of the kind being run; empty when the item has none. */
    Map<String, Object> settings();

    /**
     * An array of the node.
     *
     * @throws IllegalArgumentException naming the item, node and array when it is missing
     */
    double[] array(String name);

    /** A scalar found at the node or upstream (e.g. an edge position), if known. */
    Optional<Double> scalar(String name);

    /** Every transform parameter's value for this item: its own where set, else the default. */
    Map<String, Object> parameters();

    /**
     * The same view of another item of the run, for references and joint fits.
     *
     * @throws IllegalArgumentException naming this item and the other when it is not in the
     *                                  run or has no good data at the node
     */
    FitInput other(String alias);

    /**
     * This item's place in the run's order of items (the data tree's), for fits that order the
     * items they join by it, as the original does.
     */
    int position();

    /** This item's own outcome of the fit being run, when it was fitted earlier in the run. */
    Optional<FitOutcome> fitted();
}
