package org.parseq.io.athena;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Athena's background and normalisation parameters of a µ(E) group as the XAS "make chi"
 * parameters of the same meaning, by the original ParSeq's names (xas-algorithms.md §3.0), so
 * that an imported group starts where the user left it in Athena. Only parameters whose
 * meaning matches are mapped; Athena's spline (rbkg, clamps) and window settings are not,
 * because our µ0 and windows are defined differently. A pipeline takes those of the names it
 * declares ({@link org.parseq.io.source.SourceParameters}).
 */
public final class AthenaParameterMapping {

	/**
	 * Half-width (eV) of the E0 search window put around Athena's E0: wide enough to hold the
	 * whole rising edge and its derivative peak, narrow enough to keep out glitches far from it.
	 */
	static final double E0_WINDOW_HALF_WIDTH = 25.0;

	private AthenaParameterMapping() {
	}

	/** The parameters of a group, empty for groups that are not µ(E) or have no E0. */
	public static Map<String, Object> parameters(AthenaGroup group) {
		Map<String, Object> mapped = new LinkedHashMap<>();
		OptionalDouble athenaE0 = group.e0();
		double[] energy = group.arrays().get("x");
		if (!group.isMu() || athenaE0.isEmpty() || energy == null || energy.length < 2) {
			return mapped;
		}
		double e0 = athenaE0.getAsDouble();
		double first = Double.POSITIVE_INFINITY;
		double last = Double.NEGATIVE_INFINITY;
		for (double e : energy) {
			first = Math.min(first, e);
			last = Math.max(last, e);
		}
		if (!(first < e0 && e0 < last)) {
			return mapped;
		}
		// Our E0 is found by a search, not given, and e0Where is that search's window as fractions
		// of [first, last energy]. Athena's E0 says where the user put the edge, so the window is
		// centred on it and our search finds that edge rather than a glitch elsewhere.
		mapped.put("e0Where", List.of(fraction(e0 - E0_WINDOW_HALF_WIDTH, first, last),
				fraction(e0 + E0_WINDOW_HALF_WIDTH, first, last)));
		// Athena's pre1/pre2 are eV relative to E0 (negative, below the edge); our preedgeWhere is
		// fractions of [first energy, E0]: e = first + f·(E0 − first), so f = (E0 + pre − first)/(E0 − first).
		OptionalDouble pre1 = group.number("bkg_pre1");
		OptionalDouble pre2 = group.number("bkg_pre2");
		if (pre1.isPresent() && pre2.isPresent()) {
			double from = Math.min(pre1.getAsDouble(), pre2.getAsDouble());
			double to = Math.max(pre1.getAsDouble(), pre2.getAsDouble());
			mapped.put("preedgeWhere", List.of(fraction(e0 + from, first, e0), fraction(e0 + to, first, e0)));
		}
		// Athena's nor1/nor2 are eV above E0, as our postedgeWhere: the same numbers.
		OptionalDouble nor1 = group.number("bkg_nor1");
		OptionalDouble nor2 = group.number("bkg_nor2");
		if (nor1.isPresent() && nor2.isPresent()) {
			mapped.put("postedgeWhere", List.of(Math.min(nor1.getAsDouble(), nor2.getAsDouble()),
					Math.max(nor1.getAsDouble(), nor2.getAsDouble())));
		}
		// Athena's eshift is a constant energy shift of the data: our calibration kind 2 applying eShift.
		OptionalDouble eshift = group.number("bkg_eshift");
		if (eshift.isPresent() && eshift.getAsDouble() != 0) {
			mapped.put("needECalibration", true);
			mapped.put("eCalibrationMethod", 1);
			mapped.put("eShiftKind", 2);
			mapped.put("eShift", eshift.getAsDouble());
		}
		// Athena's fft_kw weights χ by k^kw for the FT, as our kw does.
		group.number("fft_kw").ifPresent(kw -> mapped.put("kw", (int) Math.round(kw)));
		return mapped;
	}

	/**
	 * The inverse for export: Athena's {@code @args} of a µ(E) group from our parameters, so that
	 * Athena and Larix open it with the same E0, pre-edge and normalisation ranges. Parameters
	 * not given are left to Athena's defaults.
	 *
	 * @param energy     the group's energies (eV)
	 * @param e0         our E0 (eV); NaN when not found, then no ranges are written
	 * @param parameters ours by the original's names: preedgeWhere, postedgeWhere, kw
	 */
	public static Map<String, Object> athenaArgs(double[] energy, double e0, Map<String, ?> parameters) {
		Map<String, Object> args = new LinkedHashMap<>();
		args.put("is_xmu", 1);
		args.put("recordtype", "mu(E)");
		args.put("npts", energy.length);
		double first = Double.POSITIVE_INFINITY;
		double last = Double.NEGATIVE_INFINITY;
		for (double e : energy) {
			first = Math.min(first, e);
			last = Math.max(last, e);
		}
		args.put("xmin", first);
		args.put("xmax", last);
		if (!Double.isFinite(e0)) {
			return args;
		}
		args.put("bkg_e0", e0);
		double[] pre = pair(parameters.get("preedgeWhere"));
		if (pre != null) {
			// our fractions f of [first, E0] are the energies first + f·(E0 − first); Athena counts from E0
			args.put("bkg_pre1", first + pre[0] * (e0 - first) - e0);
			args.put("bkg_pre2", first + pre[1] * (e0 - first) - e0);
		}
		double[] post = pair(parameters.get("postedgeWhere"));
		if (post != null) {
			args.put("bkg_nor1", post[0]);
			args.put("bkg_nor2", post[1]);
		}
		if (parameters.get("kw") instanceof Number kw) {
			args.put("fft_kw", kw.intValue());
		}
		return args;
	}

	private static double[] pair(Object value) {
		if (value instanceof List<?> list && list.size() == 2 && list.get(0) instanceof Number a
				&& list.get(1) instanceof Number b) {
			return new double[] { a.doubleValue(), b.doubleValue() };
		}
		if (value instanceof double[] array && array.length == 2) {
			return array.clone();
		}
		return null;
	}

	/** Where {@code e} lies in [from, to], clipped to [0, 1]. */
	private static double fraction(double e, double from, double to) {
		return Math.max(0, Math.min(1, (e - from) / (to - from)));
	}
}
