package org.parseq.core.correct;

import java.util.List;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * The interpolating spline of degree min(n − 1, 3) through n knots, as the original's
 * corrections draw it: a constant, a line, a parabola, and from four knots on the cubic spline
 * with "not-a-knot" ends (the third derivative continuous across the second and the
 * second-to-last knots). Outside the knots the end pieces continue. Written here because
 * Hipparchus offers natural and Akima splines but not the not-a-knot ends, and core cannot use
 * the pipelines' own splines.
 */
final class InterpolatingSpline {

    private final double[] x;
    private final double[] y;
    /** Second derivatives at the knots (cubic case). */
    private final double[] curvature;

    private InterpolatingSpline(double[] x, double[] y, double[] curvature) {
        this.x = x;
        this.y = y;
        this.curvature = curvature;
    }

    /** @param knots at least one, strictly increasing in x */
    static InterpolatingSpline through(List<SplineRegion.Knot> knots) {
        int n = knots.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = knots.get(i).x();
            y[i] = knots.get(i).y();
        }
        return new InterpolatingSpline(x, y, n >= 4 ? notAKnotCurvature(x, y) : null);
    }

    double value(double at) {
        int n = x.length;
        if (n == 1) {
            return y[0];
        }
        if (n == 2) {
            return y[0] + (y[1] - y[0]) * (at - x[0]) / (x[1] - x[0]);
        }
        if (n == 3) {
            return y[0] * (at - x[1]) * (at - x[2]) / ((x[0] - x[1]) * (x[0] - x[2]))
                    + y[1] * (at - x[0]) * (at - x[2]) / ((x[1] - x[0]) * (x[1] - x[2]))
                    + y[2] * (at - x[0]) * (at - x[1]) / ((x[2] - x[0]) * (x[2] - x[1]));
        }
        int piece = 0;
        while (piece < n - 2 && at > x[piece + 1]) {
            piece++;
        }
        double h = x[piece + 1] - x[piece];
        double right = x[piece + 1] - at;
        double left = at - x[piece];
        return curvature[piece] * right * right * right / (6 * h)
                + curvature[piece + 1] * left * left * left / (6 * h)
                + (y[piece] / h - curvature[piece] * h / 6) * right
                + (y[piece + 1] / h - curvature[piece + 1] * h / 6) * left;
    }

    private static double[] notAKnotCurvature(double[] x, double[] y) {
        int n = x.length;
        double[] h = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            h[i] = x[i + 1] - x[i];
        }
        Array2DRowRealMatrix system = new Array2DRowRealMatrix(n, n);
        RealVector rhs = new ArrayRealVector(n);
        // the third derivative is the same on both sides of the second and the second-to-last knot
        system.setEntry(0, 0, 1 / h[0]);
        system.setEntry(0, 1, -1 / h[0] - 1 / h[1]);
        system.setEntry(0, 2, 1 / h[1]);
        system.setEntry(n - 1, n - 3, 1 / h[n - 3]);
        system.setEntry(n - 1, n - 2, -1 / h[n - 3] - 1 / h[n - 2]);
        system.setEntry(n - 1, n - 1, 1 / h[n - 2]);
        for (int i = 1; i < n - 1; i++) {
            system.setEntry(i, i - 1, h[i - 1]);
            system.setEntry(i, i, 2 * (h[i - 1] + h[i]));
            system.setEntry(i, i + 1, h[i]);
            rhs.setEntry(i, 6 * ((y[i + 1] - y[i]) / h[i] - (y[i] - y[i - 1]) / h[i - 1]));
        }
        return new LUDecomposition(system).getSolver().solve(rhs).toArray();
    }
}
