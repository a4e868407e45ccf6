package org.parseq.xes.numerics;

/**
 * The two spectra of a scan image.
 *
 * @param xes         XES←: the sum of every image row, one value per θ point
 * @param thetaBottom θ of every kept pixel column: the band centre there, or with no band the
 *                    pixel index mapped linearly onto the θ range
 * @param xesBottom   XES↓: the sum of every kept pixel column
 */
public record BandSpectra(double[] xes, double[] thetaBottom, double[] xesBottom) {
}
