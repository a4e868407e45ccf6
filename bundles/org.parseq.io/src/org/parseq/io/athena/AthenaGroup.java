package org.parseq.io.athena;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.Operands;
import org.parseq.io.read.FormatApplier;

/**
 * One group (data set) of an Athena project: its arrays as Athena saved them ({@code x} the
 * energy, {@code y} µ(E), and where stored {@code i0}, {@code signal}, {@code stddev}) and its
 * parameters ({@code @args}: {@code bkg_e0}, {@code bkg_pre1}, ...), all as text.
 * <p>
 * A data format reads a group as an HDF5 entry is read: array names are its "datasets", so
 * {@code {"node": "mu", "columns": {"e": "energy", "mu": "mu"}}} reads energy and µ. The names
 * {@code energy} and {@code mu} exist for µ(E) groups only, so that a χ(k) group cannot enter
 * as µ(E) by mistake; {@code x} and {@code y} are always there.
 *
 * @param name       Athena's group tag ({@code $old_group}), unique in the project
 * @param source     "file::group" for messages
 * @param arrays     by Athena's names, in file order
 * @param parameters Athena's {@code @args}, scalars as text, lists joined by ", "
 */
public record AthenaGroup(String name, String source, Map<String, double[]> arrays, Map<String, String> parameters) {

	public AthenaGroup {
		arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	/** The user's label of the group (Athena's {@code label}), else its tag. */
	public String label() {
		String label = parameters.get("label");
		return label == null || label.isBlank() ? name : label.strip();
	}

	/**
	 * True for µ(E) data: Athena's {@code is_xmu} is 1, or (Demeter) the record type says
	 * mu(E). χ(k), q and R groups are not.
	 */
	public boolean isMu() {
		String recordType = parameters.getOrDefault("recordtype", "");
		if (recordType.contains("mu(E)") || recordType.contains("xanes")) {
			return true;
		}
		if (flag("is_chi") || flag("is_rsp") || flag("is_qsp")) {
			return false;
		}
		return flag("is_xmu") || flag("is_xanes") || flag("is_nor");
	}

	private boolean flag(String key) {
		String value = parameters.getOrDefault(key, "").strip();
		return !value.isEmpty() && !value.equals("0") && !value.equals("''");
	}

	/** Athena's E0 ({@code bkg_e0}, eV), when given and a number. */
	public OptionalDouble e0() {
		return number("bkg_e0");
	}

	/** A numeric Athena parameter, e.g. {@code bkg_pre1}; empty when missing or not a number. */
	public OptionalDouble number(String key) {
		String value = parameters.get(key);
		if (value == null || value.isBlank()) {
			return OptionalDouble.empty();
		}
		try {
			double number = Double.parseDouble(value.strip());
			return Double.isFinite(number) ? OptionalDouble.of(number) : OptionalDouble.empty();
		} catch (NumberFormatException e) {
			return OptionalDouble.empty();
		}
	}

	/** A copy of an array by Athena's name ({@code x}, {@code y}, ...) or by {@code energy}, {@code mu}. */
	public double[] array(String arrayName) throws DataFormatException {
		double[] values = arrays.get(alias(arrayName));
		if (values == null) {
			throw new DataFormatException(source, "array " + arrayName, arrayName.equals("energy")
					|| arrayName.equals("mu") ? "group '" + name + "' is not µ(E) data (Athena record type '"
							+ parameters.getOrDefault("recordtype", "?") + "'); expected one of " + names()
					: "group '" + name + "' has no array '" + arrayName + "'; it has " + names());
		}
		return values.clone();
	}

	private String alias(String arrayName) {
		if (isMu() && arrayName.equals("energy")) {
			return "x";
		}
		if (isMu() && arrayName.equals("mu")) {
			return "y";
		}
		return arrayName;
	}

	/** The names a data format may use: Athena's and, for µ(E) groups, energy and mu. */
	public List<String> names() {
		List<String> names = new ArrayList<>();
		if (isMu()) {
			names.add("energy");
			names.add("mu");
		}
		names.addAll(arrays.keySet());
		return names;
	}

	/** Reads the arrays a format names; rows are sorted by x as for every source. */
	public LoadedData read(DataFormat format) throws DataFormatException {
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put("athena.group", name);
		metadata.put("athena.label", label());
		e0().ifPresent(e0 -> metadata.put("athena.bkg_e0", Double.toString(e0)));
		return FormatApplier.apply(source, format, operands(), List.of(), metadata);
	}

	private Operands operands() {
		return new Operands() {
			@Override
			public double[] column(int index) throws DataFormatException {
				throw new DataFormatException(source, "column " + index, "an Athena group has named arrays, not "
						+ "columns; expected one of " + names());
			}

			@Override
			public double[] dataset(String path) throws DataFormatException {
				String arrayName = path.startsWith("/") ? path.substring(1) : path;
				return array(arrayName);
			}
		};
	}
}
