package org.parseq.xes.numerics;

/**
 * A spectrum: values against an abscissa of the same length.
 *
 * @param x abscissa (θ or energy)
 * @param y values
 */
public record Spectrum(double[] x, double[] y) {

    public Spectrum {
        if (x.length != y.length) {
            throw new IllegalArgumentException("a spectrum needs as many abscissa points as values, not " + x.length
                    + " and " + y.length);
        }
    }
}
