package org.parseq.io.hdf5;

import java.lang.reflect.Array;

/** Flattens what jHDF returns (scalars, primitive or boxed arrays of any rank) into doubles. */
final class DatasetValues {
	private DatasetValues() {
	}

	/** The values as doubles, or null when they are not numeric (strings, compounds, enums). */
	static double[] toDoubles(Object data) {
		if (data == null) {
			return null;
		}
		if (data instanceof Number number) {
			return new double[] { number.doubleValue() };
		}
		if (data instanceof Boolean bool) {
			return new double[] { bool ? 1 : 0 };
		}
		if (!data.getClass().isArray()) {
			return null;
		}
		int count = countLeaves(data);
		if (count < 0) {
			return null;
		}
		double[] values = new double[count];
		fill(data, values, 0);
		return values;
	}

	private static int countLeaves(Object array) {
		Class<?> component = array.getClass().getComponentType();
		int length = Array.getLength(array);
		if (!component.isArray()) {
			return isNumericComponent(component) ? length : -1;
		}
		int total = 0;
		for (int i = 0; i < length; i++) {
			Object inner = Array.get(array, i);
			int count = inner == null ? -1 : countLeaves(inner);
			if (count < 0) {
				return -1;
			}
			total += count;
		}
		return total;
	}

	/** True for the element types {@link #toDoubles} converts (numbers and booleans). */
	static boolean isNumericType(Class<?> type) {
		return type != null && (isNumericComponent(type) || type == boolean.class);
	}

	private static boolean isNumericComponent(Class<?> component) {
		return (component.isPrimitive() && component != char.class) || Number.class.isAssignableFrom(component)
				|| component == Boolean.class;
	}

	private static int fill(Object array, double[] values, int start) {
		int position = start;
		switch (array) {
		case double[] d -> {
			System.arraycopy(d, 0, values, position, d.length);
			return position + d.length;
		}
		case float[] f -> {
			for (float v : f) {
				values[position++] = v;
			}
			return position;
		}
		case int[] n -> {
			for (int v : n) {
				values[position++] = v;
			}
			return position;
		}
		case long[] n -> {
			for (long v : n) {
				values[position++] = v;
			}
			return position;
		}
		default -> {
			int length = Array.getLength(array);
			for (int i = 0; i < length; i++) {
				Object item = Array.get(array, i);
				if (item != null && item.getClass().isArray()) {
					position = fill(item, values, position);
				} else if (item instanceof Boolean bool) {
					values[position++] = bool ? 1 : 0;
				} else {
					values[position++] = ((Number) item).doubleValue();
				}
			}
			return position;
		}
		}
	}
}
