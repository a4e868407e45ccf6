package org.parseq.core.combine;

import org.hipparchus.linear.RealMatrix;

/**
 * What MCR-ALS found: {@code D ≈ S Cᵀ} with S the components' spectra (m×N) and C their
 * concentrations (n×N), rows of C being fractions. Components are numbered from 1.
 */
public final class McrResult {

    private final RealMatrix spectra;
    private final RealMatrix concentrations;
    private final RealMatrix inverseCtC;
    private final double[] residualNorms;
    private final boolean converged;

    McrResult(RealMatrix spectra, RealMatrix concentrations, RealMatrix inverseCtC, double[] residualNorms,
            boolean converged) {
        this.spectra = spectra;
        this.concentrations = concentrations;
        this.inverseCtC = inverseCtC;
        this.residualNorms = residualNorms;
        this.converged = converged;
    }

    public int components() {
        return spectra.getColumnDimension();
    }

    /** Column k of S, on the rows of D (the x range MCR-ALS looked at). */
    public double[] spectrum(int k) {
        return spectra.getColumn(checked(k) - 1);
    }

    /** Column k of C: the fraction of component k in each item. */
    public double[] concentrations(int k) {
        return concentrations.getColumn(checked(k) - 1);
    }

    /** {@code (CᵀC)⁻¹}, stored with the combined items to recompute them. */
    public double[][] inverseCtC() {
        return inverseCtC.getData();
    }

    /** How many alternations were made. */
    public int iterations() {
        return residualNorms.length;
    }

    /** Whether the residual settled within the tolerance before the iteration limit. */
    public boolean converged() {
        return converged;
    }

    /** {@code ‖D − SCᵀ‖_F/m} after each iteration. */
    public double[] residualNorms() {
        return residualNorms.clone();
    }

    /**
     * The combined items of an array: the columns of {@code D·C(CᵀC)⁻¹}, i.e. S of that array
     * before S ≥ 0, one per component.
     *
     * @param data the array's D over all its points, items in the order of the decomposition
     * @return {@code [component − 1][point]}
     */
    public double[][] combinedItems(DataMatrix data) {
        if (data.items() != concentrations.getRowDimension()) {
            throw new IllegalArgumentException("array '" + data.arrayName() + "' has " + data.items()
                    + " items, the MCR-ALS decomposition was made of " + concentrations.getRowDimension());
        }
        return data.matrix().multiply(concentrations).multiply(inverseCtC).transpose().getData();
    }

    /** Column k of {@code D·C(CᵀC)⁻¹}, i.e. one combined item of that array. */
    public double[] combinedItem(DataMatrix data, int k) {
        if (data.items() != concentrations.getRowDimension()) {
            throw new IllegalArgumentException("array '" + data.arrayName() + "' has " + data.items()
                    + " items, the MCR-ALS decomposition was made of " + concentrations.getRowDimension());
        }
        return data.matrix().operate(concentrations.operate(inverseCtC.getColumn(checked(k) - 1)));
    }

    RealMatrix spectraMatrix() {
        return spectra;
    }

    RealMatrix concentrationMatrix() {
        return concentrations;
    }

    private int checked(int k) {
        if (k < 1 || k > components()) {
            throw new IllegalArgumentException("component " + k + " does not exist; there are " + components());
        }
        return k;
    }
}
