package org.parseq.core.combine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * The first S of MCR-ALS, column by column (xas-algorithms.md §10, MCR-ALS step 1). An "auto"
 * component after others takes the item that the spectra chosen so far explain worst; a
 * second such pick takes the next worst, so that two auto components do not start alike.
 */
final class McrInitialSpectra {

    private McrInitialSpectra() {
    }

    /** S as an m×N matrix. */
    static RealMatrix of(DataMatrix data, double[] x, List<McrComponent> components) {
        RealMatrix d = data.matrix();
        List<double[]> chosen = new ArrayList<>();
        int autoPicksAgainstChosen = 0;
        for (McrComponent component : components) {
            double[] spectrum = switch (component.initial()) {
                case START -> d.getColumn(0);
                case END -> d.getColumn(data.items() - 1);
                case MEAN -> rowMeans(d);
                case REFERENCE -> interpolatedOrNull(component.reference(), x);
                case AUTO -> null;
            };
            if (spectrum == null) {
                if (chosen.isEmpty()) {
                    spectrum = d.getColumn(0);
                } else {
                    spectrum = d.getColumn(worstExplained(d, chosen, autoPicksAgainstChosen));
                    autoPicksAgainstChosen++;
                }
            }
            chosen.add(spectrum);
        }
        RealMatrix s = MatrixUtils.createRealMatrix(data.points(), components.size());
        for (int j = 0; j < chosen.size(); j++) {
            s.setColumn(j, chosen.get(j));
        }
        return s;
    }

    /** A reference that cannot be put onto x makes the component start as "auto", as in the original. */
    private static double[] interpolatedOrNull(McrComponent.Spectrum reference, double[] x) {
        try {
            return LinearExtrapolation.at(reference.x(), reference.y(), x, "reference " + reference.name());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static double[] rowMeans(RealMatrix d) {
        double[] means = new double[d.getRowDimension()];
        for (int i = 0; i < means.length; i++) {
            double sum = 0;
            for (int j = 0; j < d.getColumnDimension(); j++) {
                sum += d.getEntry(i, j);
            }
            means[i] = sum / d.getColumnDimension();
        }
        return means;
    }

    /** The column of D with the rank-th largest residual after projecting D onto the chosen spectra. */
    private static int worstExplained(RealMatrix d, List<double[]> chosen, int rank) {
        RealMatrix b = MatrixUtils.createRealMatrix(d.getRowDimension(), chosen.size());
        for (int j = 0; j < chosen.size(); j++) {
            b.setColumn(j, chosen.get(j));
        }
        RealMatrix inverse = SymmetricInverse.withFloor(b.transposeMultiply(b), McrAls.EIGENVALUE_FLOOR);
        RealMatrix residual = d.subtract(b.multiply(inverse.multiply(b.transposeMultiply(d))));
        double[] norms = new double[d.getColumnDimension()];
        for (int j = 0; j < norms.length; j++) {
            norms[j] = residual.getColumnVector(j).getNorm();
        }
        int[] ranking = IntStream.range(0, norms.length).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> norms[j]).reversed())
                .mapToInt(Integer::intValue).toArray();
        return ranking[Math.min(rank, ranking.length - 1)];
    }
}
