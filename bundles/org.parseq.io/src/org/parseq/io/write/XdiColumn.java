package org.parseq.io.write;

/**
 * One data column of an XDI file.
 *
 * @param name   an XDI column name where one fits (energy, i0, itrans, mutrans, mufluor, k, chi, ...)
 * @param unit   e.g. "eV", "inverse Angstrom"; empty for none
 * @param values one value per row
 */
public record XdiColumn(String name, String unit, double[] values) {
	public XdiColumn {
		if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_()]*")) {
			throw new IllegalArgumentException("XDI column name '" + name + "': expected a word such as energy or mutrans");
		}
		unit = unit == null ? "" : unit.strip();
		values = values.clone();
	}
}
