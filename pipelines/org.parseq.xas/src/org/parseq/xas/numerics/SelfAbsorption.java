package org.parseq.xas.numerics;

import java.math.BigDecimal;
import java.math.MathContext;

import org.parseq.xas.numerics.MakeChiParams.SelfAbsorptionCorrection;
import org.parseq.xas.xray.ChemicalFormula;
import org.parseq.xas.xray.CompoundAbsorption;
import org.parseq.xas.xray.F2Tables;

/**
 * Fluorescence self-absorption correction of µd (xas-algorithms.md §3.6), as the original
 * computes it with XAFSmass cross-sections: thick sample (closed form) or thin sample (solved
 * per energy point). Messages name the parameter at fault.
 */
public final class SelfAbsorption {

    private static final String P = "selfAbsorptionCorrectionDict.";
    private static final double TINY_SINE = 1e-20;
    private static final int MAX_NEWTON = 200;

    /**
     * @param mu         corrected µd, on the input energies
     * @param jump       J = Δσ·amount of the absorbing element (cm²/mol)
     * @param jumpText   the original's read-out, e.g. "Δσ[Fe] (cm²/mol) = 4.06e+4"
     * @param molarMass  the molar mass of the formula, as the original shows it
     */
    public record Result(double[] mu, double jump, String jumpText, String molarMass) {
    }

    private SelfAbsorption() {
    }

    /**
     * @param e   energies (eV), increasing
     * @param mu  µd
     * @param pre the pre-edge line on e
     */
    public static Result correct(double[] e, double[] mu, double[] pre, SelfAbsorptionCorrection p) {
        if (p == null) {
            throw new IllegalArgumentException("selfAbsorptionCorrectionDict is missing");
        }
        ChemicalFormula formula;
        try {
            formula = ChemicalFormula.parse(p.corrChemFormula);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(P + "corrChemFormula: " + ex.getMessage(), ex);
        }
        F2Tables tables;
        try {
            tables = F2Tables.named(p.corrDataTable);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(P + "corrDataTable: " + ex.getMessage(), ex);
        }
        CompoundAbsorption atFluo = absorptionAt(p.corrFluoEnergy, "corrFluoEnergy", formula, tables);
        CompoundAbsorption atCalib = absorptionAt(p.corrCalibEnergy, "corrCalibEnergy", formula, tables);
        double[] background;
        try {
            background = atCalib.background(e);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("the energies of the spectrum: " + ex.getMessage()
                    + " (" + P + "corrDataTable " + tables.name() + ")", ex);
        }

        // The first element in increasing Z with an edge at the calibration energy absorbs.
        CompoundAbsorption.Element absorber = null;
        for (CompoundAbsorption.Element el : atCalib.elements()) {
            if (el.edge().dSigma() > 0) {
                absorber = el;
                break;
            }
        }
        if (absorber == null) {
            throw new IllegalArgumentException(P + "corrCalibEnergy: no absorption edge of " + formula
                    + " found near " + p.corrCalibEnergy + " eV (corrJumpStr: no edge found)");
        }
        double jump = absorber.jump();
        String jumpText = "Δσ[" + absorber.symbol() + "] (cm²/mol) = " + threeSignificant(jump);

        double sinPhi = Math.sin(Math.toRadians(p.corrPhiDeg));
        double sinTheta = Math.sin(Math.toRadians(p.corrThetaDeg)) * Math.cos(Math.toRadians(p.corrTauDeg));
        double g;
        if (sinTheta < TINY_SINE) {
            if (sinPhi >= TINY_SINE) {
                // The original silently skips the correction here; an exit angle of 0 is an input error.
                throw new IllegalArgumentException(P + "corrThetaDeg: the exit angle (with corrTauDeg) must not be 0");
            }
            g = 1;
        } else {
            g = sinPhi / sinTheta;
        }
        boolean thick = "thick".equals(p.corrFormula) || sinTheta < TINY_SINE || sinPhi < TINY_SINE;

        int n = e.length;
        double sumF = atFluo.sumSigma();
        double sumC = atCalib.sumSigma();
        double[] intensity = new double[n];
        for (int i = 0; i < n; i++) {
            intensity[i] = mu[i] - pre[i];
        }
        double calib = ArrayMath.interp(p.corrCalibEnergy, e, intensity, n);
        double[] muX = new double[n];
        if (thick) {
            double c = calib * (sumC + sumF * g) / jump;
            for (int i = 0; i < n; i++) {
                double mubf = background[i] + sumF * g;
                muX[i] = mubf * intensity[i] / (c - intensity[i]);
            }
        } else {
            if (!(p.corrThickness > 0)) {
                throw new IllegalArgumentException(P + "corrThickness must be positive for a thin sample, got "
                        + p.corrThickness);
            }
            double d = p.corrThickness * sinPhi / jump;
            double calibDepth = sumC * d / sinPhi + sumF * d / sinTheta;
            double c = calib * (sumC + sumF * g) / jump / (1 - Math.exp(-calibDepth));
            solveThin(intensity, background, sumF * g, sumF * d / sinTheta, d / sinPhi, c, muX);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = muX[i] / jump * calib + pre[i];
        }
        ArrayMath.checkComputed(out, n, "self-absorption corrected mu");
        return new Result(out, jump, jumpText, formula.molarMassText());
    }

    private static CompoundAbsorption absorptionAt(double energy, String parameter, ChemicalFormula formula,
            F2Tables tables) {
        try {
            return CompoundAbsorption.at(energy, formula, tables);
        } catch (IllegalArgumentException | ArithmeticException ex) {
            throw new IllegalArgumentException(P + parameter + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Thin sample: per point, I·(µx + µbf) − C·µx·(1 − exp(−((µx + µb)·dφ + τf))) = 0, started at
     * 2µbf. The equations are independent, so each is solved by Newton's method; the original's
     * global quasi-Newton solver reaches the same roots. (The original replaces the exponential
     * factor by 1 when every optical depth exceeds 1000, only to avoid an underflow error; in
     * double precision 1 − exp(−1000) is 1 anyway.)
     */
    private static void solveThin(double[] intensity, double[] background, double fluoTerm, double fluoDepth,
            double depthPerMu, double c, double[] muX) {
        for (int i = 0; i < intensity.length; i++) {
            double mubf = background[i] + fluoTerm;
            double x = 2 * mubf;
            boolean converged = false;
            for (int it = 0; it < MAX_NEWTON && !converged; it++) {
                double attenuated = Math.exp(-((x + background[i]) * depthPerMu + fluoDepth));
                double f = intensity[i] * (x + mubf) - c * x * (1 - attenuated);
                double df = intensity[i] - c * (1 - attenuated) - c * x * attenuated * depthPerMu;
                double step = f / df;
                if (!Double.isFinite(step)) {
                    break;
                }
                x -= step;
                converged = Math.abs(step) <= 1e-13 * Math.max(Math.abs(x), mubf);
            }
            if (!converged) {
                throw new ArithmeticException("the thin-sample self-absorption equation has no solution at point "
                        + i + " (" + P + "corrThickness)");
            }
            muX[i] = x;
        }
    }

    /** Python's "{:.3g}" with "e+0"/"e-0" shortened, as the original writes corrJumpStr. */
    static String threeSignificant(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x == 0 ? "0" : Double.toString(x);
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(3));
        int exponent = rounded.precision() - rounded.scale() - 1;
        String text;
        if (exponent < -4 || exponent >= 3) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            text = mantissa.toPlainString() + (exponent < 0 ? "e-" : "e+") + String.format("%02d", Math.abs(exponent));
        } else {
            text = rounded.stripTrailingZeros().toPlainString();
        }
        return text.replace("e-0", "e-").replace("e+0", "e+");
    }
}
