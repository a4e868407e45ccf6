package org.parseq.xes.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parseq.core.pipeline.TransformContext;
import org.parseq.xes.numerics.DcmRockingCurve;
import org.parseq.xes.numerics.Fwhm;
import org.parseq.xes.numerics.Spectrum;

/**
 * The DCM rocking curves of an item's calibration references (calibrationData.DCM): for each
 * reference with a known crystal, the curve at its energy, scaled to the maximum of its
 * spectrum so that it shows beside the elastic line, and its FWHM. Display only: the
 * calibration does not use them.
 */
final class RockingCurves {

    /** One reference's curve: written to the reference item, its width reported by the calibrating one. */
    record Curve(int index, TransformContext reference, Spectrum scaled, double fwhm) {
    }

    private RockingCurves() {
    }

    static List<Curve> of(TransformContext item, Map<String, TransformContext> byAlias, boolean bottom) {
        List<String> base = XesParameters.names(item, XesParameters.CALIBRATION_BASE);
        List<String> crystals = XesParameters.names(item, XesParameters.CALIBRATION_DCM);
        List<Double> energies = item.reals(XesParameters.CALIBRATION_ENERGY);
        if (!crystals.isEmpty() && crystals.size() != base.size()) {
            throw new IllegalArgumentException("calibrationData names " + base.size() + " references " + base
                    + " but " + crystals.size() + " DCM crystals " + crystals);
        }
        List<Curve> curves = new ArrayList<>();
        for (int i = 0; i < crystals.size(); i++) {
            DcmRockingCurve crystal = DcmRockingCurve.named(crystals.get(i));
            TransformContext reference = byAlias.get(base.get(i));
            if (crystal == null || reference == null) {
                continue;
            }
            Spectrum curve;
            try {
                curve = crystal.curve(energies.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("DCM " + crystals.get(i) + " of calibration reference '"
                        + base.get(i) + "': " + e.getMessage(), e);
            }
            double[] spectrum = reference.input(bottom ? "xes_bottom" : "xes");
            double scale = max(spectrum) / max(curve.y());
            double[] scaled = curve.y().clone();
            for (int k = 0; k < scaled.length; k++) {
                scaled[k] *= scale;
            }
            curves.add(new Curve(i, reference, new Spectrum(curve.x(), scaled), Fwhm.of(curve.x(), curve.y())));
        }
        return curves;
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
