package org.parseq.xes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parseq.xes.numerics.DcmRockingCurve;
import org.parseq.xes.numerics.Spectrum;

/**
 * The DCM rocking curves against the widths the original shows for its references (the
 * reference README: computed with xrt's CrystalSi), and the physics they must obey.
 */
class DcmRockingCurveTest {

    @Test
    void si111WidthsAreTheOriginals() {
        double at19630 = DcmRockingCurve.named("Si111").fwhm(19630);
        double at19570 = DcmRockingCurve.named("Si111").fwhm(19570);
        System.out.printf("DCM Si111: %.6f eV at 19630 eV (original 3.69719), %.6f eV at 19570 eV (3.68623)%n",
                at19630, at19570);
        assertEquals(3.69719, at19630, 1e-3);
        assertEquals(3.68623, at19570, 1e-3);
    }

    @Test
    void si311IsNarrowerByItsSmallerDarwinWidth() {
        // ΔE/E = Darwin width · cot θ: Si(311) has the weaker structure factor and the larger angle
        double si311 = DcmRockingCurve.named("Si311").fwhm(19630);
        double si111 = DcmRockingCurve.named("Si111").fwhm(19630);
        assertTrue(si311 > 0.6 && si311 < 0.9, "Si311 width " + si311);
        assertTrue(si111 / si311 > 4, si111 + " / " + si311);
        // the relative width of a reflection changes little with energy far from absorption edges
        assertEquals(si111 / 19630, DcmRockingCurve.named("Si111").fwhm(12000) / 12000, 0.05 * si111 / 19630);
    }

    @Test
    void theCurveIsCentredOnTheEnergyAndHasUnitSumPerReflectivity() {
        Spectrum curve = DcmRockingCurve.named("Si111").curve(19600);
        assertEquals(DcmRockingCurve.POINTS, curve.x().length);
        assertEquals(19580, curve.x()[0], 1e-9);
        assertEquals(19620, curve.x()[DcmRockingCurve.POINTS - 1], 0);
        int peak = 0;
        for (int i = 1; i < curve.y().length; i++) {
            peak = curve.y()[i] > curve.y()[peak] ? i : peak;
        }
        assertEquals(100, peak, 2, "the refraction-corrected angle puts the maximum at the set energy");
        assertTrue(curve.y()[peak] < 1, "two reflections of at most unit reflectivity: " + curve.y()[peak]);
    }

    @Test
    void unknownAndForbiddenCrystalsAreRefused() {
        assertNull(DcmRockingCurve.named("Ge111"));
        assertThrows(IllegalArgumentException.class, () -> new DcmRockingCurve(2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> DcmRockingCurve.named("Si111").curve(1500));
    }
}
