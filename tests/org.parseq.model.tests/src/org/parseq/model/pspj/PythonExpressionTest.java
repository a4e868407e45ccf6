package org.parseq.model.pspj;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleBinaryOperator;

import org.junit.jupiter.api.Test;
import org.parseq.io.DataFormatException;
import org.parseq.io.format.DataSource;
import org.parseq.io.format.Operands;

/**
 * The original's Python data sources in our format language: the texts, and their values
 * computed by io's parser against Python's meaning of the original text.
 */
class PythonExpressionTest {

    private static final double[] A = {1.5, -2.0, 3.25, 0.5};
    private static final double[] B = {4.0, 0.25, -1.0, 2.0};

    /** Column 3 is A, column 4 is B. */
    private static final Operands COLUMNS = new Operands() {
        @Override
        public double[] column(int index) throws DataFormatException {
            return switch (index) {
                case 3 -> A;
                case 4 -> B;
                default -> throw new DataFormatException("test", "Col" + index, "no such column");
            };
        }

        @Override
        public double[] dataset(String path) throws DataFormatException {
            return switch (path) {
                case "a" -> A;
                case "b/c" -> B;
                default -> throw new DataFormatException("test", path, "no such dataset");
            };
        }
    };

    @Test
    void translatesWhatMeansTheSame() throws Exception {
        assertEquals("Col3+Col4", PythonExpression.translate("Col3+Col4"));
        assertEquals("Col3+Col4", PythonExpression.translate("col3 + col4"));
        assertEquals("d[\"measurement/albaem-01_ch1\"]+d[\"measurement/albaem-01_ch2\"]",
                PythonExpression.translate("d[\"measurement/albaem-01_ch1\"] + d[\"measurement/albaem-01_ch2\"]"));
        assertEquals("d[\"a\"]", PythonExpression.translate("d['a']"));
        assertEquals("log(Col3/Col4)", PythonExpression.translate("np.log(Col3/Col4)"));
        assertEquals("sum([Col3, Col4, Col3])", PythonExpression.translate("sum([Col3, Col4, Col3])"));
        assertEquals("linspace(-0.25, 0.25, 151)", PythonExpression.translate("np.linspace(-0.25, 0.25, 151)"));
        assertEquals("arange(0, 10, 0.5)", PythonExpression.translate("numpy.arange(0, 10, 0.5)"));
        assertEquals("-Col3**2", PythonExpression.translate("-Col3**2"));
        assertEquals("(-Col3)**2", PythonExpression.translate("(-Col3)**2"));
        assertEquals("Col3-(Col4-Col3)", PythonExpression.translate("Col3 - (Col4 - Col3)"));
        assertEquals("Col3/(Col4*Col3)", PythonExpression.translate("Col3/(Col4*Col3)"));
        assertEquals("(Col3+Col4)*2", PythonExpression.translate("((Col3 + Col4)) * 2"));
        assertEquals("Col3**Col4**2", PythonExpression.translate("Col3**Col4**2"));
        assertEquals("(Col3**Col4)**2", PythonExpression.translate("(Col3**Col4)**2"));
        assertEquals("2*pi*Col3", PythonExpression.translate("2*np.pi*Col3"));
        assertEquals("abs(Col3)*exp(1)", PythonExpression.translate("abs(Col3)*np.e"));
    }

    @Test
    void ourParserComputesWhatPythonComputes() throws Exception {
        assertValues("Col3+Col4", (a, b) -> a + b);
        assertValues("-Col3**2", (a, b) -> -Math.pow(a, 2));
        assertValues("(-Col3)**2", (a, b) -> Math.pow(-a, 2));
        assertValues("Col3 - (Col4 - Col3) / 2", (a, b) -> a - (b - a) / 2);
        assertValues("2**-Col4", (a, b) -> Math.pow(2, -b));
        assertValues("Col3**2**0.5", (a, b) -> Math.pow(a, Math.pow(2, 0.5)));
        assertValues("np.abs(Col3 - 4*Col4) + np.sqrt(np.abs(Col4))", (a, b) -> Math.abs(a - 4 * b) + Math.sqrt(Math.abs(b)));
        assertValues("sum([Col3, Col4, Col4])", (a, b) -> a + b + b);
        assertValues("d['a'] * d[\"b/c\"] - 1e-3", (a, b) -> a * b - 1e-3);
        assertValues("np.exp(-Col3) * np.cos(np.pi * Col4)", (a, b) -> Math.exp(-a) * Math.cos(Math.PI * b));
    }

    private static void assertValues(String python, DoubleBinaryOperator meaning) throws Exception {
        String ours = PythonExpression.translate(python);
        DataSource.Formula formula = assertInstanceOf(DataSource.Formula.class, DataSource.parse(ours), ours);
        double[] values = formula.expression().evaluate(COLUMNS);
        double[] expected = new double[A.length];
        for (int i = 0; i < A.length; i++) {
            expected[i] = meaning.applyAsDouble(A[i], B[i]);
        }
        assertArrayEquals(expected, values, 1e-15 * 100, python + " -> " + ours);
    }

    @Test
    void refusesWhatMeansAnotherThingOrNothingHere() {
        assertRefused("Col3 ^ 2", "'^' is exclusive or in Python");
        assertRefused("Col3 % 2", "'%' has no counterpart");
        assertRefused("Col3 // 2", "'//' has no counterpart");
        assertRefused("np.sum([Col3, Col4])", "sums all elements into one number");
        assertRefused("sum(Col3, Col4)", "only sum([a, b, ...]) of one list translates");
        assertRefused("Col3[::2]", "indexing or attributes");
        assertRefused("np.diff(Col3)", "'np.diff' has no counterpart");
        assertRefused("np.linspace(0, 1, num=5)", "keyword arguments (num=...)");
        assertRefused("np.linspace(0, Col3, 5)", "must be numbers, not columns or datasets");
        assertRefused("np.linspace(0, 1)", "expected linspace(start, stop, count)");
        assertRefused("scipy.special.erf(Col3)", "is not a name our format language knows");
        assertRefused("1j * Col3", "the number '1j'");
        assertRefused("Col3 if Col4 else Col3", "unexpected 'if'");
        assertRefused("[Col3, Col4]", "expected a number, a column ColN");
        assertRefused("lambda: 0", "'lambda' has no counterpart");
    }

    private static void assertRefused(String python, String reason) {
        PythonExpression.Untranslatable refused = assertThrows(PythonExpression.Untranslatable.class,
                () -> PythonExpression.translate(python), python);
        assertTrue(refused.getMessage().startsWith("\"" + python + "\": "), refused.getMessage());
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }
}
