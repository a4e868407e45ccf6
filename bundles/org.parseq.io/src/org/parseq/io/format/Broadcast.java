package org.parseq.io.format;

import java.util.function.DoubleBinaryOperator;

import org.parseq.io.DataFormatException;

/** numpy-like element-wise combination where a length-1 operand stands for a scalar. */
final class Broadcast {
	private Broadcast() {
	}

	static double[] combine(double[] left, double[] right, DoubleBinaryOperator operation, String symbol)
			throws DataFormatException {
		int length;
		if (left.length == right.length || right.length == 1) {
			length = left.length;
		} else if (left.length == 1) {
			length = right.length;
		} else {
			throw new DataFormatException("", "operator " + symbol,
					"operands have different lengths " + left.length + " and " + right.length);
		}
		double[] result = new double[length];
		for (int i = 0; i < length; i++) {
			double a = left.length == 1 ? left[0] : left[i];
			double b = right.length == 1 ? right[0] : right[i];
			result[i] = operation.applyAsDouble(a, b);
		}
		return result;
	}
}
