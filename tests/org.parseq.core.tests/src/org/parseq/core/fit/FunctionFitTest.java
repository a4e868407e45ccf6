package org.parseq.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionFitTest {

    private static Curve data(java.util.function.DoubleUnaryOperator f) {
        int n = 400;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 7100 + 0.1 * i;
            y[i] = f.applyAsDouble(x[i]);
        }
        return new Curve(x, y);
    }

    @ParameterizedTest(name = "bounded = {0}")
    @ValueSource(booleans = {false, true})
    void aGaussianOnALinearBackground(boolean bounded) {
        Curve c = data(x -> 2.5 * MathFunctions.gaussian(x, 7118, 1.3) + 0.1 + 0.002 * (x - 7100));
        double inf = Double.POSITIVE_INFINITY;
        List<FitParameter> params = List.of(
                FitParameter.free("a", 1, bounded ? 0 : -inf, bounded ? 10 : inf),
                FitParameter.free("m", 7117, bounded ? 7110 : -inf, bounded ? 7125 : inf),
                FitParameter.free("s", 2, bounded ? 0.1 : -inf, bounded ? 5 : inf),
                FitParameter.unbounded("b0", 0),
                FitParameter.unbounded("b1", 0));
        FitResult r = FunctionFit.fit("pre-edge", c, new FunctionFit.Settings(
                "a*gau(x, m, s) + b0 + b1*(x - 7100)", params, Double.NaN, Double.NaN, null));
        assertTrue(r.converged(), r.message());
        assertEquals(2.5, r.first().parameter("a").value(), 1e-6);
        assertEquals(7118, r.first().parameter("m").value(), 1e-6);
        assertEquals(1.3, r.first().parameter("s").value(), 1e-6);
        assertEquals(0.1, r.first().parameter("b0").value(), 1e-7);
        assertEquals(0.002, r.first().parameter("b1").value(), 1e-9);
        assertTrue(r.rFactor() < 1e-14, "R = " + r.rFactor());
    }

    @Test
    void twoLorentziansWithATiedSplitting() {
        Curve c = data(x -> 1.0 * MathFunctions.lorentzian(x, 7115, 0.8) + 0.4 * MathFunctions.lorentzian(x, 7117.5, 0.8));
        List<FitParameter> params = List.of(
                FitParameter.free("a1", 0.5, 0, 5), FitParameter.free("m1", 7114.5, 7110, 7120),
                FitParameter.free("w", 1, 0.1, 3),
                FitParameter.free("a2", 0.5, 0, 5), FitParameter.unbounded("m2", 0).withTie("=m1 + 2.5"));
        FitResult r = FunctionFit.fit("pre-edge", c, new FunctionFit.Settings(
                "a1*lor(x, m1, w) + a2*lor(x, m2, w)", params, 7105, 7125, null));
        assertTrue(r.converged(), r.message());
        assertEquals(List.of("a1", "m1", "w", "a2"), r.variedNames());
        assertEquals(7117.5, r.first().parameter("m2").value(), 1e-6);
        assertFalse(r.first().parameter("m2").varied());
        assertEquals(0.4, r.first().parameter("a2").value(), 1e-7);
        assertEquals(0.8, r.first().parameter("w").value(), 1e-7);
    }

    @Test
    void formulaErrorsNameTheItem() {
        Curve c = data(x -> x);
        FitException unknown = assertThrows(FitException.class, () -> FunctionFit.fit("item A", c,
                new FunctionFit.Settings("a*x + c", List.of(FitParameter.unbounded("a", 1)), Double.NaN, Double.NaN,
                        null)));
        assertTrue(unknown.getMessage().startsWith("item 'item A': formula: "), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("unknown name 'c'"), unknown.getMessage());
        FitException named = assertThrows(FitException.class, () -> FunctionFit.fit("item A", c,
                new FunctionFit.Settings("x", List.of(FitParameter.unbounded("x", 1)), Double.NaN, Double.NaN, null)));
        assertTrue(named.getMessage().contains("may not be called 'x'"), named.getMessage());
        FitException nothing = assertThrows(FitException.class, () -> FunctionFit.fit("item A", c,
                new FunctionFit.Settings("a*x", List.of(FitParameter.fixedAt("a", 1)), Double.NaN, Double.NaN, null)));
        assertTrue(nothing.getMessage().contains("item 'item A': no parameter is varied"), nothing.getMessage());
    }

    @Test
    void aFloatingPointErrorFailsTheFitAsInTheOriginal() {
        Curve c = data(x -> Math.log(x - 7000));
        FitException ex = assertThrows(FitException.class, () -> FunctionFit.fit("item B", c,
                new FunctionFit.Settings("log(x - m)", List.of(FitParameter.free("m", 7150, 6000, 7200)), Double.NaN,
                        Double.NaN, null)));
        assertTrue(ex.getMessage().startsWith("item 'item B': floating-point error: the model is not finite"),
                ex.getMessage());
    }

    @Test
    void aFitThatDoesNotConvergeKeepsItsStartValuesAndSaysSo() {
        Curve c = data(x -> 2.5 * MathFunctions.gaussian(x, 7118, 1.3));
        FitResult r = FunctionFit.fit("slow", c, new FunctionFit.Settings("a*gau(x, m, s)",
                List.of(FitParameter.free("a", 1, 0, 10), FitParameter.free("m", 7116, 7110, 7125),
                        FitParameter.free("s", 2, 0.1, 5)),
                Double.NaN, Double.NaN, new SolverOptions(1e-8, 1e-8, 1e-8, 2)));
        assertFalse(r.converged());
        assertTrue(r.message().startsWith("item 'slow': the fit did not converge"), r.message());
        assertEquals(7116, r.first().parameter("m").value(), 0);
        assertTrue(Double.isNaN(r.first().parameter("m").error()));
    }
}
