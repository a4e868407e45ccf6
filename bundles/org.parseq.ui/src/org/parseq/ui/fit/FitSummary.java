package org.parseq.ui.fit;

import java.util.Locale;

import org.parseq.core.engine.FitRecord;
import org.parseq.core.fit.FitResult;

/**
 * One line about a fit's latest outcome: status, R (as the original reports it), χ², points,
 * variables and the optimizer's message.
 */
public final class FitSummary {

    private FitSummary() {
    }

    public static String of(String item, FitRecord record, boolean computing) {
        if (record == null) {
            return item + ": " + (computing ? "fitting\u2026" : "not fitted yet");
        }
        StringBuilder text = new StringBuilder(item).append(": ").append(record.status().toString()
                .toLowerCase(Locale.ROOT).replace('_', ' '));
        if (record.hasOutcome()) {
            FitResult result = record.outcome().result();
            // the R the original reports (for a joint fit its last item's), as the batch writes it
            text.append(String.format(Locale.ROOT, ", R = %.5g", result.rFactor()));
            if (result.items().size() > 1) {
                text.append(String.format(Locale.ROOT, " (joint fit of %d items; this item's own R = %.5g)",
                        result.items().size(), result.first().rFactor()));
            }
            if (!Double.isNaN(result.chiSquare())) {
                text.append(String.format(Locale.ROOT, ", \u03c7\u00b2 = %.5g", result.chiSquare()));
            }
            text.append(", ").append(result.points()).append(" points, ").append(result.variables())
                    .append(" variables");
        }
        if (!record.message().isBlank()) {
            text.append(" \u2014 ").append(record.message());
        }
        return text.toString();
    }
}
