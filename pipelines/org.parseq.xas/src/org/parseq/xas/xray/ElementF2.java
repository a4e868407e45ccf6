package org.parseq.xas.xray;

/**
 * Tabulated f2 (imaginary anomalous scattering factor) of one element against photon energy
 * (eV), as XAFSmass reads it. The table energies are non-decreasing; an absorption edge can be
 * listed as two rows at the same energy.
 */
public record ElementF2(String symbol, int z, double[] energy, double[] f2) {

    /** N_A·2·r0·h·c (eV·cm²/mol): the photoabsorption cross-section per mole is f2·this/E (XAFSmass). */
    public static final double CROSS_SECTION = 4.208e7;

    public double firstEnergy() {
        return energy[0];
    }

    public double lastEnergy() {
        return energy[energy.length - 1];
    }

    public boolean covers(double e) {
        return e >= firstEnergy() && e <= lastEnergy();
    }

    /**
     * f2 linearly interpolated at e, with numpy.interp's choice at repeated table energies (the
     * row found by an upper-bound search, the row itself on an exact hit).
     */
    public double f2At(double e) {
        int n = energy.length;
        if (e < energy[0]) {
            return f2[0];
        }
        if (e > energy[n - 1]) {
            return f2[n - 1];
        }
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (energy[mid] <= e) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int j = lo - 1;
        if (j == n - 1 || energy[j] == e) {
            return f2[j];
        }
        double slope = (f2[j + 1] - f2[j]) / (energy[j + 1] - energy[j]);
        return slope * (e - energy[j]) + f2[j];
    }

    /** Photoabsorption cross-section σ(E) = f2(E)·4.208e7/E in cm²/mol. */
    public double sigmaAt(double e) {
        return f2At(e) * CROSS_SECTION / e;
    }
}
