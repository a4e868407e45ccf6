package org.parseq.core.correct;

/**
 * Removes a step in the data: from the first point at or after {@code rightX} on, the curve is
 * shifted down by Δ = y(that point) − {@code rightY}; between {@code left} and {@code rightX}
 * (open interval) the shift grows linearly from 0 to Δ. Nothing changes when no point lies at
 * or after {@code rightX}.
 */
public record RemoveStep(double left, double rightX, double rightY) implements ValueCorrection {

    @Override
    public String kind() {
        return "step";
    }

    @Override
    public double[] corrected(double[] x, double[] y) {
        int firstAfter = -1;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= rightX) {
                firstAfter = i;
                break;
            }
        }
        if (firstAfter < 0) {
            return y;
        }
        double step = y[firstAfter] - rightY;
        double[] result = y.clone();
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= rightX) {
                result[i] -= step;
            } else if (Correction.inside(x[i], left, rightX)) {
                result[i] -= step / (rightX - left) * (x[i] - left);
            }
        }
        return result;
    }
}
