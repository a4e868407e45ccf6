package org.parseq.io.format;

import java.util.List;
import java.util.Set;
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
}
