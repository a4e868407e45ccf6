package org.parseq.xes.numerics;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * Least-squares polynomials, as numpy's polyfit gives them: the Vandermonde system is solved
 * by Hipparchus' QR decomposition after centring x and scaling each column to unit norm (the
 * same problem, better conditioned), and the coefficients are taken back to powers of x.
 */
public final class PolynomialFit {

    private PolynomialFit() {
    }

    /**
     * @return coefficients, highest power first (numpy's order)
     * @throws IllegalArgumentException with fewer distinct points than coefficients
     */
    public static double[] fit(double[] x, double[] y, int degree) {
        Centred fit = fitCentred(x, y, degree);
        return uncentred(fit.coefficients(), fit.centre());
    }

    /**
     * A fit in powers of (x − centre), centre the mean of x: what to use for quantities that
     * the expansion in powers of x would compute with cancellation, e.g. a parabola's vertex.
     *
     * @param centre       the mean of x
     * @param coefficients highest power first
     */
    public record Centred(double centre, double[] coefficients) {
    }

    /** @see #fit(double[], double[], int) */
    public static Centred fitCentred(double[] x, double[] y, int degree) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("a polynomial fit needs as many x as y values, not " + x.length
                    + " and " + y.length);
        }
        if (x.length < degree + 1) {
            throw new IllegalArgumentException("a polynomial of degree " + degree + " needs at least "
                    + (degree + 1) + " points, not " + x.length);
        }
        double centre = 0;
        for (double value : x) {
            centre += value;
        }
        centre /= x.length;
        int columns = degree + 1;
        double[][] vandermonde = new double[x.length][columns];
        for (int i = 0; i < x.length; i++) {
            double power = 1;
            double u = x[i] - centre;
            for (int j = degree; j >= 0; j--) {
                vandermonde[i][j] = power;
                power *= u;
            }
        }
        double[] scale = new double[columns];
        for (int j = 0; j < columns; j++) {
            double norm = 0;
            for (double[] row : vandermonde) {
                norm += row[j] * row[j];
            }
            scale[j] = Math.sqrt(norm);
            if (!(scale[j] > 0)) {
                throw new IllegalArgumentException("the points of a polynomial fit of degree " + degree
                        + " all have x = " + centre);
            }
            for (double[] row : vandermonde) {
                row[j] /= scale[j];
            }
        }
        QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(vandermonde, false), 1e-13);
        if (!qr.getSolver().isNonSingular()) {
            throw new IllegalArgumentException("the " + x.length + " points do not determine a polynomial of degree "
                    + degree + " (too few distinct x values)");
        }
        RealVector solution = qr.getSolver().solve(new ArrayRealVector(y, false));
        double[] centred = new double[columns];
        for (int j = 0; j < columns; j++) {
            centred[j] = solution.getEntry(j) / scale[j];
        }
        return new Centred(centre, centred);
    }

    /** Coefficients of p(x − centre) expanded in powers of x (binomial expansion). */
    private static double[] uncentred(double[] centred, double centre) {
        int degree = centred.length - 1;
        double[] out = new double[centred.length];
        for (int j = 0; j <= degree; j++) {
            int power = degree - j;
            double binomial = 1;
            for (int k = 0; k <= power; k++) {
                // term of x^(power − k): C(power, k) (−centre)^k
                out[degree - (power - k)] += centred[j] * binomial * Math.pow(-centre, k);
                binomial = binomial * (power - k) / (k + 1);
            }
        }
        return out;
    }

    /** p(x) with coefficients highest power first. */
    public static double evaluate(double[] coefficients, double x) {
        double value = 0;
        for (double c : coefficients) {
            value = value * x + c;
        }
        return value;
    }
}
