package org.parseq.core.combine;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Target transformation (xas-algorithms.md §10): the projection {@code B(BᵀB)⁻¹Bᵀd} of a target
 * spectrum d onto the span of basis spectra B. A target that is a mixture of the basis comes
 * back unchanged; what is not in the span is lost. {@code (BᵀB)⁻¹} comes from its
 * eigen-decomposition, without normalisation, as in the original.
 */
public final class TargetTransformation {

    private final DataMatrix basis;
    private final RealMatrix inverseGram;

    private TargetTransformation(DataMatrix basis, RealMatrix inverseGram) {
        this.basis = basis;
        this.inverseGram = inverseGram;
    }

    /**
     * @throws IllegalArgumentException if the basis spectra are linearly dependent
     */
    public static TargetTransformation onto(DataMatrix basis) {
        RealMatrix b = basis.matrix();
        RealMatrix inverse = SymmetricInverse.strict(b.transposeMultiply(b),
                "the basis items " + basis.itemNames() + " in array '" + basis.arrayName() + "'");
        return new TargetTransformation(basis, inverse);
    }

    /**
     * @param targetName names the target, for messages
     * @throws IllegalArgumentException if the target's length differs from the basis' or it is not finite
     */
    public double[] transform(String targetName, double[] target) {
        if (target.length != basis.points()) {
            throw new IllegalArgumentException("array '" + basis.arrayName() + "' has " + target.length
                    + " points in " + targetName + " but " + basis.points() + " in the basis; combine with interpolation");
        }
        for (int i = 0; i < target.length; i++) {
            if (!Double.isFinite(target[i])) {
                throw new IllegalArgumentException("array '" + basis.arrayName() + "' of " + targetName
                        + " has the value " + target[i] + " at point " + i);
            }
        }
        RealMatrix b = basis.matrix();
        RealMatrix d = MatrixUtils.createColumnRealMatrix(target);
        return b.multiply(inverseGram.multiply(b.transposeMultiply(d))).getColumn(0);
    }
}
