package org.parseq.xas.pipeline;

import static org.parseq.xas.pipeline.ParameterLists.list;
import static org.parseq.xas.pipeline.ParameterLists.real;
import static org.parseq.xas.pipeline.ParameterLists.realList;

import java.util.List;

import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.TransformContext;
import org.parseq.xas.numerics.MakeChiParams;
import org.parseq.xas.xray.F2Tables;

/**
 * The parameters of "make chi", named and defaulted as in the original
 * (xas-algorithms.md §3.0). The original's dictionaries are groups of parameters named
 * {@code dict.key} (e.g. {@code rebinRegions.splitters}); its outputs (e0, edgeJump, datakmax,
 * nbin*, noiseLevel) are not parameters but values the transform reports.
 */
final class ChiParameters {

    static final String REBIN_DELTAS = "rebinRegions.deltas";
    static final String REBIN_SPLITTERS = "rebinRegions.splitters";
    static final String PINHOLE_FRACTION = "pinholeCorrectionDict.fraction";
    static final String SELF_ABSORPTION = "selfAbsorptionCorrectionDict.";

    private ChiParameters() {
    }

    static List<ParameterDescriptor> descriptors() {
        MakeChiParams d = new MakeChiParams();
        return List.of(
                ParameterDescriptor.bool("e0Smooth", d.e0Smooth, "Smooth the derivative before the E0 search."),
                ParameterDescriptor.integer("e0SmoothN", d.e0SmoothN, 0, 1000,
                        "Half-width of the moving average of the derivative, in points."),
                realList("e0Where", list(d.e0Where), "",
                        "E0 search window as fractions of [first, last energy]."),
                ParameterDescriptor.integer("e0Method", d.e0Method, 0, 2,
                        "0: derivative maximum, 1: spline-derivative maximum, 2: centre of mass of the derivative."),
                ParameterDescriptor.bool("useERefCurve", d.useERefCurve,
                        "Find E0 on the derivative of the reference curve eref instead of µd."),
                ParameterDescriptor.bool("needECalibration", d.needECalibration, "Calibrate the energy axis."),
                ParameterDescriptor.integer("eCalibrationMethod", d.eCalibrationMethod, 0, 1,
                        "0: shift E0 onto eRef (eShift is then found); 1: apply eShift."),
                ParameterDescriptor.real("eRef", d.eRef, "eV", "Reference edge energy."),
                ParameterDescriptor.real("eShift", d.eShift, "eV", "Energy shift; found when eCalibrationMethod is 0."),
                ParameterDescriptor.integer("eShiftKind", d.eShiftKind, 0, 2,
                        "0: angular shift, 1: lattice shift, 2: constant energy shift."),
                ParameterDescriptor.bool("rebinNeeded", d.rebinNeeded, "Rebin the energy axis by regions."),
                realList(REBIN_DELTAS, list(d.rebinRegions.deltas), "",
                        "Bin widths: pre-edge (eV), edge (eV), post-edge (eV), EXAFS (Å⁻¹)."),
                realList(REBIN_SPLITTERS, list(d.rebinRegions.splitters), "",
                        "Edge start and end (eV from E0), EXAFS start and end (Å⁻¹; inf = data end)."),
                realList("preedgeWhere", list(d.preedgeWhere), "", "Pre-edge fit range, fractions of [first energy, E0]."),
                realList("preedgeExps", exponents(d.preedgeExps), "", "Powers of E in the pre-edge law."),
                ParameterDescriptor.bool("pinholeCorrectionNeeded", d.pinholeCorrectionNeeded,
                        "Correct µd for a pinhole fraction."),
                real(PINHOLE_FRACTION, d.pinholeCorrectionDict.fraction, "", 0, 1, 0.01, "Pinhole fraction x."),
                ParameterDescriptor.bool("selfAbsorptionCorrectionNeeded", d.selfAbsorptionCorrectionNeeded,
                        "Correct fluorescence µd for self-absorption, with cross-sections from tabulated f2."),
                ParameterLists.text(SELF_ABSORPTION + "corrChemFormula", d.selfAbsorptionCorrectionDict.corrChemFormula,
                        "Chemical formula of the sample, e.g. Fe2O3 or (NH4)2SO4."),
                ParameterDescriptor.choice(SELF_ABSORPTION + "corrDataTable", d.selfAbsorptionCorrectionDict.corrDataTable,
                        // BrCo is listed so that the original's projects load; choosing it gives a message.
                        F2Tables.NAMES, "Table of f2: Chantler (photoelectric), Chantler total, Henke."),
                ParameterDescriptor.real(SELF_ABSORPTION + "corrCalibEnergy",
                        d.selfAbsorptionCorrectionDict.corrCalibEnergy, "eV",
                        "Calibration energy: above the edge; the edge jump of the absorber is found near it."),
                ParameterDescriptor.real(SELF_ABSORPTION + "corrFluoEnergy",
                        d.selfAbsorptionCorrectionDict.corrFluoEnergy, "eV", "Energy of the detected fluorescence line."),
                ParameterDescriptor.real(SELF_ABSORPTION + "corrPhiDeg", d.selfAbsorptionCorrectionDict.corrPhiDeg, "°",
                        "Incidence angle φ between the beam and the sample surface."),
                ParameterDescriptor.real(SELF_ABSORPTION + "corrThetaDeg", d.selfAbsorptionCorrectionDict.corrThetaDeg,
                        "°", "Exit angle θ between the sample surface and the detector direction."),
                ParameterDescriptor.real(SELF_ABSORPTION + "corrTauDeg", d.selfAbsorptionCorrectionDict.corrTauDeg, "°",
                        "Tilt angle τ of the detector out of the scattering plane."),
                ParameterDescriptor.choice(SELF_ABSORPTION + "corrFormula", d.selfAbsorptionCorrectionDict.corrFormula,
                        // The original's GUI writes "thin (general)"; it treats every value but "thick"
                        // as thin (xas-algorithms.md §3.6), so its projects must load.
                        List.of("thick", "thin", "thin (general)"), "Thick sample (closed form) or thin sample."),
                ParameterDescriptor.real(SELF_ABSORPTION + "corrThickness",
                        d.selfAbsorptionCorrectionDict.corrThickness, "",
                        "Thin sample: thickness expressed as its absorption edge jump Δµd."),
                realList("postedgeWhere", list(d.postedgeWhere), "eV", "Post-edge fit range, eV above E0."),
                realList("postedgeExps", exponents(d.postedgeExps), "", "Powers of E in the post-edge law."),
                ParameterDescriptor.bool("mu0PriorIncludeWhiteLine", d.mu0PriorIncludeWhiteLine,
                        "Keep the white line in the µ0 prior."),
                real("mu0PriorVScale", d.mu0PriorVScale, "", 0, 100, 0.01,
                        "Vertical scale of the prior about the pre-edge line."),
                ParameterDescriptor.integer("mu0PriorSmoothN", d.mu0PriorSmoothN, 0, 1000,
                        "Half-width of the prior smoothing (0: none)."),
                ParameterDescriptor.integer("mu0method", d.mu0method, 0, 1,
                        "0: least-squares spline through k-spaced knots; 1: smoothing spline."),
                ParameterDescriptor.integer("mu0knots", d.mu0knots, 1, 1000, "Number of knots of method 0."),
                ParameterDescriptor.integer("mu0kpow", d.mu0kpow, 0, 10, "k-power weight of method 0."),
                ParameterDescriptor.bool("ftMinimize", d.ftMinimize,
                        "Method 0: vary the first knots to minimise the FT at low r."),
                ParameterDescriptor.integer("ftMinNKnots", d.ftMinNKnots, 1, 1000, "Number of knots varied."),
                realList("ftMinRange", list(d.ftMinRange), "Å", "r range whose FT is minimised."),
                real("mu0smoothingFactor", d.mu0smoothingFactor, "", 0, Double.MAX_VALUE, 1e5,
                        "λ of the smoothing spline of method 1; 0 selects it by cross-validation."),
                ParameterDescriptor.integer("kw", d.kw, 0, 10, "χ is multiplied by k^kw."),
                realList("krange", list(d.krange[0], Double.NaN), "Å⁻¹",
                        "k grid [kmin, kmax]; NaN (null in the original's files) or 0 for kmax: the data end."),
                real("dk", d.dk, "Å⁻¹", 1e-6, 10, 0.005, "k step."),
                ParameterDescriptor.bool("denoiseNeeded", d.denoiseNeeded, "Butterworth low-pass filter of χ·k^kw."),
                ParameterDescriptor.integer("denoiseOrder", d.denoiseOrder, 1, 100, "Filter order."),
                ParameterDescriptor.real("denoiseFrequency", d.denoiseFrequency, "", "Cut-off factor."));
    }

    /** The item's parameters as the numerics take them. */
    static MakeChiParams from(TransformContext item) {
        MakeChiParams p = new MakeChiParams();
        p.e0Smooth = item.bool("e0Smooth");
        p.e0SmoothN = item.integer("e0SmoothN");
        p.e0Where = ParameterLists.reals(item.reals("e0Where"), 2, "e0Where");
        p.e0Method = item.integer("e0Method");
        p.useERefCurve = item.bool("useERefCurve");
        p.needECalibration = item.bool("needECalibration");
        p.eCalibrationMethod = item.integer("eCalibrationMethod");
        p.eRef = item.real("eRef");
        p.eShift = item.real("eShift");
        p.eShiftKind = item.integer("eShiftKind");
        p.rebinNeeded = item.bool("rebinNeeded");
        p.rebinRegions.deltas = ParameterLists.reals(item.reals(REBIN_DELTAS), 4, REBIN_DELTAS);
        p.rebinRegions.splitters = ParameterLists.reals(item.reals(REBIN_SPLITTERS), 4, REBIN_SPLITTERS);
        p.preedgeWhere = ParameterLists.reals(item.reals("preedgeWhere"), 2, "preedgeWhere");
        p.preedgeExps = ParameterLists.wholeNumbers(item.reals("preedgeExps"), "preedgeExps");
        p.pinholeCorrectionNeeded = item.bool("pinholeCorrectionNeeded");
        p.pinholeCorrectionDict.fraction = item.real(PINHOLE_FRACTION);
        p.selfAbsorptionCorrectionNeeded = item.bool("selfAbsorptionCorrectionNeeded");
        MakeChiParams.SelfAbsorptionCorrection sa = p.selfAbsorptionCorrectionDict;
        sa.corrChemFormula = item.text(SELF_ABSORPTION + "corrChemFormula");
        sa.corrDataTable = item.text(SELF_ABSORPTION + "corrDataTable");
        sa.corrCalibEnergy = item.real(SELF_ABSORPTION + "corrCalibEnergy");
        sa.corrFluoEnergy = item.real(SELF_ABSORPTION + "corrFluoEnergy");
        sa.corrPhiDeg = item.real(SELF_ABSORPTION + "corrPhiDeg");
        sa.corrThetaDeg = item.real(SELF_ABSORPTION + "corrThetaDeg");
        sa.corrTauDeg = item.real(SELF_ABSORPTION + "corrTauDeg");
        sa.corrFormula = item.text(SELF_ABSORPTION + "corrFormula");
        sa.corrThickness = item.real(SELF_ABSORPTION + "corrThickness");
        p.postedgeWhere = ParameterLists.reals(item.reals("postedgeWhere"), 2, "postedgeWhere");
        p.postedgeExps = ParameterLists.wholeNumbers(item.reals("postedgeExps"), "postedgeExps");
        p.mu0PriorIncludeWhiteLine = item.bool("mu0PriorIncludeWhiteLine");
        p.mu0PriorVScale = item.real("mu0PriorVScale");
        p.mu0PriorSmoothN = item.integer("mu0PriorSmoothN");
        p.mu0method = item.integer("mu0method");
        p.mu0knots = item.integer("mu0knots");
        p.mu0kpow = item.integer("mu0kpow");
        p.ftMinimize = item.bool("ftMinimize");
        p.ftMinNKnots = item.integer("ftMinNKnots");
        p.ftMinRange = ParameterLists.reals(item.reals("ftMinRange"), 2, "ftMinRange");
        p.mu0smoothingFactor = item.real("mu0smoothingFactor");
        p.kw = item.integer("kw");
        p.krange = ParameterLists.range(item.reals("krange"), "krange");
        p.dk = item.real("dk");
        p.denoiseNeeded = item.bool("denoiseNeeded");
        p.denoiseOrder = item.integer("denoiseOrder");
        p.denoiseFrequency = item.real("denoiseFrequency");
        return p;
    }

    private static List<Double> exponents(int[] values) {
        double[] reals = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            reals[i] = values[i];
        }
        return list(reals);
    }
}
