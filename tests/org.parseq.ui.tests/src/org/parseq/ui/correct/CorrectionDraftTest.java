package org.parseq.ui.correct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The corrections panel's fields as the original's dictionaries, and back. */
class CorrectionDraftTest {

    private static final double[] X = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    private static final double[] Y = {0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100};

    @Test
    void emptyValuesTakeWhatTheCurveSuggests() {
        Map<String, Object> spline = new CorrectionDraft("spline", "1", "7", "").settings(X, Y);
        assertEquals(List.of(List.of(1.0, 1.0), List.of(3.0, 9.0), List.of(5.0, 25.0), List.of(7.0, 49.0)),
                spline.get("knots"), "four knots on the curve, evenly over the range");
        Map<String, Object> step = new CorrectionDraft("step", "2.5", "6", "").settings(X, Y);
        assertEquals(2.5, step.get("left"));
        assertEquals(List.of(6.0, 4.0), step.get("right"), "back to the level at the step's left end");
        assertEquals("auto", new CorrectionDraft("spikes", "1", "7", "").settings(X, Y).get("cutoff"));
    }

    @Test
    void typedValuesAreTakenAndShownBack() {
        Map<String, Object> spline = new CorrectionDraft("spline-", "1", "7", "1 2; 3,4 ;5 6").settings(null, null);
        assertEquals(List.of(List.of(1.0, 2.0), List.of(3.0, 4.0), List.of(5.0, 6.0)), spline.get("knots"));
        CorrectionDraft back = CorrectionDraft.of(spline);
        assertEquals(new CorrectionDraft("spline-", "1", "7", "1 2; 3 4; 5 6"), back);
        assertEquals("(1, 7) through 3 knots", CorrectionDraft.describe(spline));
        Map<String, Object> scale = new CorrectionDraft("scale", "8979.25", "9000", "1.5").settings(null, null);
        assertEquals(Map.of("kind", "scale", "lim", List.of(8979.25, 9000.0), "scale", 1.5), scale);
        assertEquals("left 2, right (6, 4)", CorrectionDraft.describe(Map.of("kind", "step", "left", 2,
                "right", List.of(6, 4))));
    }

    @Test
    void badFieldsAreRefusedSayingWhich() {
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> new CorrectionDraft("delete", "5", "2", "").settings(X, Y));
        assertTrue(order.getMessage().contains("must be below"), order.getMessage());
        IllegalArgumentException scale = assertThrows(IllegalArgumentException.class,
                () -> new CorrectionDraft("scale", "1", "2", "").settings(X, Y));
        assertTrue(scale.getMessage().contains("'scale to'"), scale.getMessage());
        IllegalArgumentException knot = assertThrows(IllegalArgumentException.class,
                () -> new CorrectionDraft("spline", "1", "2", "1 2 3").settings(X, Y));
        assertTrue(knot.getMessage().contains("'x y'"), knot.getMessage());
        IllegalArgumentException cutoff = assertThrows(IllegalArgumentException.class,
                () -> new CorrectionDraft("spikes", "1", "2", "many").settings(X, Y));
        assertTrue(cutoff.getMessage().contains("'cutoff'"), cutoff.getMessage());
    }
}
