package org.parseq.xas.numerics;

/** Output of "make BFT": the back-transformed χ̃(k) on bftk and the r-space window used. */
public record BftResult(double[] bftk, double[] bft, double[] bftwindow) {
}
