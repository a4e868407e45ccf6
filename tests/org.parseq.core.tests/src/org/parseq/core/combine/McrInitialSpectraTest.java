package org.parseq.core.combine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/**
 * The first S of MCR-ALS on the Ni series: start, end, mean and reference columns as named,
 * and 'auto' after chosen spectra taking the items least explained by them (residuals
 * computed here from the normal equations by hand).
 */
class McrInitialSpectraTest {

    private final Tables series = Tables.read(Tables.data("parseq-tests/MCR-ALS/MES-Ni.txt.gz"));
    private final DataMatrix data = series.dataMatrix("mu");

    @Test
    void namedStartsAreTheNamedColumns() {
        Tables refs = Tables.read(Tables.data("parseq-tests/MCR-ALS/Ni-refs.txt.gz"));
        McrComponent.Spectrum oxide = new McrComponent.Spectrum("NiO", refs.x(), refs.column("NiO"));
        RealMatrix s = McrInitialSpectra.of(data, series.x(), List.of(
                McrComponent.auto().startingFrom(InitialSpectrum.START),
                McrComponent.auto().startingFrom(InitialSpectrum.END),
                McrComponent.auto().startingFrom(InitialSpectrum.MEAN),
                McrComponent.auto().startingFrom(oxide)));
        assertArrayEquals(data.column(0), s.getColumn(0));
        assertArrayEquals(data.column(data.items() - 1), s.getColumn(1));
        double[] mean = s.getColumn(2);
        for (int i = 0; i < data.points(); i += 97) {
            double sum = 0;
            for (int j = 0; j < data.items(); j++) {
                sum += data.column(j)[i];
            }
            assertEquals(sum / data.items(), mean[i], 1e-15);
        }
        double[] reference = s.getColumn(3);
        double[] x = series.x();
        for (int i = 0; i < x.length; i++) {
            // Inside the reference's table it is interpolated, outside its end lines continue.
            int k = Math.max(1, Math.min(refs.x().length - 1, upperIndex(refs.x(), x[i])));
            double x0 = refs.x()[k - 1];
            double x1 = refs.x()[k];
            double y0 = refs.column("NiO")[k - 1];
            double y1 = refs.column("NiO")[k];
            assertEquals(y0 + (y1 - y0) * (x[i] - x0) / (x1 - x0), reference[i], 1e-12, "at " + x[i]);
        }
    }

    /**
     * The second component is the item worst explained by the first; the third, picked against
     * both, is the second worst of that ranking: an auto pick after another takes the next rank.
     */
    @Test
    void autoAfterChosenSpectraTakesTheWorstExplainedItemsInTurn() {
        RealMatrix s = McrInitialSpectra.of(data, series.x(), List.of(
                McrComponent.auto().startingFrom(InitialSpectrum.END), McrComponent.auto(), McrComponent.auto()));
        double[] first = data.column(data.items() - 1);
        int[] againstFirst = ranking(List.of(first));
        assertArrayEquals(data.column(againstFirst[0]), s.getColumn(1));
        int[] againstBoth = ranking(List.of(first, data.column(againstFirst[0])));
        assertArrayEquals(data.column(againstBoth[1]), s.getColumn(2));
    }

    /** Items by decreasing residual after least squares on one or two spectra (Cramer's rule). */
    private int[] ranking(List<double[]> basis) {
        double[] residuals = new double[data.items()];
        double[] a = basis.get(0);
        double[] b = basis.size() > 1 ? basis.get(1) : new double[a.length];
        double aa = dot(a, a);
        double ab = dot(a, b);
        double bb = dot(b, b);
        double determinant = basis.size() > 1 ? aa * bb - ab * ab : aa;
        for (int j = 0; j < residuals.length; j++) {
            double[] d = data.column(j);
            double da = dot(d, a);
            double db = dot(d, b);
            double alpha = basis.size() > 1 ? (da * bb - db * ab) / determinant : da / aa;
            double beta = basis.size() > 1 ? (db * aa - da * ab) / determinant : 0;
            double sum = 0;
            for (int i = 0; i < d.length; i++) {
                double left = d[i] - alpha * a[i] - beta * b[i];
                sum += left * left;
            }
            residuals[j] = sum;
        }
        return IntStream.range(0, residuals.length).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> residuals[j]).reversed())
                .mapToInt(Integer::intValue).toArray();
    }

    private static int upperIndex(double[] xs, double x) {
        int k = 0;
        while (k < xs.length && xs[k] < x) {
            k++;
        }
        return k;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
