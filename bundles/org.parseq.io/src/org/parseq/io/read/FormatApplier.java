package org.parseq.io.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.Conversion;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.DataSource;
import org.parseq.io.format.Operands;

/**
 * Fills the arrays of a format from operands (columns or datasets) and then applies the order of
 * operations of xas-algorithms.md 1.3: sort and de-duplicate by x, then the conversions,
 * with lim masks cutting all arrays at the end.
 */
public final class FormatApplier {
	private FormatApplier() {
	}

	public static LoadedData apply(String source, DataFormat format, Operands operands, List<String> headerLines,
			Map<String, String> metadata) throws DataFormatException {
		return apply(source, format, operands, headerLines, metadata, true);
	}

	/**
	 * @param sortRows whether rows are sorted and de-duplicated by x; not when images or stacks
	 *                 are read beside the columns, whose rows follow the file's order
	 */
	public static LoadedData apply(String source, DataFormat format, Operands operands, List<String> headerLines,
			Map<String, String> metadata, boolean sortRows) throws DataFormatException {
		Map<String, double[]> arrays = fill(source, format, operands);
		List<String> notes = new ArrayList<>();
		if (sortRows) {
			sortByX(format, arrays, notes);
		}
		convert(format, arrays, notes);
		return new LoadedData(source, arrays, headerLines, metadata, notes);
	}

	private static Map<String, double[]> fill(String source, DataFormat format, Operands operands)
			throws DataFormatException {
		Map<String, double[]> arrays = new LinkedHashMap<>();
		int length = -1;
		for (ArraySpec spec : format.arrays()) {
			double[] values = read(source, spec, operands);
			if (values != null) {
				if (length < 0) {
					length = values.length;
				} else if (values.length != length) {
					throw new DataFormatException(source, "array " + spec.name(), "has " + values.length
							+ " values but " + format.xArray().name() + " has " + length + "; expected equal lengths");
				}
			}
			arrays.put(spec.name(), values);
		}
		return arrays;
	}

	private static double[] read(String source, ArraySpec spec, Operands operands) throws DataFormatException {
		if (spec.slice() != null && !(spec.source() instanceof DataSource.Absent) && spec.source().datasets().isEmpty()) {
			throw new DataFormatException(source, "array " + spec.name() + ", slice \"" + spec.slice().text() + "\"",
					"a slice applies to HDF5 datasets, but the source \"" + spec.source().text() + "\" reads none");
		}
		Operands sliced = operands.sliced(spec.slice());
		try {
			return switch (spec.source()) {
			case DataSource.Absent absent -> null;
			case DataSource.ColumnIndex column -> sliced.column(column.index());
			case DataSource.DatasetPath dataset -> sliced.dataset(dataset.path());
			case DataSource.Formula formula -> formula.expression().evaluate(sliced);
			};
		} catch (DataFormatException e) {
			if (e.source().equals(source)) {
				throw new DataFormatException(source, "array " + spec.name() + ", " + e.location(), e.problem(), e);
			}
			throw e.within(source, "array " + spec.name() + " (" + spec.source().text() + ")");
		}
	}

	private static void sortByX(DataFormat format, Map<String, double[]> arrays, List<String> notes) {
		RowOrder order = RowOrder.of(arrays.get(format.xArray().name()));
		if (order.isIdentity(arrays.get(format.xArray().name()).length)) {
			return;
		}
		arrays.replaceAll((name, values) -> values == null ? null : order.apply(values));
		if (order.rowsInDuplicates() > 0) {
			// the original counts every row that took part in a duplicate, not the rows removed
			notes.add(order.rowsInDuplicates() + " duplicate E values have been removed");
		}
	}

	private static void convert(DataFormat format, Map<String, double[]> arrays, List<String> notes)
			throws DataFormatException {
		boolean[] mask = null;
		for (ArraySpec spec : format.arrays()) {
			double[] values = arrays.get(spec.name());
			Conversion conversion = spec.conversion();
			if (values == null || conversion instanceof Conversion.None || conversion instanceof Conversion.Label) {
				continue;
			}
			if (conversion instanceof Conversion.Limit limit) {
				boolean[] candidate = new boolean[values.length];
				boolean any = false;
				for (int i = 0; i < values.length; i++) {
					candidate[i] = limit.accepts(values[i]);
					any |= candidate[i];
				}
				if (any) {
					mask = candidate; // only the last lim counts, as in the original
				} else {
					notes.add(limit.text() + " on " + spec.name() + " selects nothing and was ignored");
				}
				continue;
			}
			double factor = conversion.factor();
			for (int i = 0; i < values.length; i++) {
				values[i] *= factor;
			}
		}
		if (mask != null) {
			final boolean[] keep = mask;
			arrays.replaceAll((name, values) -> values == null ? null : select(values, keep));
		}
	}

	private static double[] select(double[] values, boolean[] keep) {
		int count = 0;
		for (boolean k : keep) {
			count += k ? 1 : 0;
		}
		double[] result = new double[count];
		int j = 0;
		for (int i = 0; i < values.length; i++) {
			if (keep[i]) {
				result[j++] = values[i];
			}
		}
		return result;
	}
}
