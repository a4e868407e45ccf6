package org.parseq.demo;

import org.parseq.core.pipeline.Image2D;
import org.parseq.core.pipeline.TransformContext;

/** The computations of the demo pipeline. */
final class DemoTransforms {

    private DemoTransforms() {
    }

    private static double[] movingAverage(double[] y, int width) {
        int half = width / 2;
        double[] smooth = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            int from = Math.max(0, i - half);
            int to = Math.min(y.length - 1, i + half);
            double sum = 0;
            for (int j = from; j <= to; j++) {
                sum += y[j];
            }
            smooth[i] = sum / (to - from + 1);
        }
        return smooth;
    }

    static void normalise(TransformContext item) {
        double[] x = item.input("x");
        double[] counts = item.input("counts");
        double[] monitor = item.input("monitor");
        double scale = item.real("scale");
        double background = item.real("background");
        double[] y = new double[counts.length];
        int peak = 0;
        for (int i = 0; i < y.length; i++) {
            if (monitor[i] == 0) {
                throw new ArithmeticException("monitor is zero at point " + i + " (x = " + x[i] + ")");
            }
            y[i] = scale * counts[i] / monitor[i] - background;
            if (y[i] > y[peak]) {
                peak = i;
            }
        }
        item.output("x", x);
        item.output("y", y);
        item.outputScalar("peakPosition", x[peak]);
    }

    /** Row w of the map is the smoothed curve averaged again over w + 1 points: a 2D array to look at. */
    static void smoothingMap(TransformContext item) {
        double[] x = item.input("x");
        double[] smooth = item.input("smooth");
        int rows = item.integer("mapWidths");
        double[] values = new double[rows * smooth.length];
        for (int row = 0; row < rows; row++) {
            double[] averaged = movingAverage(smooth, row + 1);
            System.arraycopy(averaged, 0, values, row * smooth.length, smooth.length);
        }
        item.output("x", x);
        item.outputImage("widths", new Image2D(rows, smooth.length, values));
    }

    static void smooth(TransformContext item) {
        double[] x = item.input("x");
        double[] y = item.input("y");
        double[] smooth = movingAverage(y, item.integer("smoothingWidth"));
        double[] derivative = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            int before = Math.max(0, i - 1);
            int after = Math.min(y.length - 1, i + 1);
            derivative[i] = after == before ? 0 : (smooth[after] - smooth[before]) / (x[after] - x[before]);
        }
        item.output("x", x);
        item.output("smooth", smooth);
        item.output("derivative", derivative);
    }

    /** Sums each image row over a band of columns: the counts of one region of the detector per scan point. */
    static void bandSum(TransformContext item) {
        Image2D image = item.inputImage("image").orElseThrow(() -> new IllegalStateException(
                item.alias() + " has no detector image"));
        int first = item.integer("bandFirstPixel");
        int last = Math.min(item.integer("bandLastPixel"), image.columns() - 1);
        if (first > last) {
            throw new IllegalArgumentException("the band starts at pixel " + first + " but the image of "
                    + item.alias() + " has columns 0 to " + (image.columns() - 1));
        }
        double[] band = new double[image.rows()];
        for (int row = 0; row < image.rows(); row++) {
            double sum = 0;
            for (int column = first; column <= last; column++) {
                sum += image.at(row, column);
            }
            band[row] = sum;
        }
        item.output("theta", item.input("theta"));
        item.output("band", band);
    }
}
