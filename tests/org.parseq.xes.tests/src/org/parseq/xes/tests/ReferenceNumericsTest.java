package org.parseq.xes.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parseq.xes.numerics.Background;
import org.parseq.xes.numerics.BandLine;
import org.parseq.xes.numerics.BandProjection;
import org.parseq.xes.numerics.BandSpectra;
import org.parseq.xes.numerics.CorrectedImage;
import org.parseq.xes.numerics.ElasticPeak;
import org.parseq.xes.numerics.EnergyCalibration;
import org.parseq.xes.numerics.Fwhm;
import org.parseq.xes.numerics.ImageCorrection;
import org.parseq.xes.numerics.Spectrum;
import org.parseq.xes.numerics.ThetaRange;
import org.parseq.xes.numerics.ThetaRebinning;

/**
 * The numerics on the original's inputs (the reference's text tables) against its results, with
 * the project's parameters: cut-off, band line, XES← and XES↓, the calibration, the energy
 * grids, the background-subtracted spectra and the FWHM.
 */
class ReferenceNumericsTest {

    static List<ReferenceItem> items() {
        return ReferenceItem.all();
    }

    /** The spectra of "mask and get XES band", as our numerics make them with the item's parameters. */
    static Spectrum[] spectra(ReferenceItem item) {
        Map<String, Object> p = item.transformParams();
        CorrectedImage corrected = ImageCorrection.correct(item.rawImage(), item.i0(), (Boolean) p.get("cutoffNeeded"),
                ((Number) p.get("cutoff")).doubleValue());
        BandSpectra spectra = BandProjection.band(corrected.image(), item.theta(), band(item),
                (Boolean) p.get("bandFractionalPixels"));
        Spectrum bottom = ThetaRebinning.rebin(spectra.thetaBottom(), spectra.xesBottom(),
                ((Number) p.get("binN")).intValue());
        double[] range = item.numbers("thetaRange");
        return new Spectrum[] {ThetaRange.cut(new Spectrum(item.theta(), spectra.xes()), range[0], range[1]),
                ThetaRange.cut(bottom, range[0], range[1])};
    }

    static BandLine band(ReferenceItem item) {
        @SuppressWarnings("unchecked")
        Map<String, Object> roi = (Map<String, Object>) item.transformParams().get("bandROI");
        List<?> begin = (List<?>) roi.get("begin");
        List<?> end = (List<?>) roi.get("end");
        return BandLine.through(((Number) begin.get(0)).doubleValue(), ((Number) begin.get(1)).doubleValue(),
                ((Number) end.get(0)).doubleValue(), ((Number) end.get(1)).doubleValue(),
                ((Number) roi.get("width")).doubleValue());
    }

    /** Our calibration from both references' XES↓ before background subtraction. */
    static double[] calibration() {
        List<ReferenceItem> references = ReferenceItem.all();
        double[] peaks = new double[references.size()];
        double[] energies = new double[references.size()];
        for (int i = 0; i < peaks.length; i++) {
            ReferenceItem reference = references.get(i);
            Spectrum bottom = spectra(reference)[1];
            peaks[i] = ElasticPeak.vertex(bottom.x(), bottom.y(),
                    ((Number) reference.transformParams().get("calibrationHalfPeakWidthSteps")).intValue());
            energies[i] = Double.parseDouble(reference.alias.substring(reference.alias.indexOf('_') + 1));
        }
        return EnergyCalibration.line(peaks, energies);
    }

    @ParameterizedTest
    @MethodSource("items")
    void cutoffAndNormalisationAreExact(ReferenceItem item) {
        CorrectedImage corrected = ImageCorrection.correct(item.rawImage(), item.i0(), true,
                ((Number) item.transformParams().get("cutoff")).doubleValue());
        assertEquals(((Number) item.transformParams().get("cutoffMaxBelow")).doubleValue(), corrected.maxBelow());
        double[][] expected = item.correctedImage();
        for (int r = 0; r < expected.length; r++) {
            assertArrayEquals(expected[r], corrected.image()[r], "row " + r);
        }
    }

    @ParameterizedTest
    @MethodSource("items")
    void bandLineIsExact(ReferenceItem item) {
        assertArrayEquals(item.numbers("bandLine"), band(item).toArray());
    }

    @ParameterizedTest
    @MethodSource("items")
    void spectraBeforeBackgroundMatch(ReferenceItem item) {
        Spectrum[] ours = spectra(item);
        double[][] left = item.left();
        double[][] bottom = item.bottom();
        assertArrayEquals(left[0], ours[0].x(), 1e-15, "θ of XES←");
        assertArrayEquals(bottom[0], ours[1].x(), 1e-14, "θ of XES↓");
        double leftError = Metrics.relRms(ours[0].y(), left[3]);
        double bottomError = Metrics.relRms(ours[1].y(), bottom[3]);
        System.out.printf("%s before background: XES← rel RMS %.2e, XES↓ %.2e%n", item.alias, leftError, bottomError);
        assertTrue(leftError < 1e-6, "XES← rel RMS " + leftError);
        assertTrue(bottomError < 1e-6, "XES↓ rel RMS " + bottomError);
    }

    @Test
    void calibrationIsTheReadmeValue() {
        double[] poly = calibration();
        double slopeError = Math.abs(poly[0] / ReferenceItem.CALIBRATION[0] - 1);
        double interceptError = Math.abs(poly[1] / ReferenceItem.CALIBRATION[1] - 1);
        System.out.printf("calibration %s: relative errors %.2e, %.2e%n", java.util.Arrays.toString(poly),
                slopeError, interceptError);
        assertTrue(slopeError < 1e-8, "slope " + poly[0]);
        assertTrue(interceptError < 1e-8, "intercept " + poly[1]);
    }

    @ParameterizedTest
    @MethodSource("items")
    void energiesSpectraAndWidthsAfterCalibration(ReferenceItem item) {
        double[] poly = calibration();
        Spectrum[] ours = spectra(item);
        double[] energy = EnergyCalibration.apply(poly, ours[0].x());
        double[] energyBottom = EnergyCalibration.apply(poly, ours[1].x());
        double[][] left = item.left();
        double[][] bottom = item.bottom();
        assertTrue(Metrics.maxRel(energy, EnergyCalibration.apply(ReferenceItem.CALIBRATION, left[0])) < 1e-9);
        assertTrue(Metrics.maxRel(energyBottom, EnergyCalibration.apply(ReferenceItem.CALIBRATION, bottom[0])) < 1e-9);

        double relative = ((Number) item.transformParams().get("relativeBackgroundHeight")).doubleValue();
        double[] xes = Background.subtract(energy, ours[0].y(), relative);
        double[] xesBottom = Background.subtract(energyBottom, ours[1].y(), relative);
        double leftError = Metrics.relRms(xes, left[2]);
        double bottomError = Metrics.relRms(xesBottom, bottom[2]);

        // The original's later items used another slope: widths in eV scale with it.
        double slopeRatio = poly[0] / item.originalCalibration()[0];
        double fwhmError = Math.abs(Fwhm.of(energy, xes) - item.scalar("fwhm") * slopeRatio);
        double fwhmBottomError = Math.abs(Fwhm.of(energyBottom, xesBottom) - item.scalar("fwhm_bottom") * slopeRatio);
        System.out.printf("%s final: XES← rel RMS %.2e, XES↓ %.2e, |ΔFWHM←| %.2e eV, |ΔFWHM↓| %.2e eV%n", item.alias,
                leftError, bottomError, fwhmError, fwhmBottomError);
        assertTrue(leftError < 1e-6, "XES← rel RMS " + leftError);
        assertTrue(bottomError < 1e-6, "XES↓ rel RMS " + bottomError);
        assertTrue(fwhmError < 1e-3, "FWHM← off by " + fwhmError + " eV");
        assertTrue(fwhmBottomError < 1e-3, "FWHM↓ off by " + fwhmBottomError + " eV");
    }
}
