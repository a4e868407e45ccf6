package org.parseq.xas.numerics;

/** Energy calibration (§3.2): maps eRef − eShift onto eRef. */
public final class EnergyCalibration {

    private EnergyCalibration() {
    }

    /**
     * In place.
     *
     * @param kind 0 angular (Bragg-angle offset), 1 lattice constant, 2 constant energy shift
     */
    public static void apply(double[] e, double eRef, double eShift, int kind) {
        switch (kind) {
            case 0 -> {
                double invRef = 1 / eRef;
                double invShifted = 1 / (eRef - eShift);
                for (int i = 0; i < e.length; i++) {
                    // evaluation order of the original: (1/e + 1/eRef) - 1/(eRef - eShift)
                    e[i] = 1 / (1 / e[i] + invRef - invShifted);
                }
            }
            case 1 -> {
                double factor = 1 + eShift / (eRef - eShift);
                for (int i = 0; i < e.length; i++) {
                    e[i] = e[i] * factor;
                }
            }
            case 2 -> {
                for (int i = 0; i < e.length; i++) {
                    e[i] = e[i] + eShift;
                }
            }
            default -> throw new IllegalArgumentException("unknown eShiftKind " + kind);
        }
        ArrayMath.checkComputed(e, e.length, "calibrated energy");
    }
}
