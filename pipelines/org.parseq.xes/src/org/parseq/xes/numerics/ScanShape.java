package org.parseq.xes.numerics;

/** Shape checks of scan images, with messages that say which dimension is wrong. */
final class ScanShape {

    private ScanShape() {
    }

    /** @return the number of rows of a non-empty image whose rows all have the same non-zero length */
    static int requireRectangular(double[][] image, String what) {
        if (image.length == 0 || image[0].length == 0) {
            throw new IllegalArgumentException(what + " is empty");
        }
        for (int r = 1; r < image.length; r++) {
            if (image[r].length != image[0].length) {
                throw new IllegalArgumentException(what + " has rows of different lengths: row 0 has "
                        + image[0].length + " pixels, row " + r + " has " + image[r].length);
            }
        }
        return image.length;
    }

    static void requireThetaPerRow(double[][] image, double[] theta) {
        int rows = requireRectangular(image, "the image");
        if (theta.length != rows) {
            throw new IllegalArgumentException("θ has " + theta.length + " points but the image has " + rows
                    + " rows; each image row must be one θ point");
        }
    }
}
