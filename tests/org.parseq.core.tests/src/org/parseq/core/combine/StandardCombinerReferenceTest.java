package org.parseq.core.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parseq.core.engine.StandardCombiner;

/**
 * The engine's average, sum and RMS of the Cu spectra of cu-ref-mix.res against the original
 * (reference/parseq-combos/ave_sum_rms), exact to 1e-12 relative. The original's abscissa is
 * the mean of the parents' abscissas; on a shared grid that is the grid up to rounding, which
 * is what is checked for the engine's choice, the first parent's x.
 */
class StandardCombinerReferenceTest {

    @ParameterizedTest
    @CsvSource({"all19, 0", "cu-foils, 'cu-foil_ave1 cu-foil_ave5'"})
    void averageSumAndRmsAreTheOriginals(String reference, String members) {
        Tables spectra = Tables.read(Tables.data("parseq-xas/cu-ref-mix.res"));
        List<String> names = members.equals("0") ? spectra.names().subList(1, spectra.names().size())
                : List.of(members.split(" "));
        List<double[]> parents = names.stream().map(spectra::column).toList();
        Tables expected = Tables.read(Tables.reference("ave_sum_rms/" + reference + ".txt.gz"));
        assertEquals(members.equals("0") ? 19 : 2, parents.size());

        assertWithin(StandardCombiner.AVERAGE.combine(parents), expected.columns()[1], "average");
        assertWithin(StandardCombiner.SUM.combine(parents), expected.columns()[2], "sum");
        assertWithin(StandardCombiner.RMS.combine(parents), expected.columns()[3], "RMS");
        assertWithin(spectra.x(), expected.columns()[0], "abscissa");
        assertWithin(StandardCombiner.AVERAGE.combine(java.util.Collections.nCopies(parents.size(), spectra.x())),
                expected.columns()[0], "mean of the parents' abscissas");
    }

    private static void assertWithin(double[] actual, double[] expected, String what) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            double tolerance = 1e-12 * Math.abs(expected[i]);
            assertTrue(Math.abs(actual[i] - expected[i]) <= tolerance,
                    what + " at point " + i + ": " + actual[i] + " instead of " + expected[i]);
        }
    }
}
