package org.parseq.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LinearCombinationFitTest {

    private static Curve synthetic(double center, double width, double peak) {
        int n = 300;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -10 + 0.07 * i;
            y[i] = 0.5 * (1 + Math.tanh((x[i] - center) / width)) + peak * Math.exp(-Math.pow(x[i] - center - 1, 2));
        }
        return new Curve(x, y);
    }

    private static Curve mixture(Curve grid, Curve a, double wa, double dxa, Curve b, double wb, double dxb) {
        double[] y = new double[grid.x().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = wa * a.interpolateExtrapolate(grid.x()[i], dxa) + wb * b.interpolateExtrapolate(grid.x()[i], dxb);
        }
        return new Curve(grid.x(), y);
    }

    private static LinearCombinationFit.Component component(String name, double w, double dx) {
        return new LinearCombinationFit.Component(name, true, FitParameter.free("w", w, 0, 1),
                FitParameter.free("dx", dx, -1, 1));
    }

    @Test
    void recoversWeightsAndShiftsOfASyntheticMixture() {
        Curve a = synthetic(0, 1, 0.8);
        Curve b = synthetic(1.5, 2, 0.1);
        Curve data = mixture(synthetic(0, 1, 0), a, 0.3, 0.4, b, 0.7, -0.2);
        FitResult r = LinearCombinationFit.fit(new LinearCombinationFit.Input("mix", data, Map.of("a", a, "b", b)),
                new LinearCombinationFit.Settings(List.of(component("a", 0.5, 0), component("b", 0.5, 0)), -8, 8,
                        false, true, null));
        assertTrue(r.converged(), r.message());
        assertEquals(0.3, r.first().parameter("w1").value(), 1e-6);
        assertEquals(0.4, r.first().parameter("dx1").value(), 1e-5);
        assertEquals(0.7, r.first().parameter("w2").value(), 1e-6);
        assertEquals(-0.2, r.first().parameter("dx2").value(), 1e-5);
        assertTrue(r.rFactor() < 1e-12, "R = " + r.rFactor());
        assertEquals(4, r.variables());
        assertEquals(data.x().length, r.first().curves().get("fit").length);
        assertEquals(229, r.points(), "points with -8 <= x <= 8");
    }

    @Test
    void weightsSummingToOneAndFixedShifts() {
        Curve a = synthetic(0, 1, 0.8);
        Curve b = synthetic(1.5, 2, 0.1);
        Curve data = mixture(a, a, 0.25, 0, b, 0.75, 0);
        FitResult r = LinearCombinationFit.fit(new LinearCombinationFit.Input("mix", data, Map.of("a", a, "b", b)),
                new LinearCombinationFit.Settings(List.of(component("a", 0.5, 0), component("b", 0.1, 0)), Double.NaN,
                        Double.NaN, true, false, null));
        assertTrue(r.converged(), r.message());
        assertEquals(List.of("w1"), r.variedNames(), "w2 = 1 - w1, the shifts fixed");
        assertEquals(0.25, r.first().parameter("w1").value(), 1e-9);
        assertEquals(0.75, r.first().parameter("w2").value(), 1e-9);
        assertFalse(r.first().parameter("w2").varied());
        assertEquals(data.x().length, r.points(), "NaN limits: the whole range");
    }

    @Test
    void aTieInTheOriginalsIndexedNotation() {
        Curve a = synthetic(0, 1, 0.8);
        Curve b = synthetic(1.5, 2, 0.1);
        Curve data = mixture(a, a, 0.2, 0.3, b, 0.6, 0.3);
        LinearCombinationFit.Component tied = new LinearCombinationFit.Component("b", true,
                FitParameter.free("w", 0.5, 0, 1), FitParameter.free("dx", 0, -1, 1).withTie("=dx[1]"));
        FitResult r = LinearCombinationFit.fit(new LinearCombinationFit.Input("mix", data, Map.of("a", a, "b", b)),
                new LinearCombinationFit.Settings(List.of(component("a", 0.5, 0), tied), Double.NaN, Double.NaN, false,
                        true, null));
        assertEquals(List.of("w1", "dx1", "w2"), r.variedNames());
        assertEquals(0.3, r.first().parameter("dx2").value(), 1e-6);
        assertEquals(0.6, r.first().parameter("w2").value(), 1e-6);
    }

    @Test
    void realReferenceSpectraMixedWithShifts() {
        Curve cu2o = SharedSpectra.flat("cu2o");
        Curve cuo = SharedSpectra.flat("cuo");
        Curve grid = SharedSpectra.flat("mix1");
        Curve data = mixture(grid, cu2o, 0.35, -0.3, cuo, 0.65, 0.5);
        Map<String, Curve> refs = new HashMap<>();
        refs.put("cu2o", cu2o);
        refs.put("cuo", cuo);
        refs.put("cus", SharedSpectra.flat("cus"));
        LinearCombinationFit.Component unused = new LinearCombinationFit.Component("cus", false,
                FitParameter.free("w", 0.1, 0, 1), FitParameter.free("dx", 0, -1, 1));
        FitResult r = LinearCombinationFit.fit(new LinearCombinationFit.Input("synthetic", data, refs),
                new LinearCombinationFit.Settings(List.of(component("cu2o", 0.5, 0), unused, component("cuo", 0.5, 0)),
                        8900, 9300, false, true, null));
        assertTrue(r.converged(), r.message());
        assertEquals(0.35, r.first().parameter("w1").value(), 1e-7);
        assertEquals(-0.3, r.first().parameter("dx1").value(), 1e-5);
        assertEquals(0.65, r.first().parameter("w3").value(), 1e-7, "numbered by list position");
        assertEquals(0.5, r.first().parameter("dx3").value(), 1e-5);
        assertEquals(null, r.first().parameter("w2"), "an unused reference has no parameters");
    }

    @Test
    void thePinholeFractionIsFittedWithTheWeights() {
        Curve a = synthetic(0, 1, 0.8);
        Curve b = synthetic(1.5, 2, 0.1);
        int n = a.x().length;
        double[] pre = new double[n];
        double[] post = new double[n];
        double[] y = new double[n];
        double f = 0.15;
        for (int i = 0; i < n; i++) {
            double x = a.x()[i];
            pre[i] = 0.2 - 0.01 * x;
            post[i] = 1.5 + 0.02 * x;
            double mu = (0.3 * a.y()[i] + 0.7 * b.y()[i]) * (post[i] - pre[i]) + pre[i];
            double dPre = -Math.log((1 - f) * Math.exp(-pre[i]) + f);
            double dPost = -Math.log((1 - f) * Math.exp(-post[i]) + f);
            y[i] = (-Math.log((1 - f) * Math.exp(-mu) + f) - dPre) / (dPost - dPre);
        }
        LinearCombinationFit.Settings settings = new LinearCombinationFit.Settings(
                List.of(component("a", 0.5, 0), component("b", 0.5, 0)), Double.NaN, Double.NaN, false, false,
                List.of(FitParameter.free(LinearCombinationFit.PINHOLE, 0.05, 0, 0.9)), null);
        FitResult r = LinearCombinationFit.fit(
                new LinearCombinationFit.Input("thick", new Curve(a.x(), y), Map.of("a", a, "b", b), pre, post), settings);
        assertTrue(r.converged(), r.message());
        assertEquals(List.of("w1", "w2", "pinhole_fraction"), r.variedNames());
        assertEquals(0.15, r.first().parameter("pinhole_fraction").value(), 1e-7);
        assertEquals(0.3, r.first().parameter("w1").value(), 1e-7);
        FitException ex = assertThrows(FitException.class, () -> LinearCombinationFit.fit(
                new LinearCombinationFit.Input("thick", new Curve(a.x(), y), Map.of("a", a, "b", b)), settings));
        assertEquals("item 'thick': pinhole_fraction needs the item's pre- and post-edge curves on its x grid",
                ex.getMessage());
    }

    @Test
    void aMissingReferenceIsNamed() {
        Curve a = synthetic(0, 1, 0.8);
        Map<String, Curve> refs = new HashMap<>();
        refs.put("a", a);
        FitException ex = assertThrows(FitException.class, () -> LinearCombinationFit.fit(
                new LinearCombinationFit.Input("mix", a, refs),
                new LinearCombinationFit.Settings(List.of(component("a", 0.5, 0), component("failed one", 0.5, 0)),
                        Double.NaN, Double.NaN, false, true, null)));
        assertEquals("item 'mix': reference 'failed one' has no data (missing or failed)", ex.getMessage());
        Curve broken = new Curve(new double[] {1, 2, 2}, new double[] {0, 1, 2});
        refs.put("failed one", broken);
        FitException bad = assertThrows(FitException.class, () -> LinearCombinationFit.fit(
                new LinearCombinationFit.Input("mix", a, refs),
                new LinearCombinationFit.Settings(List.of(component("a", 0.5, 0), component("failed one", 0.5, 0)),
                        Double.NaN, Double.NaN, false, true, null)));
        assertEquals("item 'mix': reference 'failed one': x is not increasing at point 2", bad.getMessage());
    }

    @Test
    void anEmptyRangeIsNamed() {
        Curve a = synthetic(0, 1, 0.8);
        FitException ex = assertThrows(FitException.class, () -> LinearCombinationFit.fit(
                new LinearCombinationFit.Input("mix", a, Map.of("a", a)),
                new LinearCombinationFit.Settings(List.of(component("a", 0.5, 0)), 100, 200, false, true, null)));
        assertTrue(ex.getMessage().startsWith("item 'mix': no data point in the x range"), ex.getMessage());
    }
}
