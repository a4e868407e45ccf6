package org.parseq.io.hdf5;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.ShapedValues;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.Operands;
import org.parseq.io.format.Slice;
import org.parseq.io.read.FormatApplier;

/**
 * Reads the arrays of a format from one entry (group) of an HDF5 file; paths are relative to the
 * entry. An array with a {@link Slice} reads only the selected part of each of its datasets. 1D
 * arrays go through the column rules ({@link FormatApplier}); scalars, images and stacks are read
 * by shape ({@link ShapedArrayReader}). Rows are sorted by x only when every array is 1D.
 */
public final class Hdf5EntryReader {
	private Hdf5EntryReader() {
	}

	public static LoadedData read(Hdf5Container container, String entryPath, DataFormat format)
			throws DataFormatException {
		return apply(container, entryPath, format, false);
	}

	/**
	 * Whether {@link #read} would succeed, found from the file's metadata only: every dataset
	 * exists and is numeric, every slice fits, the arrays' lengths agree and the expressions
	 * evaluate (on zeros of the right lengths). Throws what a read would throw, with the same
	 * kinds of reasons; values are not read.
	 */
	public static void check(Hdf5Container container, String entryPath, DataFormat format) throws DataFormatException {
		apply(container, entryPath, format, true);
	}

	private static LoadedData apply(Hdf5Container container, String entryPath, DataFormat format, boolean probe)
			throws DataFormatException {
		String entry = entryPath.endsWith("/") ? entryPath : entryPath + "/";
		String source = container.path() + "::" + entryPath;
		Operands operands = new EntryOperands(container, entry, source, probe);
		List<String> header = new ArrayList<>();
		Hdf5Node measurement = container.find(entry + "measurement");
		if (measurement != null) {
			// the original matches named-format keywords against the measurement dataset names
			measurement.children().forEach(child -> header.add(child.name()));
		}
		java.util.Optional<DataFormat> columns = format.oneDimensional();
		LoadedData data = columns.isPresent()
				? FormatApplier.apply(source, columns.get(), operands, header, Map.of(), !format.hasShapedArrays())
				: new LoadedData(source, Map.of(), header, Map.of(), List.of());
		ShapedArrayReader shapedReader = new ShapedArrayReader(container, entry, source);
		Map<String, ShapedValues> shaped = new java.util.LinkedHashMap<>();
		for (ArraySpec spec : format.shapedArrays()) {
			if (probe) {
				shapedReader.check(spec);
			} else {
				ShapedValues values = shapedReader.read(spec);
				if (values != null) {
					shaped.put(spec.name(), values);
				}
			}
		}
		return data.withShaped(shaped);
	}

	private record EntryOperands(Hdf5Container container, String entry, String source, boolean probe)
			implements Operands {
		@Override
		public double[] column(int index) throws DataFormatException {
			throw new DataFormatException(source, "Col" + index, "an HDF5 entry has no columns; expected a dataset path");
		}

		@Override
		public double[] dataset(String path) throws DataFormatException {
			return dataset(path, null);
		}

		@Override
		public double[] dataset(String path, Slice slice) throws DataFormatException {
			String absolute = path.startsWith("/") ? path : entry + path;
			Hdf5Node node = container.require(absolute);
			int[] shape;
			if (slice == null) {
				long[] dimensions = node.shape();
				if (dimensions != null && dimensions.length > 1) {
					throw new DataFormatException(source, "dataset " + absolute, "has shape " + Arrays.toString(dimensions)
							+ "; expected a 1D dataset for a 1D array, or a slice such as \"0, :\" in \"slices\"");
				}
				shape = probe ? container.resultShape(absolute, null) : null;
			} else {
				shape = container.resultShape(absolute, slice);
				if (shape.length > 1) {
					throw new DataFormatException(source, "dataset " + absolute + ", slice \"" + slice.text() + "\"",
							"gives shape " + Arrays.toString(shape)
									+ "; a 1D array needs an index on every axis but one, e.g. \"0, :, 5\"");
				}
			}
			if (probe) {
				return new double[shape.length == 0 ? 1 : shape[0]];
			}
			return slice == null ? container.readDoubles(absolute) : container.readSlice(absolute, slice).values();
		}
	}
}
