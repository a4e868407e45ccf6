package org.parseq.io.read;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Sorting by x with duplicates removed, as numpy.unique(x, return_index=True) does: per distinct
 * x the row of its first occurrence in file order, rows by increasing x, NaN last.
 */
record RowOrder(int[] keptRows, int rowsInDuplicates) {

	static RowOrder of(double[] x) {
		if (strictlyIncreasing(x)) {
			return identity(x.length);
		}
		Integer[] order = new Integer[x.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		// a stable sort keeps file order among equal x, so the first of each run is the first occurrence
		Arrays.sort(order, Comparator.comparingDouble((Integer row) -> normalised(x[row])));
		int[] kept = new int[x.length];
		int keptCount = 0;
		int inDuplicates = 0;
		int runStart = 0;
		for (int i = 1; i <= order.length; i++) {
			if (i == order.length || !sameValue(x[order[i]], x[order[runStart]])) {
				kept[keptCount++] = order[runStart];
				int runLength = i - runStart;
				if (runLength > 1) {
					inDuplicates += runLength;
				}
				runStart = i;
			}
		}
		return new RowOrder(Arrays.copyOf(kept, order.length == 0 ? 0 : keptCount), inDuplicates);
	}

	private static boolean strictlyIncreasing(double[] x) {
		for (int i = 1; i < x.length; i++) {
			if (!(x[i] > x[i - 1])) {
				return false;
			}
		}
		return x.length == 0 || !Double.isNaN(x[0]);
	}

	private static RowOrder identity(int length) {
		int[] rows = new int[length];
		for (int i = 0; i < length; i++) {
			rows[i] = i;
		}
		return new RowOrder(rows, 0);
	}

	/** -0.0 and 0.0 are one value for numpy; Double.compare would separate them. */
	private static double normalised(double value) {
		return value == 0 ? 0.0 : value;
	}

	private static boolean sameValue(double a, double b) {
		return a == b || (Double.isNaN(a) && Double.isNaN(b));
	}

	boolean isIdentity(int length) {
		if (keptRows.length != length) {
			return false;
		}
		for (int i = 0; i < keptRows.length; i++) {
			if (keptRows[i] != i) {
				return false;
			}
		}
		return true;
	}

	double[] apply(double[] values) {
		double[] result = new double[keptRows.length];
		for (int i = 0; i < keptRows.length; i++) {
			result[i] = values[keptRows[i]];
		}
		return result;
	}
}
