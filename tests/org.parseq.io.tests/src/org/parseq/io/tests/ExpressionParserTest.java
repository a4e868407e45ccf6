package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parseq.io.DataFormatException;
import org.parseq.io.format.DataSource;
import org.parseq.io.format.Expression;
import org.parseq.io.format.ExpressionParser;
import org.parseq.io.format.Operands;

class ExpressionParserTest {
	private static final double[][] COLUMNS = { { 1, 2, 3 }, { 10, 20, 30 }, { 4, 4, 4 }, { 0.5, 0.25, 2 } };

	private static final Operands OPERANDS = new Operands() {
		private final Map<String, double[]> datasets = Map.of("a/b-c", new double[] { 1, 2 },
				"measurement/albaem-01_ch1", new double[] { 3, 5 }, "measurement/albaem-01_ch2", new double[] { 7, 11 });

		@Override
		public double[] column(int index) throws DataFormatException {
			if (index >= COLUMNS.length) {
				throw new DataFormatException("test", "Col" + index, "no such column");
			}
			return COLUMNS[index].clone();
		}

		@Override
		public double[] dataset(String path) throws DataFormatException {
			double[] values = datasets.get(path);
			if (values == null) {
				throw new DataFormatException("test", path, "no such dataset");
			}
			return values.clone();
		}
	};

	private static double[] eval(String text) throws DataFormatException {
		return ExpressionParser.parse(text).evaluate(OPERANDS);
	}

	private static double scalar(String text) throws DataFormatException {
		double[] values = eval(text);
		assertEquals(1, values.length, text);
		return values[0];
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "1+2*3; 7", "(1+2)*3; 9", "2^3^2; 512", "2**3**2; 512", "-2^2; -4",
			"2^-1; 0.5", "-(-3); 3", "10/4/5; 0.5", "8-3-2; 3", "2*-3; -6", "+4; 4", "1e3+.5; 1000.5",
			"sqrt(16)+abs(-2); 6", "ln(exp(2)); 2", "log10(1000); 3", "np.log(exp(1)); 1", "sum(1, 2, 3); 6",
			"sum([1, 2]) * 2; 6", "cos(0) - sin(0); 1", "2*pi/pi; 2" })
	void precedenceAndFunctions(String text, double expected) throws DataFormatException {
		assertEquals(expected, scalar(text), 1e-12, text);
	}

	@Test
	void columnsAreElementWiseAndScalarsBroadcast() throws DataFormatException {
		assertArrayEquals(new double[] { 11, 22, 33 }, eval("Col0+Col1"));
		assertArrayEquals(new double[] { 15, 26, 37 }, eval("sum([Col0, Col1, Col2])"));
		assertArrayEquals(new double[] { 2, 4, 6 }, eval("col0*2"));
		assertArrayEquals(new double[] { Math.log(8), Math.log(16), Math.log(2) }, eval("np.log(Col2/Col3)"), 1e-15);
	}

	@Test
	void datasetPathsMayHoldSlashesAndDashes() throws DataFormatException {
		assertArrayEquals(new double[] { 1, 2 }, eval("d[\"a/b-c\"]"));
		assertArrayEquals(new double[] { 10, 16 },
				eval("d[\"measurement/albaem-01_ch1\"] + d[\"measurement/albaem-01_ch2\"]"));
		assertArrayEquals(new double[] { 2, 4 }, eval("d['a/b-c'] * 2"));
	}

	@Test
	void referencesAreCollected() throws DataFormatException {
		DataSource source = DataSource.parse("Col3+Col14/2");
		assertEquals(Set.of(3, 14), source.columns());
		DataSource datasets = DataSource.parse("d[\"x/y\"] - d[\"z\"]");
		assertEquals(Set.of("x/y", "z"), datasets.datasets());
	}

	@Test
	void dataSourceTextIsClassified() throws DataFormatException {
		assertInstanceOf(DataSource.ColumnIndex.class, DataSource.parse("3"));
		assertInstanceOf(DataSource.Absent.class, DataSource.parse(" "));
		assertInstanceOf(DataSource.DatasetPath.class, DataSource.parse("measurement/mono1_energy_acs"));
		assertInstanceOf(DataSource.DatasetPath.class, DataSource.parse("instrument/albaem-01_ch1/data"));
		assertInstanceOf(DataSource.Formula.class, DataSource.parse("Col5"));
		assertInstanceOf(DataSource.Formula.class, DataSource.parse("Col3+Col4"));
		DataFormatException mixed = assertThrows(DataFormatException.class, () -> DataSource.parse("Col1+d[\"a\"]"));
		assertTrue(mixed.getMessage().contains("mixes"), mixed.getMessage());
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "Col1+; 6; expected a number", "(Col1+2; 8; ')' closing the '(' at column 1",
			"Col1 Col2; 6; expected an operator", "foo(Col1); 1; unknown name 'foo'", "Col1 $ 2; 6; unexpected character '$'",
			"d[a]; 3; quoted dataset path", "d[\"a\"; 6; ']' closing", "log Col1; 5; '(' after the function log",
			"2e+; 2; digits of the exponent", "sum([1, 2); 10; ']' closing", "3Col1; 2; operator after the number",
			"*2; 1; expected a number", "\"abc; 1; closing \" for the string", "; 1; found nothing" })
	void syntaxErrorsNameTheColumnAndWhatWasExpected(String text, int column, String expected) {
		String expression = text == null ? "" : text;
		DataFormatException error = assertThrows(DataFormatException.class, () -> ExpressionParser.parse(expression));
		assertEquals("column " + column, error.location(), error.getMessage());
		assertTrue(error.problem().contains(expected), error.getMessage());
		assertTrue(error.getMessage().startsWith("expression \"" + expression + "\""), error.getMessage());
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "3", "Col3+Col4", "np.log(Col6/Col7)", "measurement/mono1_energy_acs",
			"d[\"measurement/albaem-01_ch1\"] + d[\"measurement/albaem-01_ch2\"]", "sum([Col1, Col2]) ^ -2" })
	void sourcesRoundTripThroughTheirText(String text) throws DataFormatException {
		DataSource source = DataSource.parse(text);
		assertEquals(text, source.text());
		assertEquals(source, DataSource.parse(source.text()), "a stored format reads back equal");
	}

	@Test
	void lengthMismatchAndMissingColumnsAreDataFormatErrors() throws DataFormatException {
		Expression bad = ExpressionParser.parse("Col0 + d[\"a/b-c\"]");
		DataFormatException error = assertThrows(DataFormatException.class, () -> bad.evaluate(OPERANDS));
		assertTrue(error.getMessage().contains("different lengths 3 and 2"), error.getMessage());
		Expression missing = ExpressionParser.parse("Col9");
		assertThrows(DataFormatException.class, () -> missing.evaluate(OPERANDS));
	}
}
