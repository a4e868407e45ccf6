package org.parseq.io.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * XDI 1.0 files of µ(E) and χ(k) with the metadata XDI defines: element, edge, E0 as
 * {@code Scan.edge_energy}, mono d-spacing and name where known, and the processing parameters
 * as comments ("name = value"), so that a colleague's Athena or Larix reads what we computed
 * and how.
 *
 * @param element     element symbol, e.g. "Cu"; null when unknown
 * @param edge        absorption edge, e.g. "K"; null when unknown
 * @param e0          E0 in eV; NaN when unknown
 * @param monoDSpacing mono d-spacing in Å; NaN when unknown
 * @param monoName    e.g. "Si 111"; null when unknown
 * @param sampleName  the item's name
 * @param source      where the data came from (file, entry), written as a comment
 */
public record XasXdiExport(String element, String edge, double e0, double monoDSpacing, String monoName,
		String sampleName, String source) {

	/** How µ was measured, as XDI names its column. */
	public enum MuMode {
		TRANSMISSION("mutrans"), FLUORESCENCE("mufluor"), REFERENCE("murefer");

		final String column;

		MuMode(String column) {
			this.column = column;
		}
	}

	/** µ(E): columns energy (eV) and mutrans/mufluor. */
	public void writeMu(Path target, double[] energy, double[] mu, MuMode mode, Map<String, ?> parameters,
			boolean overwrite) throws IOException {
		XdiWriter.write(target, List.of(new XdiColumn("energy", "eV", energy), new XdiColumn(mode.column, "", mu)),
				fields(), comments("µ(E)", parameters), overwrite);
	}

	/**
	 * χ(k): columns k (Å⁻¹) and chi, unweighted as XDI defines chi. ParSeq's node array is χ·k^kw;
	 * it is divided by k^kw here. Where k is not positive and kw is not 0 that division is
	 * undefined, so the weighted array is written as it is, named chi_kw{kw}.
	 */
	public void writeChi(Path target, double[] k, double[] chiWeighted, int kw, Map<String, ?> parameters,
			boolean overwrite) throws IOException {
		boolean divisible = chiDivisible(k, kw);
		double[] chi = chiWeighted.clone();
		if (divisible && kw != 0) {
			for (int i = 0; i < chi.length; i++) {
				chi[i] = chiWeighted[i] / Math.pow(k[i], kw);
			}
		}
		List<String> comments = comments("χ(k)", parameters);
		comments.add(divisible ? "chi is unweighted: ParSeq's chi*k^" + kw + " divided by k^" + kw
				: "chi_kw" + kw + " is chi*k^" + kw + " as ParSeq computes it (k reaches 0, so it is not divided)");
		XdiWriter.write(target, List.of(new XdiColumn("k", "inverse Angstrom", k),
				new XdiColumn(divisible ? "chi" : "chi_kw" + kw, "", chi)), fields(), comments, overwrite);
	}

	/** Whether χ·k^kw can be divided by k^kw: kw is 0 or every k is positive. */
	public static boolean chiDivisible(double[] k, int kw) {
		if (kw == 0) {
			return true;
		}
		for (double value : k) {
			if (!(value > 0)) {
				return false;
			}
		}
		return true;
	}

	private Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		put(fields, "Element.symbol", element);
		put(fields, "Element.edge", edge);
		if (Double.isFinite(e0)) {
			fields.put("Scan.edge_energy", Double.toString(e0) + " eV");
		}
		put(fields, "Mono.name", monoName);
		if (Double.isFinite(monoDSpacing)) {
			fields.put("Mono.d_spacing", Double.toString(monoDSpacing));
		}
		put(fields, "Sample.name", sampleName);
		return fields;
	}

	private List<String> comments(String what, Map<String, ?> parameters) {
		List<String> comments = new ArrayList<>();
		comments.add(what + " exported by ParSeq" + (source == null ? "" : " from " + source));
		comments.add("processing parameters:");
		parameters.forEach((name, value) -> comments.add(name + " = " + value));
		return comments;
	}

	private static void put(Map<String, String> fields, String name, String value) {
		if (value != null && !value.isBlank()) {
			fields.put(name, value.strip());
		}
	}
}
