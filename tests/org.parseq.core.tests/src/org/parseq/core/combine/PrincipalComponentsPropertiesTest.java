package org.parseq.core.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PCA on series the reference does not cover, over an x range, checked by what it is: the
 * eigenpairs of {@code DᵀD/trace} (orthonormal, decreasing, summing to one), IE agreeing with
 * the reconstruction residual it stands for, and projectors found on the range that rebuild
 * the full-length spectra when all components are kept.
 */
class PrincipalComponentsPropertiesTest {

    @ParameterizedTest
    @CsvSource({"MES-Co, 7700, 7760", "CoNi, 7650, 7800", "NiCo, 8330, 8420", "Cu30_1_0, 8975, 9000"})
    void eigenpairsIndicatorsAndProjectorsOfASeries(String series, double xmin, double xmax) {
        Tables table = Tables.read(Tables.data("parseq-tests/MCR-ALS/" + series + ".txt.gz"));
        DataMatrix full = table.dataMatrix("mu");
        DataMatrix range = full.rows(table.x(), new XRange(xmin, xmax));
        assertTrue(range.points() < full.points() && range.points() > 10, "the range selects part of the spectra");
        PrincipalComponents pca = PrincipalComponents.of(range);
        int n = full.items();

        RealMatrix gram = range.matrix().transposeMultiply(range.matrix());
        double trace = gram.getTrace();
        double[] eigenvalues = pca.eigenvalues();
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += eigenvalues[k - 1];
            if (k > 1) {
                assertTrue(eigenvalues[k - 1] <= eigenvalues[k - 2], "decreasing at " + k);
            }
            double[] v = pca.eigenvector(k);
            double[] kv = gram.operate(v);
            for (int i = 0; i < n; i++) {
                assertEquals(eigenvalues[k - 1] * v[i], kv[i] / trace, 1e-13, "K e = λ e, component " + k);
            }
            for (int q = 1; q <= k; q++) {
                assertEquals(q == k ? 1 : 0, dot(v, pca.eigenvector(q)), 1e-12, "orthonormal " + q + ", " + k);
            }
        }
        assertEquals(1, sum, 1e-12);

        double[] ie = pca.imbeddedError();
        double[] ind = pca.indicator();
        int m = range.points();
        for (int j = 1; j < n; j++) {
            double left = pca.residual(range, j).frobenius();
            double fromResidual = Math.sqrt(left * left / trace * j / ((double) m * n * (n - j)));
            assertEquals(fromResidual, ie[j - 1], 1e-6 * ie[0], "IE " + j + " is the residual of " + j + " components");
            assertEquals(ie[j - 1] / Math.sqrt(j / (double) n) / Math.pow(n - j, 2), ind[j - 1],
                    1e-12 * ind[j - 1], "IND = RE/(n−j)², RE = IE·sqrt(n/j)");
            assertTrue(ind[pca.indicatorMinimum() - 1] <= ind[j - 1]);
        }

        RealMatrix all = pca.cumulative(full, n);
        RealMatrix sumOfClassic = pca.classic(full, 1);
        for (int k = 2; k <= 3; k++) {
            sumOfClassic = sumOfClassic.add(pca.classic(full, k));
        }
        RealMatrix firstThree = pca.cumulative(full, 3);
        for (int j = 0; j < n; j++) {
            assertTrue(Tables.relativeMax(all.getColumn(j), full.column(j)) < 1e-12, "all components rebuild item " + j);
            assertTrue(Tables.relativeMax(sumOfClassic.getColumn(j), firstThree.getColumn(j)) < 1e-12,
                    "classic components add up to the cumulative one");
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
