package org.parseq.xas.numerics;

/** Output of "make FT": r grid (≤ rmax), |F|, Re F, Im F, and the k-space window used. */
public record FtResult(double[] r, double[] ft, double[] ftr, double[] fti, double[] ftwindow) {
}
