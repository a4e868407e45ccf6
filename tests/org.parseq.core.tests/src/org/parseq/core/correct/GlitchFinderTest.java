package org.parseq.core.correct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Suspect points of real Cu foils: the two glitches the monochromator left in both currents of
 * Cu_rt2 (at 9311 and 9511 eV) are found in each; glitches put into Cu_lnt1's µd are found, the
 * points beside them, its edge, white line and ends are not.
 */
class GlitchFinderTest {

    @Test
    void theMonochromatorGlitchesOfCuRt2AreFoundInBothCurrents() {
        double[][] raw = CuFoil.columns("Cu_rt2", "0_raw");
        for (int channel : new int[] {1, 2}) {
            List<Double> energies = new ArrayList<>();
            boolean[] suspects = GlitchFinder.suspects(raw[channel], GlitchFinder.DEFAULT_THRESHOLD);
            for (int i = 0; i < suspects.length; i++) {
                if (suspects[i]) {
                    energies.add(raw[0][i]);
                }
            }
            String which = channel == 1 ? "i0" : "itr";
            assertTrue(energies.stream().anyMatch(e -> Math.abs(e - 9311.1) < 0.5), which + ": " + energies);
            assertTrue(energies.stream().anyMatch(e -> Math.abs(e - 9510.6) < 0.5), which + ": " + energies);
            assertTrue(energies.size() <= 4, which + ": hardly anything else: " + energies);
        }
    }

    @Test
    void glitchesPutIntoAMuAreFoundAndItsEdgeAndEndsAreNot() {
        CuFoil foil = CuFoil.read();
        double[] mu = foil.mu.clone();
        int single = foil.indexAbove(9300);
        int pair = foil.indexAbove(9800);
        mu[single] -= 0.05;
        mu[pair] += 0.04;
        mu[pair + 1] += 0.04;
        List<Integer> found = found(GlitchFinder.suspects(mu, GlitchFinder.DEFAULT_THRESHOLD));
        List<Integer> measured = found(GlitchFinder.suspects(foil.mu, GlitchFinder.DEFAULT_THRESHOLD));
        assertTrue(found.containsAll(List.of(single, pair, pair + 1)), found.toString());
        assertEquals(measured.size() + 3, found.size(), "the points beside the glitches are not suspect: " + found);
        // the measured µd was rebinned: a kink where the bin width changes may show, the edge and the ends not
        assertTrue(measured.size() <= 1, measured.toString());
        for (int i : measured) {
            assertTrue(foil.e[i] < 8975 && i > 2 && i < foil.e.length - 3, "suspect at " + foil.e[i] + " eV");
        }
    }

    @Test
    void shortCurvesHaveNoSuspects() {
        assertEquals(List.of(), found(GlitchFinder.suspects(new double[] {1, 5, 1, 1}, 1)));
        assertEquals(List.of(), found(GlitchFinder.suspects(new double[] {2, 2, 2, 2, 2, 2}, 1)));
    }

    private static List<Integer> found(boolean[] suspects) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < suspects.length; i++) {
            if (suspects[i]) {
                found.add(i);
            }
        }
        return found;
    }
}
