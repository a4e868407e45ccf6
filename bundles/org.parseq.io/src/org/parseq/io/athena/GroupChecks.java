package org.parseq.io.athena;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.io.DataFormatException;

/**
 * What every group of either flavour must have: x and y of equal lengths. Other arrays of
 * another length (Athena keeps the stddev of a merge on the merged inputs' grid) are left out
 * with a note, as they cannot be matched to x point by point.
 */
final class GroupChecks {

	private GroupChecks() {
	}

	static AthenaGroup checked(String source, String name, String where, Map<String, double[]> arrays,
			Map<String, String> parameters, List<String> notes) throws DataFormatException {
		String location = "group '" + name + "'" + (where.isEmpty() ? "" : ", " + where);
		double[] x = arrays.get("x");
		double[] y = arrays.get("y");
		if (x == null || y == null) {
			throw new DataFormatException(source, location, "expected arrays x and y; the group has "
					+ arrays.keySet());
		}
		if (y.length != x.length) {
			throw new DataFormatException(source, location, "y has " + y.length + " values but x has " + x.length
					+ "; expected equal lengths");
		}
		Map<String, double[]> kept = new LinkedHashMap<>();
		for (Map.Entry<String, double[]> array : arrays.entrySet()) {
			if (array.getValue().length == x.length) {
				kept.put(array.getKey(), array.getValue());
			} else {
				notes.add(location + ": array " + array.getKey() + " has " + array.getValue().length
						+ " values but x has " + x.length + "; left out");
			}
		}
		if (x.length == 0) {
			throw new DataFormatException(source, location, "x and y are empty");
		}
		return new AthenaGroup(name, source + "::" + name, kept, parameters);
	}
}
