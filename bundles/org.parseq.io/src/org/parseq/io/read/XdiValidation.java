package org.parseq.io.read;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The XDI 1.0 rules whose violation is a warning, not an error (see xdi/bad/BadFiles.txt). */
final class XdiValidation {
	private static final Set<String> EDGES = Set.of("K", "L", "L1", "L2", "L3", "M", "M1", "M2", "M3", "M4", "M5",
			"N", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "O", "O1", "O2", "O3", "O4", "O5", "O6", "O7", "P", "P1", "P2",
			"P3");
	private static final Set<String> ELEMENTS = Set.of(("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr "
			+ "Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr "
			+ "Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu "
			+ "Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og").split(" "));
	private static final Pattern NUMBER_AND_UNIT = Pattern.compile("([+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)\\s*(\\S*)");
	private static final Map<String, Set<String>> UNITS = Map.of("sample.temperature", Set.of("K", "C", "F"),
			"facility.energy", Set.of("GeV", "MeV"), "facility.current", Set.of("mA", "A"));
	private static final List<String> RECOMMENDED = List.of("facility.name", "facility.xray_source", "beamline.name",
			"scan.start_time", "column.1");

	private XdiValidation() {
	}

	/** Adds warnings about {@code fields}, looked up case-insensitively through {@code field}. */
	static void check(Function<String, String> field, List<String> warnings) {
		boolean xafs = field.apply("element.symbol") != null || field.apply("element.edge") != null;
		String firstColumn = field.apply("column.1");
		boolean energyAxis = firstColumn != null && firstColumn.toLowerCase().startsWith("energy");
		boolean angleAxis = firstColumn != null && firstColumn.toLowerCase().startsWith("angle");
		if (xafs || energyAxis || angleAxis) {
			checkMember(field, "element.edge", EDGES, warnings);
			checkMember(field, "element.symbol", ELEMENTS, warnings);
		}
		String spacing = field.apply("mono.d_spacing");
		if (angleAxis && spacing == null) {
			warnings.add("Column.1 is an angle but Mono.d_spacing is missing");
		}
		if (spacing != null && Numbers.parse(spacing) == null) {
			warnings.add("Mono.d_spacing is not a number: \"" + spacing + "\"");
		}
		checkTime(field, "scan.start_time", warnings);
		checkTime(field, "scan.end_time", warnings);
		UNITS.forEach((name, units) -> checkQuantity(field, name, units, warnings));
		for (String name : RECOMMENDED) {
			if (field.apply(name) == null) {
				warnings.add("recommended field " + name + " is missing");
			}
		}
		if (firstColumn != null && !energyAxis && !angleAxis && (xafs || field.apply("mono.d_spacing") != null)) {
			warnings.add("recommended: Column.1 should be energy or angle, found \"" + firstColumn + "\"");
		}
	}

	private static void checkMember(Function<String, String> field, String name, Set<String> allowed,
			List<String> warnings) {
		String value = field.apply(name);
		if (value == null) {
			warnings.add("required field " + name + " is missing");
		} else if (!allowed.contains(value.strip())) {
			warnings.add(name + " has an invalid value \"" + value + "\"");
		}
	}

	private static void checkTime(Function<String, String> field, String name, List<String> warnings) {
		String value = field.apply(name);
		if (value == null) {
			return;
		}
		try {
			LocalDateTime.parse(value.strip().replace(' ', 'T'));
		} catch (DateTimeParseException e) {
			warnings.add(name + " is not an ISO 8601 date-time: \"" + value + "\"");
		}
	}

	private static void checkQuantity(Function<String, String> field, String name, Set<String> units,
			List<String> warnings) {
		String value = field.apply(name);
		if (value == null) {
			return;
		}
		Matcher matcher = NUMBER_AND_UNIT.matcher(value.strip());
		if (!matcher.matches() || !(matcher.group(4).isEmpty() || units.contains(matcher.group(4)))) {
			warnings.add(name + " expected a number with a unit of " + units + " but found \"" + value + "\"");
		}
	}
}
