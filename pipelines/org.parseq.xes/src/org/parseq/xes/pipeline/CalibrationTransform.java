package org.parseq.xes.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.pipeline.TransformContext;
import org.parseq.xes.numerics.Background;
import org.parseq.xes.numerics.ElasticPeak;
import org.parseq.xes.numerics.EnergyCalibration;
import org.parseq.xes.numerics.Fwhm;

/**
 * "get XES and calibrate energy", 2D node → 1D node, over all items at once because an item's
 * calibration reads the elastic scans of other items. The references' spectra are taken as
 * they enter this transform, before any background subtraction, so every item that names the
 * same references gets the same θ → E line (the original, which subtracts the background of a
 * reference in place, gives later items a slightly different one).
 */
final class CalibrationTransform {

    private CalibrationTransform() {
    }

    /**
     * An item whose calibration cannot be made (a reference missing or without a peak, energies
     * that do not match the references) fails alone, naming what is wrong; the others compute.
     */
    static void apply(List<TransformContext> items) {
        Map<String, TransformContext> byAlias = new LinkedHashMap<>();
        for (TransformContext item : items) {
            byAlias.putIfAbsent(item.alias(), item);
        }
        List<Runnable> outputs = new ArrayList<>();
        for (TransformContext item : items) {
            try {
                outputs.add(compute(item, byAlias));
            } catch (IllegalArgumentException e) {
                item.fail(e.getMessage());
            }
        }
        // written after all are computed: an item's rocking curves go to its references, read above
        outputs.forEach(Runnable::run);
    }

    /** Computes one item's 1D arrays; what it returns writes them. */
    private static Runnable compute(TransformContext item, Map<String, TransformContext> byAlias) {
        double[] thetaCut = item.input("thetaCut");
        double[] thetaBottom = item.input("theta_bottomCut");
        double[] xes = item.input("xes");
        double[] xesBottom = item.input("xes_bottom");
        double[] poly = XesParameters.calibrationPoly(item);
        boolean found = false;
        List<RockingCurves.Curve> curves = List.of();
        double[] peaks = null;
        if (item.bool("calibrationFind") && !XesParameters.names(item, XesParameters.CALIBRATION_BASE).isEmpty()) {
            peaks = elasticPeaks(item, byAlias);
            poly = EnergyCalibration.line(peaks, item.reals(XesParameters.CALIBRATION_ENERGY).stream()
                    .mapToDouble(Double::doubleValue).toArray());
            found = true;
            curves = RockingCurves.of(item, byAlias,
                    XesParameters.XES_BOTTOM.equals(item.text("calibrationWhichXES")));
        }
        List<RockingCurves.Curve> rockingCurves = curves;
        double[] energy = poly == null ? thetaCut : EnergyCalibration.apply(poly, thetaCut);
        double[] energyBottom = poly == null ? thetaBottom : EnergyCalibration.apply(poly, thetaBottom);
        if (item.bool("subtractLine")) {
            double relative = item.real("relativeBackgroundHeight");
            xes = Background.subtract(energy, xes, relative);
            xesBottom = Background.subtract(energyBottom, xesBottom, relative);
        }
        double fwhm = Fwhm.of(energy, xes);
        double fwhmBottom = Fwhm.of(energyBottom, xesBottom);
        double[] calibration = found ? poly : null;
        double[] foundPeaks = peaks;
        double[] left = xes;
        double[] bottom = xesBottom;
        return () -> {
            item.output("energy", energy);
            item.output("xes", left);
            item.output("energy_bottom", energyBottom);
            item.output("xes_bottom", bottom);
            item.output("thetaCut", thetaCut);
            item.output("theta_bottomCut", thetaBottom);
            item.outputScalar("fwhm", fwhm);
            item.outputScalar("fwhm_bottom", fwhmBottom);
            if (calibration != null) {
                item.outputScalar(CalibrationReferences.SLOPE_SCALAR, calibration[0]);
                item.outputScalar(CalibrationReferences.INTERCEPT_SCALAR, calibration[1]);
                for (int i = 0; i < foundPeaks.length; i++) {
                    item.outputScalar(CalibrationReferences.PEAK_SCALAR + i, foundPeaks[i]);
                }
            }
            for (RockingCurves.Curve curve : rockingCurves) {
                item.outputScalar("calibrationData.FWHM." + curve.index(), curve.fwhm());
                curve.reference().output("rce", curve.scaled().x());
                curve.reference().output("rc", curve.scaled().y());
            }
        };
    }

    /** The θ of the elastic peak of each of an item's references; every problem names the reference. */
    private static double[] elasticPeaks(TransformContext item, Map<String, TransformContext> byAlias) {
        List<String> base = XesParameters.names(item, XesParameters.CALIBRATION_BASE);
        List<String> slices = XesParameters.names(item, XesParameters.CALIBRATION_SLICE);
        List<Double> energies = item.reals(XesParameters.CALIBRATION_ENERGY);
        if (energies.size() != base.size()) {
            throw new IllegalArgumentException("calibrationData names " + base.size() + " references " + base
                    + " but gives " + energies.size() + " energies " + energies);
        }
        if (!slices.isEmpty() && slices.size() != base.size()) {
            throw new IllegalArgumentException("calibrationData names " + base.size() + " references " + base
                    + " but gives " + slices.size() + " slices " + slices);
        }
        List<PythonSlice> parts = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            parts.add(slices.isEmpty() ? PythonSlice.ALL : PythonSlice.parse(slices.get(i)));
        }
        boolean bottom = XesParameters.XES_BOTTOM.equals(item.text("calibrationWhichXES"));
        int halfWidth = item.integer("calibrationHalfPeakWidthSteps");
        double[] peaks = new double[base.size()];
        for (int i = 0; i < base.size(); i++) {
            String alias = base.get(i);
            TransformContext reference = byAlias.get(alias);
            if (reference == null) {
                // items without good data at the 2D node are not handed to this transform
                throw new IllegalArgumentException("calibration reference '" + alias + "' is not loaded or has no"
                        + " good data at node '" + XesNodes.THETA_SCAN + "'");
            }
            PythonSlice slice = parts.get(i);
            double[] theta = slice.of(reference.input(bottom ? "theta_bottomCut" : "thetaCut"));
            double[] spectrum = slice.of(reference.input(bottom ? "xes_bottom" : "xes"));
            try {
                peaks[i] = ElasticPeak.vertex(theta, spectrum, halfWidth);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("calibration reference '" + alias + "' (slice " + slice + ", "
                        + (bottom ? XesParameters.XES_BOTTOM : XesParameters.XES_LEFT) + "): " + e.getMessage(), e);
            }
        }
        return peaks;
    }
}
