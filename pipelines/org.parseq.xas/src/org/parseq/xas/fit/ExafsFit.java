package org.parseq.xas.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parseq.core.fit.Expression;
import org.parseq.core.fit.ExpressionParser;
import org.parseq.core.fit.FitAssembly;
import org.parseq.core.fit.FitException;
import org.parseq.core.fit.FitParameter;
import org.parseq.core.fit.FitResult;
import org.parseq.core.fit.ItemFit;
import org.parseq.core.fit.ItemParameters;
import org.parseq.core.fit.LeastSquares;
import org.parseq.core.fit.ParameterSpace;
import org.parseq.core.fit.Reference;
import org.parseq.core.fit.Residuals;
import org.parseq.core.fit.SolverOptions;
import org.parseq.xas.numerics.FourierTransforms;

/**
 * EXAFS fit of FEFF shells to BFT data (xas-algorithms.md §9), single or joint: an item
 * whose ties name another item's parameters ({@code item["alias"].r1}) is fitted together
 * with it (and, recursively, with what that one refers to) as one least-squares problem,
 * observations and varied parameters concatenated in the order [started item, referenced
 * items…]. Parameters per item: {@code r1, n1, s1, e1, r2, …, s0} and the metavariables.
 * A pure function of its arguments.
 */
public final class ExafsFit {

    private ExafsFit() {
    }

    /**
     * Fits {@code started} and the items its ties refer to.
     *
     * @param available items by alias; must hold the started one and every referenced one, the
     *                  others in the order they join the fit (the data tree's in the original)
     */
    public static FitResult fit(String started, Map<String, ExafsItem> available, SolverOptions options) {
        List<ExafsItem> items = participants(started, available);
        List<ItemParameters> params = new ArrayList<>();
        for (ExafsItem item : items) {
            params.add(new ItemParameters(item.alias(), parametersOf(item)));
        }
        ParameterSpace space = new ParameterSpace(params, ParameterSpace.TieRule.FIRST_ITEM_UNTIED);
        List<ExafsModel> models = new ArrayList<>();
        List<ExafsObservations> observations = new ArrayList<>();
        int total = 0;
        double nind = 0;
        for (ExafsItem item : items) {
            models.add(new ExafsModel(item.shells(), item.kw(), modelSlots(space, item)));
            ExafsObservations obs = new ExafsObservations(item);
            observations.add(obs);
            total += obs.size();
            nind += obs.independentPoints;
        }
        double[] observed = new double[total];
        int offset = 0;
        for (ExafsObservations obs : observations) {
            System.arraycopy(obs.observed, 0, observed, offset, obs.size());
            offset += obs.size();
        }
        Residuals residuals = p -> {
            double[] m = modelVector(space.values(p), items, models, observations, observed.length);
            for (int i = 0; i < m.length; i++) {
                m[i] -= observed[i];
            }
            return m;
        };
        double[] start = space.start();
        LeastSquares.Outcome o;
        try {
            o = LeastSquares.minimize(residuals, start, space.lowerBounds(), space.upperBounds(),
                    options == null ? SolverOptions.ORIGINAL : options);
        } catch (FitException ex) {
            throw new FitException("item '" + started + "': " + ex.getMessage(), ex);
        }
        if (!o.converged()) {
            return failed(space, items, models, observations, start, o);
        }
        double[] p = o.values();
        double nu = nind - p.length;
        double[] sigma = new double[total];
        offset = 0;
        for (ExafsObservations obs : observations) {
            System.arraycopy(obs.sigma, 0, sigma, offset, obs.size());
            offset += obs.size();
        }
        ExafsStatistics stats = new ExafsStatistics(q -> {
            double[] m = modelVector(space.values(q), items, models, observations, observed.length);
            double chi2 = 0;
            for (int i = 0; i < m.length; i++) {
                double d = (observed[i] - m[i]) / sigma[i];
                chi2 += d * d;
            }
            return chi2;
        }, p, o.errors(), space.lowerBounds(), space.upperBounds(), nu);
        List<ItemFit> fits = itemFits(space, items, models, observations, p, o.errors(),
                new double[][] {stats.errorA, stats.errorB});
        return new FitResult(fits, space.variedNames(), stats.correlation, fits.get(fits.size() - 1).rFactor(),
                stats.chiSquare, total, p.length, nind, true, o.status(), o.message(), o.evaluations());
    }

    private static FitResult failed(ParameterSpace space, List<ExafsItem> items, List<ExafsModel> models,
            List<ExafsObservations> observations, double[] start, LeastSquares.Outcome o) {
        List<ItemFit> fits = itemFits(space, items, models, observations, start, null, null);
        int n = start.length;
        double[][] identity = new double[n][n];
        for (int i = 0; i < n; i++) {
            identity[i][i] = 1;
        }
        double nind = 0;
        int total = 0;
        for (ExafsObservations obs : observations) {
            nind += obs.independentPoints;
            total += obs.size();
        }
        return new FitResult(fits, space.variedNames(), identity, fits.get(fits.size() - 1).rFactor(), Double.NaN,
                total, n, nind, false, o.status(), "item '" + items.get(0).alias()
                        + "': the EXAFS fit did not converge (" + o.message() + "); the parameters keep their start values",
                o.evaluations());
    }

    private static List<ItemFit> itemFits(ParameterSpace space, List<ExafsItem> items, List<ExafsModel> models,
            List<ExafsObservations> observations, double[] p, double[] errors, double[][] extra) {
        double[] values = space.values(p);
        List<ItemFit> fits = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ExafsItem item = items.get(i);
            ExafsObservations obs = observations.get(i);
            double[] bftfit = models.get(i).evaluate(values, item.bftk());
            double[] modelObs = new double[obs.size()];
            obs.modelObservations(bftfit, modelObs, 0);
            double r = FitAssembly.rFactor(obs.observed, modelObs);
            Map<String, double[]> curves = new LinkedHashMap<>();
            curves.put("bftfit", bftfit);
            curves.put("ftfit", FourierTransforms.makeFt(item.bftk(), bftfit, item.ft(), item.krange(),
                    item.datakmax(), item.dk()).ft());
            fits.add(new ItemFit(item.alias(), FitAssembly.itemParameters(space, i, p, errors, extra), r, obs.size(),
                    curves));
        }
        return fits;
    }

    private static double[] modelVector(double[] values, List<ExafsItem> items, List<ExafsModel> models,
            List<ExafsObservations> observations, int total) {
        double[] out = new double[total];
        int offset = 0;
        for (int i = 0; i < items.size(); i++) {
            double[] model = models.get(i).evaluate(values, items.get(i).bftk());
            observations.get(i).modelObservations(model, out, offset);
            offset += observations.get(i).size();
        }
        return out;
    }

    /**
     * The started item, then the items its ties reach, in the order of {@code available} (the
     * original joins them in the order of its data tree; the last one's R is the one reported).
     */
    private static List<ExafsItem> participants(String started, Map<String, ExafsItem> available) {
        Set<String> reached = new LinkedHashSet<>();
        visit(started, null, available, reached);
        List<ExafsItem> order = new ArrayList<>();
        order.add(available.get(started));
        for (Map.Entry<String, ExafsItem> e : available.entrySet()) {
            if (!e.getKey().equals(started) && reached.contains(e.getKey())) {
                order.add(e.getValue());
            }
        }
        return order;
    }

    private static void visit(String alias, String referrer, Map<String, ExafsItem> available, Set<String> order) {
        if (!order.add(alias)) {
            return;
        }
        ExafsItem item = available.get(alias);
        if (item == null) {
            order.remove(alias);
            throw new FitException(referrer == null ? "item '" + alias + "' has no EXAFS fit data"
                    : "item '" + referrer + "': a tie refers to item '" + alias + "', which has no EXAFS fit data");
        }
        for (FitParameter p : parametersOf(item)) {
            if (p.tieKind() == FitParameter.TieKind.NONE || p.isFixed()) {
                continue;
            }
            Expression e;
            try {
                e = ExpressionParser.parse(p.tieExpression());
            } catch (FitException ex) {
                continue; // reported with item and parameter when the ties are compiled
            }
            for (Reference r : e.references()) {
                if (!r.isLocal()) {
                    visit(r.item(), alias, available, order);
                }
            }
        }
    }

    /** r1, n1, s1, e1, r2, …, s0, metavariables; parameters of unused shells are fixed. */
    static List<FitParameter> parametersOf(ExafsItem item) {
        List<FitParameter> out = new ArrayList<>();
        List<ExafsShell> shells = item.shells();
        for (int i = 0; i < shells.size(); i++) {
            ExafsShell s = shells.get(i);
            String index = Integer.toString(i + 1);
            out.add(named(s.r(), "r" + index, s.use()));
            out.add(named(s.n(), "n" + index, s.use()));
            out.add(named(s.s(), "s" + index, s.use()));
            out.add(named(s.e(), "e" + index, s.use()));
        }
        out.add(named(item.s0(), "s0", true));
        out.addAll(item.metavariables());
        return out;
    }

    private static FitParameter named(FitParameter p, String name, boolean use) {
        return new FitParameter(name, p.value(), p.min(), p.max(), p.fixed() || !use, p.tie(), p.error());
    }

    private static int[] modelSlots(ParameterSpace space, ExafsItem item) {
        int shells = item.shells().size();
        int[] slots = new int[4 * shells + 1];
        String[] names = {"r", "n", "s", "e"};
        for (int i = 0; i < shells; i++) {
            for (int q = 0; q < 4; q++) {
                slots[4 * i + q] = space.slotIn(item.alias(), Reference.local(names[q] + (i + 1)));
            }
        }
        slots[4 * shells] = space.slotIn(item.alias(), Reference.local("s0"));
        return slots;
    }
}
