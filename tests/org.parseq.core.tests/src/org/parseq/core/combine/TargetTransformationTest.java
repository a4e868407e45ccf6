package org.parseq.core.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hipparchus.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Target transformation: mix1 and mix2 of cu-ref-mix.res on the basis (cu2o_ave2, cuo_ave2)
 * against the original (reference/parseq-combos/tt/A_cu2o-cuo), and on unseen spectra by what
 * a projection is: a mixture of the basis comes back unchanged, what is taken away is
 * orthogonal to the basis, and transforming twice changes nothing.
 */
class TargetTransformationTest {

    @ParameterizedTest
    @ValueSource(strings = {"mix1", "mix2"})
    void theMixturesOfTheCuReferencesAreTransformedAsByTheOriginal(String target) {
        Tables spectra = Tables.read(Tables.data("parseq-xas/cu-ref-mix.res"));
        Tables expected = Tables.read(Tables.reference("tt/A_cu2o-cuo/" + target + ".txt.gz"));
        TargetTransformation tt = TargetTransformation.onto(DataMatrix.of("muraw", List.of("cu2o_ave2", "cuo_ave2"),
                List.of(spectra.column("cu2o_ave2"), spectra.column("cuo_ave2"))));
        assertEquals(0, Tables.relativeRms(spectra.column(target), expected.column("target_muraw")), "the same target");
        for (String array : List.of("muraw", "mu")) {
            double[] transformed = tt.transform(target, expected.column("target_" + array));
            double error = Tables.relativeRms(transformed, expected.column("TT_" + array));
            assertTrue(error < 1e-8, target + " " + array + ": " + error);
        }
    }

    @Test
    void aMixtureOfTheBasisComesBackUnchanged() {
        Tables refs = Tables.read(Tables.data("parseq-tests/MCR-ALS/Co-refs.txt.gz"));
        double[] foil = refs.column("Co-foil");
        double[] oxide = refs.column("CoO");
        double[] mixture = new double[foil.length];
        for (int i = 0; i < mixture.length; i++) {
            mixture[i] = 0.37 * foil[i] + 0.63 * oxide[i];
        }
        TargetTransformation tt =
                TargetTransformation.onto(DataMatrix.of("mu", List.of("Co-foil", "CoO"), List.of(foil, oxide)));
        assertTrue(Tables.relativeRms(tt.transform("mixture", mixture), mixture) < 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MES-Co", "NiCo"})
    void theTransformIsAnOrthogonalProjection(String series) {
        DataMatrix all = Tables.read(Tables.data("parseq-tests/MCR-ALS/" + series + ".txt.gz")).dataMatrix("mu");
        int last = all.items() - 1;
        List<double[]> basis = List.of(all.column(0), all.column(last / 2), all.column(last));
        DataMatrix basisMatrix = DataMatrix.of("mu", List.of("first", "middle", "last"), basis);
        TargetTransformation tt = TargetTransformation.onto(basisMatrix);
        // Through the normal equations, as in the original, rounding grows with cond(B)².
        double condition = new SingularValueDecomposition(basisMatrix.matrix()).getConditionNumber();
        double tolerance = 10 * condition * condition * Math.ulp(1.0);
        for (int item : new int[] {1, last / 3, last - 1}) {
            double[] target = all.column(item);
            double[] transformed = tt.transform("item " + item, target);
            for (double[] base : basis) {
                double along = 0;
                double targetNorm = 0;
                double baseNorm = 0;
                for (int i = 0; i < target.length; i++) {
                    along += (target[i] - transformed[i]) * base[i];
                    targetNorm += target[i] * target[i];
                    baseNorm += base[i] * base[i];
                }
                double cosine = along / Math.sqrt(targetNorm * baseNorm);
                assertTrue(Math.abs(cosine) < tolerance, "the removed part is orthogonal to the basis: " + cosine);
            }
            assertTrue(Tables.relativeRms(tt.transform("again", transformed), transformed) < tolerance, "idempotent");
        }
    }
}
