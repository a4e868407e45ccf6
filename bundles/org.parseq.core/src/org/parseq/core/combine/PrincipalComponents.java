package org.parseq.core.combine;

import org.hipparchus.linear.RealMatrix;

/**
 * Principal component analysis of n spectra (xas-algorithms.md §10): the eigen-decomposition
 * of {@code K = DᵀD / trace(DᵀD)}, Malinowski's indicators IE and IND, and the projectors that
 * make the classic and cumulative PCA items. Components are numbered from 1, the largest
 * eigenvalue first.
 */
public final class PrincipalComponents {

    private final int points;
    private final double[] eigenvalues;
    private final RealMatrix eigenvectors;

    private PrincipalComponents(int points, double[] eigenvalues, RealMatrix eigenvectors) {
        this.points = points;
        this.eigenvalues = eigenvalues;
        this.eigenvectors = eigenvectors;
    }

    /**
     * @param data D, e.g. the flattened spectra restricted to the x range
     * @throws IllegalArgumentException if there are fewer than two spectra or all are zero
     */
    public static PrincipalComponents of(DataMatrix data) {
        if (data.items() < 2) {
            throw new IllegalArgumentException("PCA of array '" + data.arrayName() + "' needs at least two items, not "
                    + data.items());
        }
        RealMatrix gram = data.matrix().transposeMultiply(data.matrix());
        double trace = gram.getTrace();
        if (!(trace > 0)) {
            throw new IllegalArgumentException("PCA of array '" + data.arrayName() + "': all items are zero");
        }
        SymmetricEigen eigen = SymmetricEigen.of(gram.scalarMultiply(1 / trace));
        return new PrincipalComponents(data.points(), eigen.values(), eigen.vectors());
    }

    public int spectra() {
        return eigenvalues.length;
    }

    /** The eigenvalues of K, decreasing; they sum to 1. */
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** Eigenvector of component k (1-based), one entry per spectrum; its sign is arbitrary. */
    public double[] eigenvector(int k) {
        return eigenvectors.getColumn(checked(k) - 1);
    }

    /**
     * Malinowski's imbedded error {@code IE_j = sqrt(c_{n−j}·j / (m·n·(n−j)))} for j = 1 … n−1
     * retained components at index j−1, {@code c_q} being the sum of the q smallest eigenvalues.
     */
    public double[] imbeddedError() {
        int n = spectra();
        double[] smallest = sumsOfSmallest();
        double[] ie = new double[n - 1];
        for (int j = 1; j < n; j++) {
            ie[j - 1] = Math.sqrt(smallest[n - j] * j / ((double) points * n * (n - j)));
        }
        return ie;
    }

    /** Malinowski's indicator {@code IND_j = sqrt(c_{n−j} / (m(n−j))) / (n−j)²}, j = 1 … n−1 at index j−1. */
    public double[] indicator() {
        int n = spectra();
        double[] smallest = sumsOfSmallest();
        double[] ind = new double[n - 1];
        for (int j = 1; j < n; j++) {
            double rest = n - j;
            ind[j - 1] = Math.sqrt(smallest[n - j] / (points * rest)) / (rest * rest);
        }
        return ind;
    }

    /** The number of components j at which IND is smallest: Malinowski's estimate of how many there are. */
    public int indicatorMinimum() {
        double[] ind = indicator();
        int best = 0;
        for (int j = 1; j < ind.length; j++) {
            if (ind[j] < ind[best]) {
                best = j;
            }
        }
        return best + 1;
    }

    /** {@code D·e_k e_kᵀ}: column i is the part of spectrum i along component k. */
    public RealMatrix classic(DataMatrix data, int k) {
        return projected(data, k, k);
    }

    /** {@code D·Σ_{j≤k} e_j e_jᵀ}: column i is spectrum i rebuilt from the first k components. */
    public RealMatrix cumulative(DataMatrix data, int k) {
        return projected(data, 1, k);
    }

    /**
     * The scores {@code D·[e_1 … e_k]}, m×k: with them, item i of the classic component j is
     * {@code scores·(e_j[i] at j)} and of the cumulative one {@code Σ_{q≤j} scores_q e_q[i]}.
     */
    RealMatrix scores(DataMatrix data, int k) {
        if (data.items() != spectra()) {
            throw new IllegalArgumentException("array '" + data.arrayName() + "' has " + data.items()
                    + " items, the PCA was made of " + spectra());
        }
        return data.matrix().multiply(eigenvectors.getSubMatrix(0, spectra() - 1, 0, checked(k) - 1));
    }

    /** What the first k components leave of D. */
    public Residual residual(DataMatrix data, int k) {
        RealMatrix left = data.matrix().subtract(cumulative(data, k));
        double[] columns = new double[left.getColumnDimension()];
        double maxAbs = 0;
        for (int j = 0; j < columns.length; j++) {
            double sum = 0;
            for (int i = 0; i < left.getRowDimension(); i++) {
                double value = left.getEntry(i, j);
                sum += value * value;
                maxAbs = Math.max(maxAbs, Math.abs(value));
            }
            columns[j] = Math.sqrt(sum);
        }
        return new Residual(left.getFrobeniusNorm(), maxAbs, columns);
    }

    /**
     * @param frobenius ‖D − D·Σ_{j≤k} e_j e_jᵀ‖_F
     * @param maxAbs    its largest absolute element
     * @param perItem   the norm of each spectrum's residual
     */
    public record Residual(double frobenius, double maxAbs, double[] perItem) {
    }

    private RealMatrix projected(DataMatrix data, int first, int last) {
        if (data.items() != spectra()) {
            throw new IllegalArgumentException("array '" + data.arrayName() + "' has " + data.items()
                    + " items, the PCA was made of " + spectra());
        }
        RealMatrix basis = eigenvectors.getSubMatrix(0, spectra() - 1, checked(first) - 1, checked(last) - 1);
        return data.matrix().multiply(basis).multiplyTransposed(basis);
    }

    private int checked(int k) {
        if (k < 1 || k > spectra()) {
            throw new IllegalArgumentException("component " + k + " does not exist; there are " + spectra());
        }
        return k;
    }

    /** {@code c[q]} = sum of the q smallest eigenvalues, summed from the smallest up for accuracy. */
    private double[] sumsOfSmallest() {
        double[] sums = new double[eigenvalues.length + 1];
        for (int q = 1; q <= eigenvalues.length; q++) {
            sums[q] = sums[q - 1] + eigenvalues[eigenvalues.length - q];
        }
        return sums;
    }
}
