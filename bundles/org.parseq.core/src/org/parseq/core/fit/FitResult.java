package org.parseq.core.fit;

import java.util.List;

/**
 * The result of one fit, plain data. A joint fit has several items (the started one first).
 *
 * @param items             per item: parameters, R factor, curves
 * @param variedNames       the varied parameters, in the order of {@code correlation}'s rows
 * @param correlation       correlation matrix of the varied parameters
 * @param rFactor           the R factor the original reports: the item's, or for a joint fit
 *                          the last item's (the original's rule, §9.5)
 * @param chiSquare         χ² of the error analysis (EXAFS fit), NaN where not defined
 * @param points            fitted data points (all items)
 * @param variables         number of varied parameters
 * @param independentPoints Nind of the EXAFS fit (§9.6), NaN for other fits
 * @param converged         false when the optimizer stopped without meeting a tolerance; the
 *                          parameters then keep their start values, as in the original
 * @param message           the optimizer's termination message, or why the fit failed
 * @param evaluations       model evaluations, Jacobians included
 */
public record FitResult(List<ItemFit> items, List<String> variedNames, double[][] correlation, double rFactor,
        double chiSquare, int points, int variables, double independentPoints, boolean converged, int status,
        String message, int evaluations) {

    public FitResult {
        items = List.copyOf(items);
        variedNames = List.copyOf(variedNames);
    }

    /** The result part of an item, or null. */
    public ItemFit item(String alias) {
        for (ItemFit f : items) {
            if (f.item().equals(alias)) {
                return f;
            }
        }
        return null;
    }

    /** The first (started) item's part. */
    public ItemFit first() {
        return items.get(0);
    }

    /**
     * The same result seen from another item of a joint fit: its part first, the others in their
     * order; everything else (R, correlations, statistics) shared, as the original gives every
     * item of a joint fit the same result.
     */
    public FitResult seenFrom(String alias) {
        ItemFit part = item(alias);
        if (part == null) {
            throw new IllegalArgumentException("item '" + alias + "' is not part of this fit");
        }
        List<ItemFit> reordered = new java.util.ArrayList<>(items.size());
        reordered.add(part);
        for (ItemFit f : items) {
            if (f != part) {
                reordered.add(f);
            }
        }
        return new FitResult(reordered, variedNames, correlation, rFactor, chiSquare, points, variables,
                independentPoints, converged, status, message, evaluations);
    }
}
