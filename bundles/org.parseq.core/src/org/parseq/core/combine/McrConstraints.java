package org.parseq.core.combine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The constraints MCR-ALS applies after each least-squares step (xas-algorithms.md §10,
 * MCR-ALS step 2). Concentrations become fractions (non-negative rows that sum to one), their
 * columns are ordered by decreasing total, then each component's own bounds apply; spectra
 * are made non-negative where asked. Matrices are {@code [row][component]} arrays, changed in place.
 */
final class McrConstraints {

    private McrConstraints() {
    }

    /**
     * Constrains C (n×N) in place.
     *
     * @return the column order applied: new column j is old column {@code order[j]}, so that S's
     *         columns can follow
     */
    static int[] constrainConcentrations(double[][] c, List<McrComponent> components) {
        for (double[] row : c) {
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.abs(row[j]);
            }
        }
        normaliseRows(c);
        int[] order = byDecreasingColumnSum(c);
        permuteColumns(c, order);
        boolean changed = false;
        for (int j = 0; j < components.size(); j++) {
            McrComponent component = components.get(j);
            if (component.zeroMinimumC()) {
                double min = Double.POSITIVE_INFINITY;
                for (double[] row : c) {
                    min = Math.min(min, row[j]);
                }
                if (min != 0) {
                    for (double[] row : c) {
                        row[j] -= min;
                    }
                    changed = true;
                }
            }
            double limit = component.boundValue();
            for (double[] row : c) {
                if (component.bound() == ConcentrationBound.AT_LEAST && row[j] < limit
                        || component.bound() == ConcentrationBound.AT_MOST && row[j] > limit) {
                    row[j] = limit;
                    changed = true;
                }
            }
        }
        if (changed) {
            normaliseRows(c);
        }
        return order;
    }

    /** {@code S = |S|} in the columns of components that ask for it. */
    static void constrainSpectra(double[][] s, List<McrComponent> components) {
        for (int j = 0; j < components.size(); j++) {
            if (components.get(j).positiveS()) {
                for (double[] row : s) {
                    row[j] = Math.abs(row[j]);
                }
            }
        }
    }

    static void permuteColumns(double[][] matrix, int[] order) {
        for (double[] row : matrix) {
            double[] old = row.clone();
            for (int j = 0; j < order.length; j++) {
                row[j] = old[order[j]];
            }
        }
    }

    /** Rows that sum to zero stay as they are. */
    private static void normaliseRows(double[][] c) {
        for (double[] row : c) {
            double sum = 0;
            for (double value : row) {
                sum += value;
            }
            if (sum != 0) {
                for (int j = 0; j < row.length; j++) {
                    row[j] /= sum;
                }
            }
        }
    }

    private static int[] byDecreasingColumnSum(double[][] c) {
        int columns = c.length == 0 ? 0 : c[0].length;
        double[] sums = new double[columns];
        for (double[] row : c) {
            for (int j = 0; j < columns; j++) {
                sums[j] += row[j];
            }
        }
        return IntStream.range(0, columns).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> sums[j]).reversed())
                .mapToInt(Integer::intValue).toArray();
    }

    static double[][] copy(double[][] matrix) {
        return Arrays.stream(matrix).map(double[]::clone).toArray(double[][]::new);
    }
}
