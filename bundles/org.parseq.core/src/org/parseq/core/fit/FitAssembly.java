package org.parseq.core.fit;

import java.util.ArrayList;
import java.util.List;

/** Pieces shared by the fits: turning solver output into per-item parameters and correlations. */
public final class FitAssembly {

    private FitAssembly() {
    }

    /**
     * The parameters of one item after the fit: all slot values (ties applied), errors for
     * the varied ones; when the fit did not converge the start values and no errors.
     *
     * @param varied the varied vector the values were made from
     * @param errors per varied parameter (null for none)
     * @param extraErrors optional second and third error per varied parameter (EXAFS), or null
     */
    public static List<FittedParameter> itemParameters(ParameterSpace space, int itemIndex, double[] varied,
            double[] errors, double[][] extraErrors) {
        double[] values = space.values(varied);
        String item = space.items().get(itemIndex).item();
        List<FittedParameter> out = new ArrayList<>();
        for (int slot = 0; slot < space.slotCount(); slot++) {
            Reference r = space.slot(slot);
            if (!r.item().equals(item)) {
                continue;
            }
            int v = variedIndex(space, slot);
            double err = v >= 0 && errors != null ? errors[v] : Double.NaN;
            double errA = v >= 0 && extraErrors != null ? extraErrors[0][v] : Double.NaN;
            double errB = v >= 0 && extraErrors != null ? extraErrors[1][v] : Double.NaN;
            out.add(new FittedParameter(r.name(), values[slot], err, errA, errB, v >= 0));
        }
        return out;
    }

    private static int variedIndex(ParameterSpace space, int slot) {
        for (int i = 0; i < space.variedCount(); i++) {
            if (space.variedSlot(i) == slot) {
                return i;
            }
        }
        return -1;
    }

    /** Correlation from a covariance; rows of parameters with zero or infinite variance get 0 off the diagonal. */
    public static double[][] correlation(double[][] cov) {
        int n = cov.length;
        double[][] corr = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = Math.sqrt(cov[i][i] * cov[j][j]);
                corr[i][j] = i == j ? 1.0 : d > 0 && Double.isFinite(d) ? cov[i][j] / d : 0.0;
            }
        }
        return corr;
    }

    /** R = Σ(y − fit)²/Σy². */
    public static double rFactor(double[] y, double[] fit) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < y.length; i++) {
            double d = y[i] - fit[i];
            num += d * d;
            den += y[i] * y[i];
        }
        return num / den;
    }

    /** Indices of x within [xmin, xmax] (inclusive; NaN limits mean no limit). */
    public static int[] selectRange(double[] x, double xmin, double xmax) {
        int count = 0;
        int[] idx = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            if ((Double.isNaN(xmin) || x[i] >= xmin) && (Double.isNaN(xmax) || x[i] <= xmax)) {
                idx[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(idx, count);
    }

    /** The failure message of a fit that did not converge. */
    static String notConverged(String item, String solverMessage) {
        return "item '" + item + "': the fit did not converge (" + solverMessage
                + "); the parameters keep their start values";
    }
}
