package org.parseq.xas.fit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Relative comparisons with a tiny absolute floor for reference values that are 0 (errors of unidentifiable parameters). */
final class Close {

    /** Absolute floor: far below every non-zero quantity compared, far above rounding of a zero. */
    static final double FLOOR = 1e-12;

    private Close() {
    }

    static double deviation(double expected, double actual) {
        double d = Math.abs(actual - expected);
        return d <= FLOOR ? 0 : d / Math.abs(expected);
    }

    static void assertClose(double expected, double actual, double relTol, String what) {
        double dev = deviation(expected, actual);
        assertTrue(dev <= relTol, () -> what + ": expected " + expected + ", got " + actual + " (relative deviation "
                + dev + " > " + relTol + ")");
    }
}
