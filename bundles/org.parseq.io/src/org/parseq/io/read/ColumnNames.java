package org.parseq.io.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the column names that beamlines write, normalised for matching: quotes, units
 * ({@code energy(eV)}, {@code E [eV]}, {@code E/eV}) and case removed, split at {@code _ . -}
 * so that prefixed names ({@code albaem02_ch1}, {@code CU_LNT_00001R1_HHENERGY},
 * {@code mono1_energy_acs}) match by their words.
 */
final class ColumnNames {

	static final Set<String> ENERGY = Set.of("energy", "e", "ev", "en", "energ", "enc", "ener", "mono", "monoe",
			"hhenergy", "dcmenergy", "monoenergy", "xenergy", "ebeam", "energyev", "kev");
	static final Set<String> I0 = Set.of("i0", "io", "izero", "mon", "monitor", "imon", "i00", "iom");
	static final Set<String> IT = Set.of("it", "i1", "itrans", "itr", "itrn", "trans", "transmission", "it1", "i_t");
	static final Set<String> IF = Set.of("if", "ifl", "ifluor", "fluo", "fluor", "fluorescence", "pfy", "tfy", "ify",
			"iff", "sdd", "fy", "ifluo");
	static final Set<String> IREF = Set.of("iref", "ir", "i2", "irefer", "ref", "reference");
	static final Set<String> MU = Set.of("mu", "xmu", "mutrans", "mufluor", "mue", "absorption", "muraw");

	private static final Pattern UNITS = Pattern.compile("\\s*(\\[[^\\]]*\\]|\\([^)]*\\)|/\\s*[a-zA-Zµ]+\\s*$)");
	private static final Pattern CHANNEL = Pattern.compile("(ch|c|chan|channel|counter)(\\d{1,2})");

	private ColumnNames() {
	}

	/** The lower-case name without quotes and units. */
	static String normalise(String label) {
		String name = label.strip();
		if (name.length() >= 2 && (name.startsWith("\"") && name.endsWith("\"")
				|| name.startsWith("'") && name.endsWith("'"))) {
			name = name.substring(1, name.length() - 1).strip();
		}
		name = UNITS.matcher(name).replaceAll("");
		return name.toLowerCase(Locale.ROOT).strip();
	}

	/** The normalised name and its words, the whole name first. */
	static List<String> words(String label) {
		String name = normalise(label);
		List<String> words = new ArrayList<>();
		words.add(name.replaceAll("[\\s_.\\-]", ""));
		for (String word : name.split("[\\s_.\\-]+")) {
			if (!word.isEmpty() && !words.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/** True when the whole name or one of its words is in {@code names}. */
	static boolean matches(String label, Set<String> names) {
		for (String word : words(label)) {
			if (names.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** The number of a numbered channel ({@code ch3}, {@code albaem02_ch3}, {@code C3}), or -1. */
	static int channel(String label) {
		List<String> words = words(label);
		for (int i = words.size() - 1; i >= 0; i--) {
			Matcher matcher = CHANNEL.matcher(words.get(i));
			if (matcher.matches()) {
				return Integer.parseInt(matcher.group(2));
			}
		}
		return -1;
	}

	/** Splits a header line into names: tabs or commas if it has them, else runs of blanks; quotes kept together. */
	static List<String> split(String line) {
		String text = line.strip();
		List<String> names = new ArrayList<>();
		String separators = text.contains("\t") ? "\t" : text.contains(",") ? "," : null;
		StringBuilder current = new StringBuilder();
		char quote = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				current.append(c);
				if (c == quote) {
					quote = 0;
				}
			} else if (c == '"' || c == '\'') {
				quote = c;
				current.append(c);
			} else if (separators != null ? separators.indexOf(c) >= 0 : Character.isWhitespace(c)) {
				if (!current.toString().isBlank()) {
					names.add(current.toString().strip());
				}
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		if (!current.toString().isBlank()) {
			names.add(current.toString().strip());
		}
		return names;
	}
}
