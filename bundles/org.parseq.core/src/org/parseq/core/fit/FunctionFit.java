package org.parseq.core.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Function fit (xas-algorithms.md §8): a formula in x and named parameters, in the language
 * of {@link ExpressionParser} (peak and step shapes in {@link MathFunctions}), fitted to 1D
 * data over an x range. A pure function.
 */
public final class FunctionFit {

    /** The variable of the formula. */
    public static final String X = "x";

    /**
     * @param xmin, xmax inclusive fitted range; NaN for no limit (the original fails on a missing
     *                   range, here it means everything)
     */
    public record Settings(String formula, List<FitParameter> parameters, double xmin, double xmax,
            SolverOptions solver) {

        public Settings {
            parameters = List.copyOf(parameters);
            solver = solver == null ? SolverOptions.ORIGINAL : solver;
        }
    }

    private FunctionFit() {
    }

    public static FitResult fit(String item, Curve data, Settings settings) {
        Curve checked = data.checked("item '" + item + "'");
        for (FitParameter p : settings.parameters()) {
            if (p.name().equals(X)) {
                throw new FitException("item '" + item + "': a parameter may not be called 'x', the formula's variable");
            }
        }
        ParameterSpace space = new ParameterSpace(List.of(new ItemParameters(item, settings.parameters())),
                ParameterSpace.TieRule.LIST_ORDER);
        int xSlot = space.slotCount();
        Expression formula;
        try {
            formula = ExpressionParser.parse(settings.formula())
                    .bind(r -> r.isLocal() && r.name().equals(X) ? xSlot : space.slotIn(item, r));
        } catch (FitException ex) {
            throw new FitException("item '" + item + "': formula: " + ex.getMessage(), ex);
        }
        int[] idx = FitAssembly.selectRange(checked.x(), settings.xmin(), settings.xmax());
        if (idx.length == 0) {
            throw new FitException("item '" + item + "': no data point in the x range [" + settings.xmin() + ", "
                    + settings.xmax() + "]");
        }
        double[] x = new double[idx.length];
        double[] y = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            x[i] = checked.x()[idx[i]];
            y[i] = checked.y()[idx[i]];
        }
        Residuals residuals = p -> {
            double[] m = evaluate(formula, space.values(p), x);
            for (int i = 0; i < m.length; i++) {
                m[i] -= y[i];
            }
            return m;
        };
        double[] start = space.start();
        LeastSquares.Outcome o;
        try {
            o = LeastSquares.minimize(residuals, start, space.lowerBounds(), space.upperBounds(), settings.solver());
        } catch (FitException ex) {
            throw new FitException("item '" + item + "': " + ex.getMessage(), ex);
        }
        double[] p = o.converged() ? o.values() : start;
        double[] fitted = evaluate(formula, space.values(p), x);
        double[] full = evaluate(formula, space.values(p), checked.x());
        double[] residual = new double[full.length];
        for (int i = 0; i < full.length; i++) {
            residual[i] = checked.y()[i] - full[i];
        }
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("fit", full);
        curves.put("residual", residual);
        double r = FitAssembly.rFactor(y, fitted);
        ItemFit itemFit = new ItemFit(item,
                FitAssembly.itemParameters(space, 0, p, o.converged() ? o.errors() : null, null), r, x.length,
                curves);
        String message = o.converged() ? o.message() : FitAssembly.notConverged(item, o.message());
        return new FitResult(List.of(itemFit), space.variedNames(), FitAssembly.correlation(o.covariance()), r,
                Double.NaN, x.length, space.variedCount(), Double.NaN, o.converged(), o.status(), message,
                o.evaluations());
    }

    private static double[] evaluate(Expression formula, double[] values, double[] x) {
        double[] slots = java.util.Arrays.copyOf(values, values.length + 1);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            slots[values.length] = x[i];
            out[i] = formula.evaluate(slots);
        }
        return out;
    }
}
