package org.parseq.io.format;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.parseq.io.DataFormatException;

/**
 * A parsed data source expression, evaluated element-wise over double arrays. A scalar is an
 * array of length 1 and broadcasts against arrays of any length, as numpy does.
 */
public sealed interface Expression {

	double[] evaluate(Operands operands) throws DataFormatException;

	/** Adds the column indices and dataset paths this expression reads. */
	void collectReferences(Set<Integer> columns, Set<String> datasets);

	record Number(double value) implements Expression {
		@Override
		public double[] evaluate(Operands operands) {
			return new double[] { value };
		}

		@Override
		public void collectReferences(Set<Integer> columns, Set<String> datasets) {
		}
	}

	record Column(int index) implements Expression {
		@Override
		public double[] evaluate(Operands operands) throws DataFormatException {
			return operands.column(index);
		}

		@Override
		public void collectReferences(Set<Integer> columns, Set<String> datasets) {
			columns.add(index);
		}
	}

	record Dataset(String path) implements Expression {
		@Override
		public double[] evaluate(Operands operands) throws DataFormatException {
			return operands.dataset(path);
		}

		@Override
		public void collectReferences(Set<Integer> columns, Set<String> datasets) {
			datasets.add(path);
		}
	}

	record Negate(Expression operand) implements Expression {
		@Override
		public double[] evaluate(Operands operands) throws DataFormatException {
			double[] values = operand.evaluate(operands).clone();
			for (int i = 0; i < values.length; i++) {
				values[i] = -values[i];
			}
			return values;
		}

		@Override
		public void collectReferences(Set<Integer> columns, Set<String> datasets) {
			operand.collectReferences(columns, datasets);
		}
	}

	enum Operator {
		ADD("+", (a, b) -> a + b), SUBTRACT("-", (a, b) -> a - b), MULTIPLY("*", (a, b) -> a * b),
		DIVIDE("/", (a, b) -> a / b), POWER("^", Math::pow);

		final String symbol;
		final DoubleBinaryOperator operation;

		Operator(String symbol, DoubleBinaryOperator operation) {
			this.symbol = symbol;
			this.operation = operation;
		}
	}

	record Binary(Operator operator, Expression left, Expression right) implements Expression {
		@Override
		public double[] evaluate(Operands operands) throws DataFormatException {
			return Broadcast.combine(left.evaluate(operands), right.evaluate(operands), operator.operation,
					operator.symbol);
		}

		@Override
		public void collectReferences(Set<Integer> columns, Set<String> datasets) {
			left.collectReferences(columns, datasets);
			right.collectReferences(columns, datasets);
		}
	}

	record Call(String function, DoubleUnaryOperator operation, Expression argument) implements Expression {
		@Override
		public double[] evaluate(Operands operands) throws DataFormatException {
			double[] values = argument.evaluate(operands).clone();
			for (int i = 0; i < values.length; i++) {
				values[i] = operation.applyAsDouble(values[i]);
			}
			return values;
		}

		@Override
		public void collectReferences(Set<Integer> columns, Set<String> datasets) {
			argument.collectReferences(columns, datasets);
		}
	}

	/** Element-wise sum of several terms: {@code sum(Col3, Col4)} or {@code sum([Col3, Col4])}. */
	record Sum(List<Expression> terms) implements Expression {
		public Sum {
			terms = List.copyOf(terms);
		}

		@Override
		public double[] evaluate(Operands operands) throws DataFormatException {
			double[] total = new double[] { 0 };
			for (Expression term : terms) {
				total = Broadcast.combine(total, term.evaluate(operands), Double::sum, "sum");
			}
			return total;
		}

		@Override
		public void collectReferences(Set<Integer> columns, Set<String> datasets) {
			for (Expression term : terms) {
				term.collectReferences(columns, datasets);
			}
		}
	}

	/**
	 * A generated axis, as numpy makes one: {@code linspace(start, stop, count)} with both ends
	 * included, or {@code arange(start, stop, step)} with the stop excluded (step 1 when
	 * omitted). Its arguments are constant expressions; e.g. a scan's θ axis that the file
	 * does not store.
	 */
	record Generated(String function, List<Expression> arguments) implements Expression {
		static final List<String> FUNCTIONS = List.of("linspace", "arange");
		/** More points than any detector axis has; guards against a mistyped count. */
		static final long MAX_POINTS = 100_000_000L;

		public Generated {
			arguments = List.copyOf(arguments);
		}

		static Generated of(String function, List<Expression> arguments, String text) throws DataFormatException {
			boolean linspace = function.equals("linspace");
			if (linspace ? arguments.size() != 3 : arguments.size() < 2 || arguments.size() > 3) {
				throw new DataFormatException("expression \"" + text + "\"", function, linspace
						? "expected linspace(start, stop, count)" : "expected arange(start, stop) or arange(start, stop, step)");
			}
			Set<Integer> columns = new TreeSet<>();
			Set<String> datasets = new TreeSet<>();
			arguments.forEach(argument -> argument.collectReferences(columns, datasets));
			if (!columns.isEmpty() || !datasets.isEmpty()) {
				throw new DataFormatException("expression \"" + text + "\"", function,
						"the arguments of " + function + " must be numbers, not columns or datasets");
			}
			return new Generated(function, arguments);
		}

		@Override
		public double[] evaluate(Operands operands) throws DataFormatException {
			double start = constant(0, operands);
			double stop = constant(1, operands);
			if (function.equals("linspace")) {
				double count = constant(2, operands);
				if (count < 1 || count != Math.rint(count) || count > MAX_POINTS) {
					throw new DataFormatException("linspace", "count", "expected a whole number of points from 1 to "
							+ MAX_POINTS + ", not " + count);
				}
				int n = (int) count;
				double[] values = new double[n];
				double step = n > 1 ? (stop - start) / (n - 1) : 0;
				for (int i = 0; i < n; i++) {
					values[i] = start + i * step;
				}
				if (n > 1) {
					values[n - 1] = stop; // numpy sets the end point exactly
				}
				return values;
			}
			double step = arguments.size() == 3 ? constant(2, operands) : 1;
			double span = (stop - start) / step;
			if (step == 0 || !Double.isFinite(span) || span > MAX_POINTS) {
				throw new DataFormatException("arange", "step", "cannot make an axis from " + start + " to " + stop
						+ " in steps of " + step);
			}
			int n = Math.max(0, (int) Math.ceil(span));
			double[] values = new double[n];
			for (int i = 0; i < n; i++) {
				values[i] = start + i * step;
			}
			return values;
		}

		private double constant(int index, Operands operands) throws DataFormatException {
			double[] value = arguments.get(index).evaluate(operands);
			if (value.length != 1) {
				throw new DataFormatException(function, "argument " + (index + 1), "expected a number");
			}
			return value[0];
		}

		@Override
		public void collectReferences(Set<Integer> columns, Set<String> datasets) {
		}
	}
}
