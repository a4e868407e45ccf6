package org.parseq.ui.plot;

import java.util.Map;

/**
 * Another abscissa a node's curves can be plotted against, e.g. θ instead of energy: each x
 * array of the node (its abscissa, or a curve's own axis) is replaced by another 1D array of
 * the node. Contributed through {@code org.parseq.ui.abscissae} (see {@link AbscissaContributions}).
 *
 * @param label     the abscissa's name with its unit, for the axis and the chooser
 * @param replacing x array → the array drawn instead; curves on x arrays not named are not drawn
 */
public record AbscissaChoice(String label, Map<String, String> replacing) {

    public AbscissaChoice {
        replacing = Map.copyOf(replacing);
    }

    /** The x array to draw in place of {@code xArray}. */
    public String xFor(String xArray) {
        return replacing.getOrDefault(xArray, xArray);
    }
}
