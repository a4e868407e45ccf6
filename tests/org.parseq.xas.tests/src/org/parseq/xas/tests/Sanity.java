package org.parseq.xas.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.engine.ResultStore;
import org.parseq.xas.pipeline.XasNodes;

/**
 * Physical sanity of one item's results where no reference output exists: every node computed;
 * E0 on the rising part of the edge; a positive edge step; χ(k) oscillating about zero without
 * growing at high k; the k grid starting at kmin with step dk. The thresholds are loose
 * physical bounds (a normalised edge rises from 0 to about 1; EXAFS χ is a small fraction of
 * the edge step), not values fitted to these data.
 */
record Sanity(String name, double e0, double edgeStep, double normAtE0, double kFirst, double kLast,
        double chiMeanOverRms, double crossingsPerInvA, double maxAbsChi, double highToMidRms, List<String> problems) {

    /** χ is a modulation of the absorption: |χ| of a few tenths is already extreme. */
    static final double MAX_ABS_CHI = 0.5;
    /** k^kw·χ in the last fifth of the range may grow by noise, not by an order of magnitude. */
    static final double MAX_HIGH_TO_MID = 5;

    boolean ok() {
        return problems.isEmpty();
    }

    String row() {
        return String.format("%-48s %10.3f %10.4g %6.2f %6.3f %7.3f %6.2f %5.2f %6.3f %5.2f %s", name, e0, edgeStep,
                normAtE0, kFirst, kLast, chiMeanOverRms, crossingsPerInvA, maxAbsChi, highToMidRms,
                ok() ? "ok" : "FAIL " + problems);
    }

    static String header() {
        return String.format("%-48s %10s %10s %6s %6s %7s %6s %5s %6s %5s %s", "dataset", "E0 eV", "edge step",
                "nrm@E0", "k0", "k last", "mean/", "0x/k", "max|χ|", "hi/md", "result");
    }

    /**
     * @param nextEdge energy (eV) of a further absorption edge inside the scan, or NaN. With
     *                 one, the high-k checks are skipped: a smooth µ0 cannot follow a second
     *                 step, so χ near and beyond it is not EXAFS (the original gives the same)
     */
    static Sanity of(String name, ResultStore store, String itemId, Map<String, Object> parameters, double nextEdge) {
        List<String> problems = new ArrayList<>();
        NodeResult mu = store.resultOrEmpty(itemId, XasNodes.MU);
        NodeResult chi = store.resultOrEmpty(itemId, XasNodes.CHI);
        for (String node : List.of(XasNodes.MU, XasNodes.CHI, XasNodes.FT, XasNodes.BFT)) {
            NodeResult r = store.resultOrEmpty(itemId, node);
            if (r.status() != NodeStatus.GOOD) {
                problems.add(node + " " + r.status() + ": " + r.message());
            }
        }
        if (!problems.isEmpty()) {
            return new Sanity(name, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, problems);
        }
        double e0 = mu.scalar("e0").orElseThrow();
        double step = mu.scalar("edgeStep").orElseThrow();
        double[] e = mu.array("e").orElseThrow();
        double[] norm = mu.array("norm").orElseThrow();
        double[] der = mu.array("mu_der").orElseThrow();
        if (!(step > 0)) {
            problems.add("edge step " + step + " is not positive");
        }
        // E0 on the rising part: the normalised µ there is above its pre-edge level and below
        // the top of the edge (the maximum within 100 eV above E0), and µ rises at E0.
        double normAtE0 = interp(e, norm, e0);
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < e.length; i++) {
            if (e[i] >= e0 && e[i] <= e0 + 100) {
                top = Math.max(top, norm[i]);
            }
        }
        if (!(normAtE0 > 0.05 && normAtE0 < 0.95 * top)) {
            problems.add(String.format("E0 %.3f eV is not on the rising edge: norm(E0) = %.3f, edge top %.3f", e0,
                    normAtE0, top));
        }
        if (!(interp(e, der, e0) > 0)) {
            problems.add(String.format("µ does not rise at E0 %.3f eV", e0));
        }

        double[] k = chi.array("k").orElseThrow();
        double[] kchi = chi.array("chi").orElseThrow();
        double kmin = parameters.get("krange") instanceof List<?> kr && !kr.isEmpty() ? ((Number) kr.get(0)).doubleValue()
                : 2.0;
        double dk = parameters.get("dk") instanceof Number d ? d.doubleValue() : 0.025;
        int kw = parameters.get("kw") instanceof Number w ? w.intValue() : 2;
        if (k[0] != kmin) {
            problems.add("k grid starts at " + k[0] + ", not at kmin " + kmin);
        }
        for (int i = 1; i < k.length; i++) {
            if (Math.abs(k[i] - k[i - 1] - dk) > 1e-9) {
                problems.add("k step " + (k[i] - k[i - 1]) + " at k = " + k[i] + " differs from dk " + dk);
                break;
            }
        }
        double sum = 0;
        double sum2 = 0;
        int crossings = 0;
        double maxAbs;
        for (int i = 0; i < k.length; i++) {
            sum += kchi[i];
            sum2 += kchi[i] * kchi[i];
            if (i > 0 && Math.signum(kchi[i]) != Math.signum(kchi[i - 1])) {
                crossings++;
            }
        }
        double kEnd = k[k.length - 1];
        maxAbs = 0;
        for (int i = 0; i < k.length && k[i] <= kEnd; i++) {
            if (k[i] >= 3) {
                maxAbs = Math.max(maxAbs, Math.abs(kchi[i] / Math.pow(k[i], kw)));
            }
        }
        double rms = Math.sqrt(sum2 / k.length);
        double meanOverRms = sum / k.length / rms;
        double span = k[k.length - 1] - k[0];
        double perInvA = crossings / span;
        double checked = kEnd - k[0];
        double hi = rms(k, kchi, k[0] + 0.8 * checked, kEnd);
        double mid = rms(k, kchi, k[0] + 0.2 * checked, k[0] + 0.8 * checked);
        if (!(Math.abs(meanOverRms) < 0.3)) {
            problems.add(String.format("χ·k^kw does not oscillate about 0: mean/RMS = %.2f", meanOverRms));
        }
        if (!(perInvA >= 0.5)) {
            problems.add(String.format("χ·k^kw crosses 0 only %.2f times per Å⁻¹", perInvA));
        }
        if (!(maxAbs < MAX_ABS_CHI) && Double.isNaN(nextEdge)) {
            problems.add(String.format("max |χ| above k = 3 is %.3f", maxAbs));
        }
        if (!(hi / mid < MAX_HIGH_TO_MID) && Double.isNaN(nextEdge)) {
            problems.add(String.format("χ·k^kw blows up at high k: RMS ratio last fifth / middle = %.2f", hi / mid));
        }
        return new Sanity(name, e0, step, normAtE0, k[0], k[k.length - 1], meanOverRms, perInvA, maxAbs, hi / mid,
                problems);
    }

    private static double rms(double[] x, double[] y, double lo, double hi) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= lo && x[i] <= hi) {
                s += y[i] * y[i];
                n++;
            }
        }
        return Math.sqrt(s / Math.max(n, 1));
    }

    private static double interp(double[] x, double[] y, double xq) {
        if (xq <= x[0]) {
            return y[0];
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] >= xq) {
                double t = (xq - x[i - 1]) / (x[i] - x[i - 1]);
                return y[i - 1] + t * (y[i] - y[i - 1]);
            }
        }
        return y[y.length - 1];
    }
}
