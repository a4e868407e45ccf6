package org.parseq.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {

    private static double eval(String text, Map<String, Double> names) {
        List<String> keys = List.copyOf(names.keySet());
        double[] slots = new double[keys.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = names.get(keys.get(i));
        }
        return ExpressionParser.parse(text).bind(r -> r.isLocal() ? keys.indexOf(r.name()) : -1).evaluate(slots);
    }

    private static double eval(String text) {
        return eval(text, Map.of());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "1 + 2 * 3; 7",
        "(1 + 2) * 3; 9",
        "10 / 4 / 5; 0.5",
        "10 - 4 - 3; 3",
        "-2^2; -4",
        "(-2)^2; 4",
        "2^3^2; 512",
        "2**3**2; 512",
        "2^-1; 0.5",
        "-2 * -3; 6",
        "2 * 3 ** 2; 18",
        "1.5e2 + 2E-1; 150.2",
        "--3; 3",
        "+4 - -1; 5",
        "2 ^ 2 * 3; 12",
        "max(1, 5, 3) - min(4, 2); 3",
        "poly(2, 1, 3, 4); 23",
        "np.exp(0) + numpy.sqrt(16); 5",
        "arctan(1) * 4 - pi; 0",
        "abs(-2) + sign(-3); 1",
    })
    void precedenceAndAssociativity(String text, double expected) {
        assertEquals(expected, eval(text), 1e-12, text);
    }

    @Test
    void peakAndStepShapes() {
        double s = 0.7;
        assertEquals(Math.exp(-0.5) / (s * Math.sqrt(2 * Math.PI)), eval("gau(1.7, 1, 0.7)"), 1e-15);
        assertEquals(1 / (Math.PI * s), eval("lor(3, 3, 0.7)"), 1e-15, "Lorentzian peak height 1/(π·HWHM)");
        assertEquals(0.5 * eval("lor(3, 3, 0.7)"), eval("lor(3.7, 3, 0.7)"), 1e-15, "s is the half width at half maximum");
        assertEquals(0.5 * eval("pvoigt(2, 2, 0.4, 0.3)"), eval("pvoigt(2.4, 2, 0.4, 0.3)"), 1e-15,
                "pseudo-Voigt: s is the half width at half maximum of both parts");
        assertEquals(0.75, eval("atanstep(2, 1, 1)"), 1e-15);
        assertEquals(0.5 * (1 + 0.6826894921370859), eval("erfstep(1, 0, 1)"), 1e-12, "erfstep = ∫gau");
        assertEquals(0.8427007929497149, eval("erf(1)"), 1e-14);
    }

    @Test
    void namesIndexedNamesAndOtherItems() {
        assertEquals(7, eval("w1 + 2 * w[2]", Map.of("w1", 1.0, "w2", 3.0)), 0);
        Expression e = ExpressionParser.parse("item[\"Ru-CeRu2\"].r1 + fit['CE0074'].r1 - r1");
        assertEquals(List.of(new Reference("Ru-CeRu2", "r1"), new Reference("CE0074", "r1"), Reference.local("r1")),
                List.copyOf(e.references()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "1 +; ends too early",
        "(1 + 2; ')' expected",
        "1 + 2); unexpected ')'",
        "foo(1); unknown function 'foo'",
        "exp(1, 2); exp (1 argument) called with 2 arguments",
        "gau(1); gau (3 arguments) called with 1 argument",
        "2 $ 3; unexpected '$'",
        "item[r1].x; needs a quoted item name",
        "w[a]; whole number",
        "__import__('os'); unknown function '__import__'",
    })
    void syntaxErrorsSayWhereAndWhat(String text, String expected) {
        FitException ex = assertThrows(FitException.class, () -> ExpressionParser.parse(text));
        assertTrue(ex.getMessage().contains(expected), ex.getMessage());
        assertTrue(ex.getMessage().contains("'" + text + "'"), "names the expression: " + ex.getMessage());
    }

    @Test
    void unknownNamesAreReportedWhenBound() {
        FitException ex = assertThrows(FitException.class, () -> eval("a + b", Map.of("a", 1.0)));
        assertTrue(ex.getMessage().contains("unknown name 'b'"), ex.getMessage());
    }
}
