package org.parseq.xes.pipeline;

import org.parseq.core.pipeline.Image2D;
import org.parseq.core.pipeline.TransformContext;
import org.parseq.xes.numerics.BandLine;
import org.parseq.xes.numerics.BandProjection;
import org.parseq.xes.numerics.BandSpectra;
import org.parseq.xes.numerics.ImageCorrection;
import org.parseq.xes.numerics.Spectrum;
import org.parseq.xes.numerics.ThetaRange;
import org.parseq.xes.numerics.ThetaRebinning;

/**
 * "mask and get XES band (reduced)" within the 2D node: the image is cut off and normalised
 * (it replaces the raw xes2D), the band line is made from the ROI, and XES← and XES↓ are
 * summed, rebinned and cut to the θ range for the 1D node.
 */
final class BandTransform {

    private BandTransform() {
    }

    static void apply(TransformContext item) {
        double[] theta = item.input("theta");
        double[] i0 = item.input("i0");
        Image2D raw = item.inputImage("xes2D").orElseThrow(() -> new IllegalArgumentException(
                item.alias() + " has no 2D array 'xes2D' (the detector image) at node '2D theta scan'"));
        if (raw.rows() != theta.length) {
            throw new IllegalArgumentException("the image xes2D of " + item.alias() + " has " + raw.rows()
                    + " rows but θ has " + theta.length + " points; each row must be one θ point");
        }
        double[][] image = rows(raw);
        double maxBelow = ImageCorrection.correctInPlace(image, i0, item.bool("cutoffNeeded"), item.real("cutoff"));
        if (item.bool("cutoffNeeded")) {
            item.outputScalar("cutoffMaxBelow", maxBelow);
        }

        BandLine band = null;
        if (item.bool("bandFind")) {
            double[] begin = XesParameters.point(item, XesParameters.BAND_BEGIN);
            double[] end = XesParameters.point(item, XesParameters.BAND_END);
            band = BandLine.through(begin[0], begin[1], end[0], end[1], item.real(XesParameters.BAND_WIDTH));
            item.outputScalar("bandLine.slope", band.slope());
            item.outputScalar("bandLine.offset", band.offset());
            item.outputScalar("bandLine.width", band.width());
        }
        BandSpectra spectra = band != null && item.bool("bandUse")
                ? BandProjection.band(image, theta, band, item.bool("bandFractionalPixels"))
                : BandProjection.plain(image, theta);

        Spectrum left = new Spectrum(theta, spectra.xes());
        Spectrum bottom = new Spectrum(spectra.thetaBottom(), spectra.xesBottom());
        if (item.bool("rebinWant")) {
            bottom = ThetaRebinning.rebin(bottom.x(), bottom.y(), item.integer("binN"));
        }
        double[] range = XesParameters.thetaRange(item);
        if (range != null) {
            left = ThetaRange.cut(left, range[0], range[1]);
            bottom = ThetaRange.cut(bottom, range[0], range[1]);
        }
        item.outputImage("xes2D", new Image2D(raw.rows(), raw.columns(), flat(image)));
        item.output("xes", left.y());
        item.output("thetaCut", left.x());
        item.output("xes_bottom", bottom.y());
        item.output("theta_bottomCut", bottom.x());
    }

    private static double[][] rows(Image2D image) {
        double[][] rows = new double[image.rows()][];
        double[] values = image.values();
        for (int r = 0; r < rows.length; r++) {
            rows[r] = java.util.Arrays.copyOfRange(values, r * image.columns(), (r + 1) * image.columns());
        }
        return rows;
    }

    private static double[] flat(double[][] rows) {
        int columns = rows[0].length;
        double[] values = new double[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, values, r * columns, columns);
        }
        return values;
    }
}
