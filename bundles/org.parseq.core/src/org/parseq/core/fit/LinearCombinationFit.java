package org.parseq.core.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Linear combination fit (xas-algorithms.md §7) of any 1D x/y data by reference curves:
 * {@code fit(x) = Σ w_i·L_i(x)}, L_i the linear interpolation, continued linearly outside
 * the table, of reference i shifted by dx_i. The parameters are named {@code w1, dx1, w2, …}
 * by the component's position in the list (1-based, unused components keep their number), so
 * that ties read {@code w1} or, as in the original, {@code w[1]}. A pure function.
 */
public final class LinearCombinationFit {

    /** One reference: the name of the item whose curve it is, whether it is used, its weight and shift. */
    public record Component(String reference, boolean use, FitParameter weight, FitParameter shift) {
    }

    /**
     * @param xmin, xmax        fitted x range, inclusive; NaN for no limit (the original fails on a
     *                          missing range, here it means everything)
     * @param weightsSumToOne   ties the last used weight without a tie to 1 − the other weights
     * @param fitShifts         false keeps every dx at its value
     * @param metavariables     further named parameters for ties; one named {@value #PINHOLE}
     *                          makes the model that of a sample with pinholes (§7)
     */
    public record Settings(List<Component> components, double xmin, double xmax, boolean weightsSumToOne,
            boolean fitShifts, List<FitParameter> metavariables, SolverOptions solver) {

        public Settings {
            components = List.copyOf(components);
            metavariables = List.copyOf(metavariables);
            solver = solver == null ? SolverOptions.ORIGINAL : solver;
        }

        public Settings(List<Component> components, double xmin, double xmax, boolean weightsSumToOne,
                boolean fitShifts, SolverOptions solver) {
            this(components, xmin, xmax, weightsSumToOne, fitShifts, List.of(), solver);
        }
    }

    /**
     * The fitted item's data, the reference curves by name (null for a reference that failed),
     * and the item's pre- and post-edge curves on the data's x (needed for {@value #PINHOLE} only).
     */
    public record Input(String item, Curve data, Map<String, Curve> references, double[] preEdge,
            double[] postEdge) {

        public Input(String item, Curve data, Map<String, Curve> references) {
            this(item, data, references, null, null);
        }
    }

    /** The metavariable of the pinhole model: the fraction f of the beam passing through holes. */
    public static final String PINHOLE = "pinhole_fraction";

    private LinearCombinationFit() {
    }

    public static FitResult fit(Input input, Settings settings) {
        String item = input.item();
        Curve data = input.data().checked("item '" + item + "'");
        List<Integer> used = new ArrayList<>();
        List<Curve> refs = new ArrayList<>();
        List<FitParameter> params = new ArrayList<>();
        List<Component> comps = settings.components();
        for (int i = 0; i < comps.size(); i++) {
            Component c = comps.get(i);
            if (!c.use()) {
                continue;
            }
            Curve ref = input.references().get(c.reference());
            if (ref == null) {
                throw new FitException("item '" + item + "': reference '" + c.reference()
                        + "' has no data (missing or failed)");
            }
            refs.add(ref.checked("item '" + item + "': reference '" + c.reference() + "'"));
            used.add(i);
            params.add(renamed(c.weight(), "w" + (i + 1)));
            FitParameter dx = renamed(c.shift(), "dx" + (i + 1));
            params.add(settings.fitShifts() ? dx : new FitParameter(dx.name(), dx.value(), dx.min(), dx.max(),
                    true, dx.tie(), Double.NaN));
        }
        if (used.isEmpty()) {
            throw new FitException("item '" + item + "': no reference is used");
        }
        if (settings.weightsSumToOne()) {
            tieLastWeight(params, used);
        }
        params.addAll(settings.metavariables());
        int pinhole = -1;
        for (int i = 0; i < params.size(); i++) {
            pinhole = params.get(i).name().equals(PINHOLE) ? i : pinhole;
        }
        Pinhole edges = pinhole < 0 ? null : Pinhole.of(input, pinhole);
        ParameterSpace space = new ParameterSpace(List.of(new ItemParameters(item, params)),
                ParameterSpace.TieRule.UNTIED);
        int[] idx = FitAssembly.selectRange(data.x(), settings.xmin(), settings.xmax());
        if (idx.length == 0) {
            throw new FitException("item '" + item + "': no data point in the x range [" + settings.xmin() + ", "
                    + settings.xmax() + "]");
        }
        double[] x = new double[idx.length];
        double[] y = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            x[i] = data.x()[idx[i]];
            y[i] = data.y()[idx[i]];
        }
        Residuals residuals = p -> {
            double[] m = model(space.values(p), refs, x, idx, edges);
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
        double[] fitted = model(space.values(p), refs, x, idx, edges);
        double[] full = model(space.values(p), refs, data.x(), null, edges);
        double[] residual = new double[full.length];
        for (int i = 0; i < full.length; i++) {
            residual[i] = data.y()[i] - full[i];
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

    /** The model at x; {@code idx} are x's indices in the data (null: all of them). */
    private static double[] model(double[] values, List<Curve> refs, double[] x, int[] idx, Pinhole edges) {
        double[] m = new double[x.length];
        for (int c = 0; c < refs.size(); c++) {
            double w = values[2 * c];
            double dx = values[2 * c + 1];
            Curve ref = refs.get(c);
            for (int i = 0; i < x.length; i++) {
                m[i] += w * ref.interpolateExtrapolate(x[i], dx);
            }
        }
        if (edges != null) {
            edges.apply(m, idx, values[edges.slot()]);
        }
        return m;
    }

    /**
     * The pinhole model (§7): the combination is a normalised µ; with pre- and post-edge
     * curves it becomes µ, is measured through a sample letting the fraction f of the beam
     * pass unabsorbed, {@code µd(µ) = −ln((1−f)e^{−µ} + f)}, and is normalised again.
     */
    private record Pinhole(double[] pre, double[] post, int slot) {

        static Pinhole of(Input input, int slot) {
            int n = input.data().x().length;
            if (input.preEdge() == null || input.postEdge() == null || input.preEdge().length != n
                    || input.postEdge().length != n) {
                throw new FitException("item '" + input.item() + "': " + PINHOLE
                        + " needs the item's pre- and post-edge curves on its x grid");
            }
            return new Pinhole(input.preEdge(), input.postEdge(), slot);
        }

        void apply(double[] m, int[] idx, double f) {
            for (int i = 0; i < m.length; i++) {
                int j = idx == null ? i : idx[i];
                double mu = m[i] * (post[j] - pre[j]) + pre[j];
                double dPre = measured(pre[j], f);
                m[i] = (measured(mu, f) - dPre) / (measured(post[j], f) - dPre);
            }
        }

        private static double measured(double mu, double f) {
            return -Math.log((1 - f) * Math.exp(-mu) + f);
        }
    }

    private static FitParameter renamed(FitParameter p, String name) {
        return new FitParameter(name, p.value(), p.min(), p.max(), p.fixed(), p.tie(), p.error());
    }

    private static void tieLastWeight(List<FitParameter> params, List<Integer> used) {
        int last = 2 * (used.size() - 1);
        if (!params.get(last).tie().isEmpty() || params.get(last).isFixed()) {
            return;
        }
        StringBuilder tie = new StringBuilder("=1");
        for (int c = 0; c < used.size() - 1; c++) {
            tie.append("-w").append(used.get(c) + 1);
        }
        params.set(last, params.get(last).withTie(tie.toString()));
    }
}
