package org.parseq.xes.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.ParameterType;
import org.parseq.core.pipeline.TransformContext;

/**
 * The parameters of both transforms, named and defaulted as in the original. Its dictionaries
 * are groups of {@code dict.key} parameters ({@code bandROI.begin}, {@code calibrationData.base});
 * its list-valued ones are number lists, an empty list standing for its {@code null}; its lists
 * of names (reference aliases, slices) are text with the names separated by {@code ;}. Values
 * it found (cutoffMaxBelow, bandLine, calibrationPoly, fwhm) are reported as scalars.
 */
final class XesParameters {

    static final String BAND_BEGIN = "bandROI.begin";
    static final String BAND_END = "bandROI.end";
    static final String BAND_WIDTH = "bandROI.width";
    static final String CALIBRATION_BASE = "calibrationData.base";
    static final String CALIBRATION_SLICE = "calibrationData.slice";
    static final String CALIBRATION_ENERGY = "calibrationData.energy";
    static final String CALIBRATION_DCM = "calibrationData.DCM";
    static final String XES_BOTTOM = "XES↓";
    static final String XES_LEFT = "XES←";

    private XesParameters() {
    }

    static List<ParameterDescriptor> band() {
        return List.of(
                ParameterDescriptor.bool("cutoffNeeded", true, "Set pixels above the cut-off to 0 (hot or flagged pixels)."),
                ParameterDescriptor.real("cutoff", 2000, "counts", "Pixels above this value become 0.")
                        .withRange(0, Double.MAX_VALUE, 100),
                ParameterDescriptor.bool("bandFind", true, "Derive the band line from the band ROI."),
                realList(BAND_BEGIN, List.of(370.0, -0.1), "",
                        "One end of the band's centre line: (pixel, θ in degrees)."),
                realList(BAND_END, List.of(560.0, 0.1), "",
                        "The other end of the band's centre line: (pixel, θ in degrees)."),
                ParameterDescriptor.real(BAND_WIDTH, 0.1, "°", "Full width of the band in θ.")
                        .withRange(0, 360, 0.005),
                ParameterDescriptor.bool("bandUse", false, "Set the pixels outside the band to 0 before summing."),
                ParameterDescriptor.bool("bandFractionalPixels", false,
                        "Sum XES↓ on a dense θ grid so that pixels partly inside the band count in part."),
                ParameterDescriptor.bool("rebinWant", true, "Average XES↓ in θ bins."),
                ParameterDescriptor.integer("binN", 100, 2, 1_000_000, "Number of bin edges of the XES↓ rebinning."),
                realList("thetaRange", List.of(), "°", "θ interval [min, max] kept; empty keeps all."));
    }

    static List<ParameterDescriptor> calibration() {
        return List.of(
                ParameterDescriptor.bool("subtractLine", true,
                        "Subtract the line through the first and last points, then a fitted background line."),
                ParameterDescriptor.real("relativeBackgroundHeight", 0.1, "",
                        "Points below this fraction of the peak height above the minimum are background; 0: none.")
                        .withRange(0, 1, 0.01),
                ParameterDescriptor.bool("calibrationFind", false,
                        "Calibrate θ → energy with the elastic scans named in calibrationData."),
                ParameterDescriptor.choice("calibrationWhichXES", XES_BOTTOM, List.of(XES_BOTTOM, XES_LEFT),
                        "Which spectrum of the references locates their elastic peaks."),
                text(CALIBRATION_BASE, "", "Names of the elastic reference items, separated by ';'."),
                text(CALIBRATION_SLICE, "", "Per reference, the part of its spectrum searched for the peak as"
                        + " start:stop (Python slice, ':' or empty for all), separated by ';'."),
                realList(CALIBRATION_ENERGY, List.of(), "eV", "Per reference, the energy of its elastic peak."),
                text(CALIBRATION_DCM, "", "Per reference, the monochromator crystal (Si111 or Si311; anything else"
                        + " for none), separated by ';': its rocking curve is shown beside the elastic line."),
                ParameterDescriptor.integer("calibrationHalfPeakWidthSteps", 2, 1, 10_000,
                        "Points on each side of a reference's maximum to which a parabola is fitted."),
                realList("calibrationPoly", List.of(), "",
                        "θ → E straight line (eV per degree, eV) applied when not found; empty: energy = θ."));
    }

    static ParameterDescriptor realList(String name, List<Double> defaultValue, String unit, String description) {
        return new ParameterDescriptor(name, ParameterType.REAL_LIST, defaultValue, null, null, null, unit, name, null,
                description);
    }

    static ParameterDescriptor text(String name, String defaultValue, String description) {
        return new ParameterDescriptor(name, ParameterType.TEXT, defaultValue, null, null, null, "", name, null,
                description);
    }

    /** A (pixel, θ) point of the band ROI. */
    static double[] point(TransformContext item, String name) {
        List<Double> values = item.reals(name);
        if (values.size() != 2) {
            throw new IllegalArgumentException("parameter '" + name + "' needs (pixel, θ), not " + values);
        }
        return new double[] {values.get(0), values.get(1)};
    }

    /** thetaRange as [min, max], or null for all. */
    static double[] thetaRange(TransformContext item) {
        List<Double> values = item.reals("thetaRange");
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() != 2 || !(values.get(0) <= values.get(1))) {
            throw new IllegalArgumentException("parameter 'thetaRange' needs [min, max] with min ≤ max, or nothing,"
                    + " not " + values);
        }
        return new double[] {values.get(0), values.get(1)};
    }

    /** calibrationPoly as (slope, intercept), or null when not given. */
    static double[] calibrationPoly(TransformContext item) {
        List<Double> values = item.reals("calibrationPoly");
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() != 2) {
            throw new IllegalArgumentException("parameter 'calibrationPoly' needs (eV per degree, eV), not " + values);
        }
        return new double[] {values.get(0), values.get(1)};
    }

    /** The names of a ';'-separated text parameter; empty text gives none. */
    static List<String> names(TransformContext item, String name) {
        List<String> names = new ArrayList<>();
        String text = item.text(name).strip();
        if (text.isEmpty()) {
            return names;
        }
        for (String part : text.split(";", -1)) {
            names.add(part.strip());
        }
        return names;
    }
}
