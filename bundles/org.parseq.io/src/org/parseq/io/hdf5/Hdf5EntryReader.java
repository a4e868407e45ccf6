package org.parseq.io.hdf5;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.Operands;
import org.parseq.io.read.FormatApplier;

/** Reads the arrays of a format from one entry (group) of an HDF5 file; paths are relative to the entry. */
public final class Hdf5EntryReader {
	private Hdf5EntryReader() {
	}

	public static LoadedData read(Hdf5Container container, String entryPath, DataFormat format)
			throws DataFormatException {
		String entry = entryPath.endsWith("/") ? entryPath : entryPath + "/";
		String source = container.path() + "::" + entryPath;
		Operands operands = new Operands() {
			@Override
			public double[] column(int index) throws DataFormatException {
				throw new DataFormatException(source, "Col" + index, "an HDF5 entry has no columns; expected a dataset path");
			}

			@Override
			public double[] dataset(String path) throws DataFormatException {
				String absolute = path.startsWith("/") ? path : entry + path;
				Hdf5Node node = container.require(absolute);
				long[] shape = node.shape();
				if (shape != null && shape.length > 1) {
					throw new DataFormatException(source, "dataset " + absolute, "has shape "
							+ java.util.Arrays.toString(shape) + "; expected a 1D dataset for a 1D array");
				}
				return container.readDoubles(absolute);
			}
		};
		List<String> header = new ArrayList<>();
		Hdf5Node measurement = container.find(entry + "measurement");
		if (measurement != null) {
			// the original matches named-format keywords against the measurement dataset names
			measurement.children().forEach(child -> header.add(child.name()));
		}
		return FormatApplier.apply(source, format, operands, header, Map.of());
	}
}
