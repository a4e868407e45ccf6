package org.parseq.core.combine;

import org.hipparchus.linear.RealMatrix;

/**
 * Inverses of Gram matrices (BᵀB, SᵀS, CᵀC) the way the original makes them: from the
 * symmetric eigen-decomposition {@code V diag(1/λ) Vᵀ}, optionally with the eigenvalues raised
 * to a floor so that a degenerate iterate of MCR-ALS stays finite.
 */
final class SymmetricInverse {

    private SymmetricInverse() {
    }

    /** {@code V diag(1/max(λ, floor)) Vᵀ}. */
    static RealMatrix withFloor(RealMatrix gram, double floor) {
        SymmetricEigen eigen = SymmetricEigen.of(gram);
        double[] eigenvalues = eigen.values();
        double[] inverse = new double[eigenvalues.length];
        for (int i = 0; i < eigenvalues.length; i++) {
            inverse[i] = 1 / Math.max(eigenvalues[i], floor);
        }
        return scaled(eigen.vectors(), inverse);
    }

    /**
     * {@code V diag(1/λ) Vᵀ} of a matrix that must be positive definite.
     *
     * @param what names the columns of the Gram matrix, for the message
     * @throws IllegalArgumentException if an eigenvalue is zero within rounding: the columns are
     *                                  linearly dependent
     */
    static RealMatrix strict(RealMatrix gram, String what) {
        SymmetricEigen eigen = SymmetricEigen.of(gram);
        double[] eigenvalues = eigen.values();
        double largest = eigenvalues[0];
        double[] inverse = new double[eigenvalues.length];
        for (int i = 0; i < eigenvalues.length; i++) {
            if (!(eigenvalues[i] > largest * eigenvalues.length * 0x1p-52)) {
                throw new IllegalArgumentException(what + " are linearly dependent (eigenvalue " + eigenvalues[i]
                        + " of their Gram matrix, the largest is " + largest + ")");
            }
            inverse[i] = 1 / eigenvalues[i];
        }
        return scaled(eigen.vectors(), inverse);
    }

    private static RealMatrix scaled(RealMatrix v, double[] diagonal) {
        RealMatrix scaledColumns = v.copy();
        for (int j = 0; j < diagonal.length; j++) {
            for (int i = 0; i < v.getRowDimension(); i++) {
                scaledColumns.multiplyEntry(i, j, diagonal[j]);
            }
        }
        return scaledColumns.multiplyTransposed(v);
    }
}
