package org.parseq.xas.ui;

import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.ui.controls.ParameterEditor;

/**
 * The controls of "make chi" in the physical order of the treatment: E0, energy calibration,
 * rebinning, pre-edge, post-edge and normalisation, corrections of µd, µ0, and the k range with
 * its weighting. Labels say what a physicist calls the quantity, tooltips say what it does and in
 * which unit; choices are named options. Parameters not shown here (if the pipeline grows) keep
 * the generated controls below.
 */
public final class ChiControls implements ParameterEditor.CustomControls {

    @Override
    public Set<String> parameters(TransformDefinition transform) {
        return Set.copyOf(build(null, transform, null).shown());
    }

    @Override
    public Runnable create(Composite parent, TransformDefinition transform, ParameterEditor editor) {
        Fields fields = build(parent, transform, editor);
        return fields::refresh;
    }

    /** With a null parent only the shown parameter names are collected. */
    private static Fields build(Composite parent, TransformDefinition transform, ParameterEditor editor) {
        Fields f = parent == null ? Fields.namesOnly(transform) : new Fields(parent, transform, editor);
        f.section("E0")
                .options("e0Method", "E0 method", "How E0 is found on the derivative of µd",
                        "derivative maximum", "spline-derivative maximum", "centre of mass of derivative")
                .pair("e0Where", "search range", "× E span",
                        "E0 is searched between these fractions of [first energy, last energy]; drawn on the plot",
                        null, false)
                .check("e0Smooth", "smooth the derivative", "Moving average of the derivative before the search")
                .field("e0SmoothN", "smoothing", "points",
                        "Half-width of the moving average of the derivative, in points")
                .check("useERefCurve", "find E0 on the reference µd",
                        "Search E0 on the derivative of the reference µd (eref) instead of the sample's");
        f.section("Energy calibration")
                .check("needECalibration", "calibrate the energy axis", "Shift the energy axis of each item")
                .options("eCalibrationMethod", "calibration", "0: find ΔE so that E0 lands on E_ref; 1: apply ΔE",
                        "find ΔE: E0 onto E_ref", "apply ΔE")
                .field("eRef", "E_ref", "eV", "Tabulated edge energy E0 is shifted onto, in eV")
                .field("eShift", "ΔE", "eV", "Energy shift, in eV; found when the calibration shifts E0 onto E_ref")
                .options("eShiftKind", "shift kind", "How ΔE is applied along the energy axis",
                        "angular (Bragg angle)", "lattice (d spacing)", "constant energy");
        f.section("Rebinning")
                .check("rebinNeeded", "rebin the energy axis", "Average the data into bins, region by region");
        if (parent != null) {
            RebinTable.create(f);
        } else {
            f.markShown(RebinTable.PARAMETERS);
        }
        f.section("Pre-edge")
                .pair("preedgeWhere", "fit range", "× (E0−E₁)",
                        "Pre-edge fit range as fractions of [first energy, E0]; drawn on the plot", null, false)
                .list("preedgeExps", "powers of E", "", "The pre-edge law is a sum of these powers of E, e.g. -3, 0");
        f.section("Post-edge and normalisation")
                .pair("postedgeWhere", "fit range", "eV > E0",
                        "Post-edge fit range in eV above E0; the edge step is the post-edge law at E0 minus the "
                                + "pre-edge line; drawn on the plot", null, false)
                .list("postedgeExps", "powers of E", "", "The post-edge law is a sum of these powers of E, e.g. -2, -1");
        f.section("Corrections of µd")
                .check("pinholeCorrectionNeeded", "pinhole correction", "Correct µd for a fraction of the beam "
                        + "passing through pinholes of the sample")
                .field("pinholeCorrectionDict.fraction", "pinhole fraction", "", "Fraction x of the beam, 0 to 1")
                .check("selfAbsorptionCorrectionNeeded", "self-absorption correction",
                        "Correct fluorescence µd for self-absorption, with tabulated cross-sections")
                .field("selfAbsorptionCorrectionDict.corrChemFormula", "sample formula", "",
                        "Chemical formula of the sample, e.g. Fe2O3 or (NH4)2SO4")
                .options("selfAbsorptionCorrectionDict.corrDataTable", "f2 table", "Tabulated f2 of the elements",
                        choiceNames(transform, "selfAbsorptionCorrectionDict.corrDataTable"))
                .field("selfAbsorptionCorrectionDict.corrCalibEnergy", "calibration energy", "eV",
                        "Above the edge; the edge jump of the absorber is found near it")
                .field("selfAbsorptionCorrectionDict.corrFluoEnergy", "fluorescence energy", "eV",
                        "Energy of the detected fluorescence line")
                .field("selfAbsorptionCorrectionDict.corrPhiDeg", "incidence φ", "°",
                        "Angle between the beam and the sample surface")
                .field("selfAbsorptionCorrectionDict.corrThetaDeg", "exit θ", "°",
                        "Angle between the sample surface and the detector direction")
                .field("selfAbsorptionCorrectionDict.corrTauDeg", "tilt τ", "°",
                        "Tilt of the detector out of the scattering plane")
                .options("selfAbsorptionCorrectionDict.corrFormula", "sample", "Thick sample (closed form) or thin",
                        choiceNames(transform, "selfAbsorptionCorrectionDict.corrFormula"))
                .field("selfAbsorptionCorrectionDict.corrThickness", "thickness as Δµd", "",
                        "Thin sample: its thickness expressed as its edge jump");
        f.section("µ0, the atomic background")
                .options("mu0method", "µ0 method", "How the smooth atomic absorption µ0 is drawn through µd",
                        "spline through k-spaced knots", "smoothing spline")
                .field("mu0smoothingFactor", "smoothing λ", "",
                        "λ of the smoothing spline; 0 chooses it by cross-validation")
                .field("mu0knots", "knots", "", "Number of spline knots, spaced evenly in k")
                .field("mu0kpow", "k weight of knots", "", "k-power weight of the least-squares spline")
                .check("ftMinimize", "minimise the FT at low r", "Vary the first knots to minimise |FT| at low r")
                .field("ftMinNKnots", "knots varied", "", "How many of the first knots vary")
                .pair("ftMinRange", "r range minimised", "Å", "r range whose FT is minimised, in Å", null, false)
                .check("mu0PriorIncludeWhiteLine", "keep the white line in the prior",
                        "The µ0 prior keeps the white line instead of cutting it")
                .field("mu0PriorVScale", "prior vertical scale", "", "Vertical scale of the prior about the pre-edge")
                .field("mu0PriorSmoothN", "prior smoothing", "points", "Half-width of the prior smoothing; 0: none");
        f.section("k range and weighting")
                .pair("krange", "k range", "Å⁻¹", "k grid of χ from k_min to k_max in Å⁻¹; an empty k_max is the "
                        + "data end; drawn on the χ(k) plot", Double.NaN, false)
                .field("dk", "k step", "Å⁻¹", "Step of the k grid, in Å⁻¹")
                .field("kw", "k weight", "", "χ is multiplied by k to this power")
                .check("denoiseNeeded", "denoise χ", "Butterworth low-pass filter of χ·k^w")
                .field("denoiseOrder", "filter order", "", "Order of the Butterworth filter")
                .field("denoiseFrequency", "cut-off factor", "", "Cut-off of the filter");
        return f;
    }

    private static String[] choiceNames(TransformDefinition transform, String name) {
        return transform.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .map(p -> p.choices().toArray(String[]::new)).orElse(new String[0]);
    }
}
