package org.parseq.core.combine;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * The eigen-decomposition {@code G = V diag(λ) Vᵀ} of a symmetric positive semi-definite matrix
 * (a Gram matrix), eigenvalues decreasing. Hipparchus' symmetric solver gives up ("convergence
 * failed") on some rank-deficient matrices, e.g. DᵀD of a two-component series of 30 spectra;
 * its SVD then gives the same decomposition, since for such a matrix the singular values are
 * the eigenvalues.
 */
record SymmetricEigen(double[] values, RealMatrix vectors) {

    static SymmetricEigen of(RealMatrix gram) {
        RealMatrix symmetric = symmetrised(gram);
        try {
            EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(symmetric);
            return new SymmetricEigen(eigen.getEigenvalues(), eigen.getV());
        } catch (MathIllegalStateException notConverged) {
            SingularValueDecomposition svd = new SingularValueDecomposition(symmetric);
            return new SymmetricEigen(svd.getSingularValues(), svd.getV());
        }
    }

    /** The rounding of a product can leave a Gram matrix asymmetric in its last bits. */
    static RealMatrix symmetrised(RealMatrix gram) {
        RealMatrix symmetric = MatrixUtils.createRealMatrix(gram.getRowDimension(), gram.getColumnDimension());
        for (int i = 0; i < gram.getRowDimension(); i++) {
            for (int j = 0; j < gram.getColumnDimension(); j++) {
                symmetric.setEntry(i, j, 0.5 * (gram.getEntry(i, j) + gram.getEntry(j, i)));
            }
        }
        return symmetric;
    }
}
