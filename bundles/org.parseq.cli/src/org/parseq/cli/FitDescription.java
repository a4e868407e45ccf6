package org.parseq.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.engine.FitRecord;
import org.parseq.core.engine.FitStatus;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.FitSettings;
import org.parseq.model.session.Session;

/**
 * An item's fits for {@code params.json}, in the original's keys and structure so that they
 * compare one to one with its files: every fit's {@code <kind>_params}, ranges and
 * {@code <kind>_result} ({@code R}, {@code nparam}, {@code Nind}, {@code corr}, {@code mesg},
 * ...) side by side, as the original's fit dictionary holds them. Ours besides: the result's
 * {@code status} (FITTED, NOT_CONVERGED, FAILED, NOT_ON_PATH).
 */
final class FitDescription {

    private FitDescription() {
    }

    static Map<String, Object> of(Session session, DataItem item) {
        Map<String, Object> fits = new LinkedHashMap<>();
        for (FitSettings fit : item.getFits()) {
            FitRecord record = session.results().fit(item.getId(), fit.getKind()).orElse(null);
            if (record != null && record.hasOutcome()) {
                fits.putAll(record.outcome().report());
                if (fits.get(fit.getKind() + "_result") instanceof Map<?, ?> result) {
                    Map<String, Object> withStatus = new LinkedHashMap<>();
                    result.forEach((k, v) -> withStatus.put(String.valueOf(k), v));
                    withStatus.put("status", record.status().name());
                    fits.put(fit.getKind() + "_result", withStatus);
                }
            } else {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("R", null);
                result.put("mesg", record == null ? "not run" : record.message());
                result.put("ier", null);
                result.put("nparam", 0);
                result.put("status", record == null ? "NOT_RUN" : record.status().name());
                fits.put(fit.getKind() + "_result", result);
            }
        }
        return fits;
    }

    /** One warning line per fit that failed or did not converge, naming item and fit. */
    static void warn(Session session, PrintWriter err) {
        for (DataItem item : session.items()) {
            for (FitSettings fit : item.getFits()) {
                session.results().fit(item.getId(), fit.getKind())
                        .filter(r -> r.status() == FitStatus.FAILED || r.status() == FitStatus.NOT_CONVERGED)
                        .ifPresent(r -> err.println("parseq batch: warning: " + r.message()));
            }
        }
    }

    /** Numbers JSON cannot hold (NaN, ±infinity) as null, as the other values of params.json. */
    static Object jsonReady(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), jsonReady(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(jsonReady(v)));
            return out;
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            return null;
        }
        return value;
    }
}
