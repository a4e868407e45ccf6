package org.parseq.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parseq.core.engine.FitRecord;
import org.parseq.core.engine.FitStatus;
import org.parseq.core.fit.FitResult;
import org.parseq.core.fit.FittedParameter;
import org.parseq.core.fit.ItemFit;
import org.parseq.core.pipeline.FitOutcome;
import org.parseq.ui.fit.FitSummary;

/** The fit panel's line shows the R the original reports, which for a joint fit is its last item's (issue 11). */
class FitSummaryTest {

    private static ItemFit part(String item, double r) {
        return new ItemFit(item, List.of(new FittedParameter("r1", 2.55, 0.01, 0.01, 0.01, true)), r, 100, Map.of());
    }

    private static FitRecord record(FitResult result) {
        return new FitRecord(null, "exafsfit", "bft", FitStatus.FITTED, "",
                new FitOutcome(result, Map.of(), Map.of(), Map.of()));
    }

    @Test
    void aJointFitShowsTheReportedRAndTheItemsOwn() {
        FitResult joint = new FitResult(List.of(part("CE0074", 0.0147), part("RU0074", 0.0163)), List.of("r1"),
                new double[][] {{1}}, 0.0163, 12.5, 200, 1, 10.2, true, 1, "", 20);
        String line = FitSummary.of("CE0074", record(joint), false);
        assertTrue(line.contains("R = 0.016300"), line);
        assertTrue(line.contains("joint fit of 2 items; this item's own R = 0.014700"), line);
    }

    @Test
    void aFitOfOneItemShowsItsR() {
        FitResult alone = new FitResult(List.of(part("Cu", 0.084)), List.of("r1"), new double[][] {{1}}, 0.084,
                Double.NaN, 100, 1, Double.NaN, true, 1, "", 10);
        assertEquals("Cu: fitted, R = 0.084000, 100 points, 1 variables", FitSummary.of("Cu", record(alone), false));
    }
}
