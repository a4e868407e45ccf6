package org.parseq.xes.numerics;

/**
 * The θ → E calibration from elastic scans: each reference's peak θ
 * ({@link ElasticPeak#vertex}) against its known energy, a least-squares straight line. It is
 * empirical, not the Bragg law: over the few tenths of a degree of a scan the line is as good
 * and needs no crystal or geometry.
 */
public final class EnergyCalibration {

    private EnergyCalibration() {
    }

    /**
     * @param peakThetas the references' peak θ
     * @param energies   their energies (eV)
     * @return (slope in eV per degree, intercept in eV), numpy's polyfit order
     */
    public static double[] line(double[] peakThetas, double[] energies) {
        if (peakThetas.length != energies.length) {
            throw new IllegalArgumentException(peakThetas.length + " peak positions but " + energies.length
                    + " energies");
        }
        if (peakThetas.length < 2) {
            throw new IllegalArgumentException("the energy calibration needs at least 2 references, not "
                    + peakThetas.length);
        }
        return PolynomialFit.fit(peakThetas, energies, 1);
    }

    /** E = poly(θ) for every θ. */
    public static double[] apply(double[] poly, double[] theta) {
        double[] energy = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            energy[i] = PolynomialFit.evaluate(poly, theta[i]);
        }
        return energy;
    }
}
