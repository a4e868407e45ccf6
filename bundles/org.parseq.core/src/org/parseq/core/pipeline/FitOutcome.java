package org.parseq.core.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.parseq.core.fit.FitResult;

/**
 * What a fit of one item found.
 *
 * @param result  values, errors, correlations, R factor or χ², points, variables, status
 * @param arrays  curves the fit adds to its node, e.g. the model and the residual on the node's x
 * @param report  the result in the original's keys and structure ({@code lcf_params} with
 *                {@code w}, {@code wError}, ..., {@code lcf_result} with {@code R}, {@code nparam},
 *                ...), plain data, for files that compare one to one with the original's
 * @param joined  for a joint fit, what it found for each other item taking part, by alias: in the
 *                original every item of a joint fit ends up holding the joint result; empty otherwise
 */
public record FitOutcome(FitResult result, Map<String, double[]> arrays, Map<String, Object> report,
        Map<String, FitOutcome> joined) {

    public FitOutcome {
        arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
        report = Collections.unmodifiableMap(new LinkedHashMap<>(report));
        joined = joined == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(joined));
    }

    /** The outcome of a fit of one item alone. */
    public FitOutcome(FitResult result, Map<String, double[]> arrays, Map<String, Object> report) {
        this(result, arrays, report, Map.of());
    }
}
