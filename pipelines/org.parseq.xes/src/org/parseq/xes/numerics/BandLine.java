package org.parseq.xes.numerics;

/**
 * The θ–2θ band of a scan image: θ = slope·pixel + offset along its centre, {@code width} wide
 * in θ. Elastically scattered light of one energy lies on such a line: the analyser angle that
 * reflects it moves with the pixel.
 *
 * @param slope  θ per pixel (degrees)
 * @param offset θ at pixel 0 (degrees)
 * @param width  full width of the band in θ (degrees)
 */
public record BandLine(double slope, double offset, double width) {

    /**
     * The band through the two points a user drew, as the original makes it (the offset from
     * the end point, so that both give bit-identical lines).
     *
     * @throws IllegalArgumentException when the two points do not define a line of finite slope
     */
    public static BandLine through(double beginPixel, double beginTheta, double endPixel, double endTheta,
            double width) {
        double slope = (endTheta - beginTheta) / (endPixel - beginPixel);
        if (!Double.isFinite(slope)) {
            throw new IllegalArgumentException("the band from (" + beginPixel + ", " + beginTheta + ") to ("
                    + endPixel + ", " + endTheta + ") has no finite slope: its ends need different pixels");
        }
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("the band width must be a positive number of degrees, not " + width);
        }
        return new BandLine(slope, endTheta - slope * endPixel, width);
    }

    /** θ of the band's centre at a pixel. */
    public double centre(double pixel) {
        return slope * pixel + offset;
    }

    /** Whether θ lies within the band at a pixel (edges included, as the original masks only beyond them). */
    public boolean contains(double pixel, double theta) {
        double centre = centre(pixel);
        return !(theta > centre + width / 2) && !(theta < centre - width / 2);
    }

    /** The coefficients as the original stores them: (slope, offset, width). */
    public double[] toArray() {
        return new double[] {slope, offset, width};
    }
}
