package org.parseq.core.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MCR-ALS on series the reference does not cover, with settings it does not cover, checked by
 * what the algorithm promises: C holds fractions (non-negative rows summing to one), S ≥ 0
 * where asked, the combined items are {@code D·C(CᵀC)⁻¹}, the reported residual is
 * {@code ‖D − SCᵀ‖_F/m}, and it stops exactly by its rule. The residual is not asserted to fall
 * at every step: the fraction constraint makes the iteration leave the least-squares path, and
 * on these series the original's algorithm drifts up slowly too (see the README of the reference).
 */
class McrAlsPropertiesTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String series : List.of("MES-Co", "CoNi", "NiCo", "Cu30_0.7_0.3")) {
            cases.add(Arguments.of(series, List.of(McrComponent.auto(), McrComponent.auto())));
            cases.add(Arguments.of(series, List.of(McrComponent.auto().startingFrom(InitialSpectrum.END),
                    McrComponent.auto().withZeroMinimumC(true).withPositiveS(false))));
            cases.add(Arguments.of(series, List.of(McrComponent.auto().startingFrom(InitialSpectrum.MEAN),
                    McrComponent.auto().bounded(ConcentrationBound.AT_LEAST, 0.05),
                    McrComponent.auto().startingFrom(InitialSpectrum.START).withPositiveS(false))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void decompositionKeepsItsPromises(String series, List<McrComponent> components) {
        Tables table = Tables.read(Tables.data("parseq-tests/MCR-ALS/" + series + ".txt.gz"));
        DataMatrix data = table.dataMatrix("mu");
        McrSettings settings = McrSettings.DEFAULT.withMaxIterations(300);
        McrResult result = McrAls.decompose(data, table.x(), components, settings);
        int n = components.size();

        for (int item = 0; item < data.items(); item++) {
            double sum = 0;
            for (int k = 1; k <= n; k++) {
                double fraction = result.concentrations(k)[item];
                assertTrue(fraction >= 0, "C" + k + " of item " + item + " is " + fraction);
                sum += fraction;
            }
            assertEquals(1, sum, 1e-12, "fractions of item " + item);
        }
        double[][] combined = result.combinedItems(data);
        for (int k = 1; k <= n; k++) {
            double[] spectrum = result.spectrum(k);
            for (int i = 0; i < spectrum.length; i++) {
                double expected = components.get(k - 1).positiveS() ? Math.abs(combined[k - 1][i]) : combined[k - 1][i];
                assertEquals(expected, spectrum[i], 1e-12 * Math.abs(expected), "S" + k + " is D·C(CᵀC)⁻¹");
                if (components.get(k - 1).positiveS()) {
                    assertTrue(spectrum[i] >= 0, "S" + k + " at point " + i);
                }
            }
        }
        double[] norms = result.residualNorms();
        assertEquals(residualNorm(data, result), norms[norms.length - 1], 1e-12 * norms[norms.length - 1]);
        assertStoppedByItsRule(norms, result.converged(), settings);
    }

    /** The Cu30 series are mixtures of two spectra: two components rebuild them to their rounding. */
    @Test
    void twoComponentsRebuildATwoComponentSeriesToItsRounding() {
        Tables table = Tables.read(Tables.data("parseq-tests/MCR-ALS/Cu30_0.7_0.3.txt.gz"));
        DataMatrix data = table.dataMatrix("mu");
        McrResult result = McrAls.decompose(data, table.x(), List.of(McrComponent.auto(), McrComponent.auto()),
                McrSettings.DEFAULT);
        assertTrue(result.converged());
        double largest = 0;
        for (int j = 0; j < data.items(); j++) {
            for (double value : data.column(j)) {
                largest = Math.max(largest, Math.abs(value));
            }
        }
        double[] norms = result.residualNorms();
        double rmsPerPoint = norms[norms.length - 1] * data.points() / Math.sqrt((double) data.points() * data.items());
        // The file has 7 significant digits: rounding leaves an error of a few 1e-7 of the largest value.
        assertTrue(rmsPerPoint < 1e-6 * largest, "RMS residual " + rmsPerPoint + " of values up to " + largest);
    }

    private static void assertStoppedByItsRule(double[] norms, boolean converged, McrSettings settings) {
        for (int i = 1; i < norms.length - 1; i++) {
            assertTrue(Math.abs(norms[i] - norms[i - 1]) >= settings.tolerance(), "it should have stopped at " + i);
        }
        if (converged) {
            assertTrue(Math.abs(norms[norms.length - 1] - norms[norms.length - 2]) < settings.tolerance());
        } else {
            assertEquals(settings.maxIterations(), norms.length);
        }
    }

    private static double residualNorm(DataMatrix data, McrResult result) {
        double[][] spectra = new double[result.components()][];
        double[][] fractions = new double[result.components()][];
        for (int k = 1; k <= result.components(); k++) {
            spectra[k - 1] = result.spectrum(k);
            fractions[k - 1] = result.concentrations(k);
        }
        double sum = 0;
        for (int j = 0; j < data.items(); j++) {
            double[] column = data.column(j);
            for (int i = 0; i < data.points(); i++) {
                double model = 0;
                for (int k = 0; k < spectra.length; k++) {
                    model += spectra[k][i] * fractions[k][j];
                }
                double difference = column[i] - model;
                sum += difference * difference;
            }
        }
        return Math.sqrt(sum) / data.points();
    }
}
