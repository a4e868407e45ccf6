package org.parseq.core.fit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of a fit result that belongs to one item: its parameters after the fit, its R
 * factor {@code Σ(y − fit)²/Σy²} over its fitted points, and its curves (e.g. the model and
 * the residual on the item's x grid), by array name.
 */
public record ItemFit(String item, List<FittedParameter> parameters, double rFactor, int points,
        Map<String, double[]> curves) {

    public ItemFit {
        parameters = List.copyOf(parameters);
        curves = Collections.unmodifiableMap(new LinkedHashMap<>(curves));
    }

    /** The parameter of that name, or null. */
    public FittedParameter parameter(String name) {
        for (FittedParameter p : parameters) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
