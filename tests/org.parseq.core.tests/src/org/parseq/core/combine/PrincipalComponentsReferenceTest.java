package org.parseq.core.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PCA of the 19 Cu spectra of cu-ref-mix.res against the original's numbers
 * (reference/parseq-combos/pca_cu-ref-mix): eigenvalues, IE and IND each to 1e-8 of itself;
 * eigenvectors (unit vectors, up to sign) and the PCA items of each spectrum to 1e-8 of their
 * largest element.
 */
class PrincipalComponentsReferenceTest {

    private static final double TOLERANCE = 1e-8;

    private static DataMatrix data;
    private static PrincipalComponents pca;

    @BeforeAll
    static void decompose() {
        data = Tables.read(Tables.data("parseq-xas/cu-ref-mix.res")).dataMatrix("mu");
        pca = PrincipalComponents.of(data);
    }

    @Test
    void eigenvaluesAndMalinowskiIndicatorsAreTheOriginals() {
        Tables expected = Tables.read(Tables.reference("pca_cu-ref-mix/eigenvalues.txt.gz"));
        double[] eigenvalues = pca.eigenvalues();
        double[] ie = pca.imbeddedError();
        double[] ind = pca.indicator();
        assertEquals(19, eigenvalues.length);
        assertEquals(18, ie.length);
        assertEquals(18, ind.length);
        for (int k = 1; k <= 19; k++) {
            assertRelative(expected.columns()[1][k - 1], eigenvalues[k - 1], "eigenvalue " + k);
            if (k < 19) {
                assertRelative(expected.columns()[2][k - 1], ie[k - 1], "IE " + k);
                assertRelative(expected.columns()[3][k - 1], ind[k - 1], "IND " + k);
            }
        }
        assertEquals(9, pca.indicatorMinimum(), "the README: IND has its minimum at k = 9");
    }

    @Test
    void eigenvectorsAreTheOriginalsUpToSign() {
        Tables expected = Tables.read(Tables.reference("pca_cu-ref-mix/eigenvectors.txt.gz"));
        for (int k = 1; k <= 19; k++) {
            double[] ours = pca.eigenvector(k);
            double[] theirs = expected.columns()[k - 1];
            double sign = Math.signum(dot(ours, theirs));
            for (int i = 0; i < ours.length; i++) {
                ours[i] *= sign;
            }
            assertTrue(Tables.relativeMax(ours, theirs) < TOLERANCE,
                    "eigenvector " + k + ": " + Tables.relativeMax(ours, theirs));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void classicAndCumulativeComponentsAreTheOriginals(int k) {
        compare(pca.classic(data, k), Tables.read(Tables.reference("pca_cu-ref-mix/PCA-classic_k" + k + ".txt.gz")),
                "classic k=" + k);
        compare(pca.cumulative(data, k),
                Tables.read(Tables.reference("pca_cu-ref-mix/PCA-cumulative_k" + k + ".txt.gz")), "cumulative k=" + k);
    }

    @Test
    void reconstructionResidualsAreTheOriginals() {
        Tables expected = Tables.read(Tables.reference("pca_cu-ref-mix/reconstruction_residuals.txt.gz"));
        for (int k = 1; k < 19; k++) {
            PrincipalComponents.Residual residual = pca.residual(data, k);
            assertEquals(expected.columns()[1][k - 1], residual.frobenius(), TOLERANCE * expected.columns()[1][0],
                    "Frobenius norm k=" + k);
            assertEquals(expected.columns()[2][k - 1], residual.maxAbs(), TOLERANCE * expected.columns()[2][0],
                    "max k=" + k);
            for (int item = 0; item < 19; item++) {
                assertEquals(expected.columns()[3 + item][k - 1], residual.perItem()[item],
                        TOLERANCE * expected.columns()[1][0], "item " + item + " k=" + k);
            }
        }
        assertTrue(pca.residual(data, 19).frobenius() < 1e-12, "all components rebuild D");
    }

    private static void compare(RealMatrix ours, Tables expected, String what) {
        assertEquals(19, ours.getColumnDimension());
        for (int item = 0; item < 19; item++) {
            double[] theirs = expected.columns()[item + 1];
            double error = Tables.relativeMax(ours.getColumn(item), theirs);
            assertTrue(error < TOLERANCE, what + ", " + expected.names().get(item + 1) + ": " + error);
        }
    }

    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, TOLERANCE * Math.abs(expected), what);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

}
