package org.parseq.core.combine;

import java.util.Arrays;
import java.util.List;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealMatrixPreservingVisitor;

/**
 * Multivariate curve resolution by alternating least squares (xas-algorithms.md §10):
 * {@code D ≈ S Cᵀ} with N components, alternating {@code C = DᵀS(SᵀS)⁻¹} and
 * {@code S = DC(CᵀC)⁻¹}, each followed by its constraints, until {@code ‖D − SCᵀ‖_F/m}
 * changes by less than the tolerance.
 */
public final class McrAls {

    /** Eigenvalues of SᵀS and CᵀC are raised to this before inverting, as in the original. */
    static final double EIGENVALUE_FLOOR = 1e-20;

    private McrAls() {
    }

    /**
     * @param data       D, columns = items, over the x range to decompose
     * @param x          the abscissa of D's rows, for components that start from a reference
     * @param components one settings record per component, N ≥ 1
     * @throws IllegalArgumentException if there are fewer items than components, or x does not fit D
     */
    public static McrResult decompose(DataMatrix data, double[] x, List<McrComponent> components,
            McrSettings settings) {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("MCR-ALS needs at least one component");
        }
        if (data.items() < components.size()) {
            throw new IllegalArgumentException("MCR-ALS of array '" + data.arrayName() + "' with "
                    + components.size() + " components needs at least as many items, not " + data.items());
        }
        if (x.length != data.points()) {
            throw new IllegalArgumentException("MCR-ALS: the x array has " + x.length + " points, array '"
                    + data.arrayName() + "' has " + data.points());
        }
        List<McrComponent> settingsByColumn = List.copyOf(components);
        RealMatrix d = data.matrix();
        RealMatrix s = McrInitialSpectra.of(data, x, settingsByColumn);
        RealMatrix c = null;
        double[] norms = new double[settings.maxIterations()];
        double previous = Double.NaN;
        int done = 0;
        boolean converged = false;
        while (done < settings.maxIterations()) {
            double[][] cValues = d.transposeMultiply(s)
                    .multiply(SymmetricInverse.withFloor(s.transposeMultiply(s), EIGENVALUE_FLOOR)).getData();
            McrConstraints.constrainConcentrations(cValues, settingsByColumn);
            c = MatrixUtils.createRealMatrix(cValues);
            double[][] sValues = d.multiply(c)
                    .multiply(SymmetricInverse.withFloor(c.transposeMultiply(c), EIGENVALUE_FLOOR)).getData();
            McrConstraints.constrainSpectra(sValues, settingsByColumn);
            s = MatrixUtils.createRealMatrix(sValues);
            double norm = residualNorm(d, sValues, cValues) / data.points();
            norms[done++] = norm;
            if (Math.abs(norm - previous) < settings.tolerance()) {
                converged = true;
                break;
            }
            previous = norm;
        }
        RealMatrix inverseCtC = SymmetricInverse.withFloor(c.transposeMultiply(c), EIGENVALUE_FLOOR);
        return new McrResult(s, c, inverseCtC, Arrays.copyOf(norms, done), converged);
    }

    /**
     * {@code ‖D − SCᵀ‖_F} without making the m×n matrices {@code SCᵀ} and {@code D − SCᵀ}: on a
     * thousand spectra they would be most of an iteration's time and memory.
     */
    private static double residualNorm(RealMatrix d, double[][] s, double[][] c) {
        return Math.sqrt(d.walkInOptimizedOrder(new RealMatrixPreservingVisitor() {
            private double sum;

            @Override
            public void start(int rows, int columns, int startRow, int endRow, int startColumn, int endColumn) {
                sum = 0;
            }

            @Override
            public void visit(int row, int column, double value) {
                double model = 0;
                for (int k = 0; k < s[row].length; k++) {
                    model += s[row][k] * c[column][k];
                }
                double difference = value - model;
                sum += difference * difference;
            }

            @Override
            public double end() {
                return sum;
            }
        }));
    }
}
