package org.parseq.io.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parseq.io.DataFormatException;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.read.ColumnGuess.MuDefinition;
import org.parseq.io.read.ColumnGuess.Role;

/**
 * Finds the header names of a column file and the columns of energy, I0, It, If, reference and
 * µ among them ({@link AutoFormat#guess}). Names come from XDI {@code # Column.N:} lines, a fio
 * {@code Col N name TYPE} block, the last SPEC {@code #L} line, or else the last header line
 * with one name per data column (commented or not, tab-, comma- or blank-separated, quoted).
 */
final class ColumnGuesser {

	private static final Pattern XDI_COLUMN = Pattern.compile("#\\s*Column\\.(\\d{1,6})\\s*:\\s*(\\S+).*",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern FIO_COLUMN = Pattern.compile("\\s*Col\\s+(\\d{1,6})\\s+(\\S+)\\s+\\w+\\s*");
	private static final Pattern SPEC_LABELS = Pattern.compile("#L\\s(.*)");
	private static final String COMMENT_CHARACTERS = "#!%;*";
	/** Energies in eV that an unnamed energy column may hold (soft to hard X-rays). */
	private static final double LOWEST_EV = 50;
	private static final double HIGHEST_EV = 200_000;

	private final Path file;
	private final List<String> lines;
	private int dataLine = -1;
	private int columnCount;

	private ColumnGuesser(Path file, List<String> lines) {
		this.file = file;
		this.lines = lines;
	}

	static ColumnGuess guess(Path file) throws DataFormatException {
		return new ColumnGuesser(file, TextFile.read(file).lines()).guess();
	}

	private ColumnGuess guess() throws DataFormatException {
		findFirstDataRow();
		Labels labels = labels();
		HeaderRule header = headerRule(labels.fio());
		Map<Role, String> columns = new EnumMap<>(Role.class);
		assignByName(labels.names(), columns);
		ColumnTable table = null;
		if (!columns.containsKey(Role.I0) || !columns.containsKey(Role.IT) && !columns.containsKey(Role.IF)) {
			table = ColumnFileReader.readTable(file, header, "#");
			assignChannels(labels.names(), columns, table);
		}
		if (!columns.containsKey(Role.ENERGY)) {
			if (table == null) {
				table = ColumnFileReader.readTable(file, header, "#");
			}
			energyByValues(columns, table);
		}
		String named = "line " + labels.line() + " (column names " + labels.names() + ")";
		if (!columns.containsKey(Role.ENERGY)) {
			throw new DataFormatException(file.toString(), named, "expected an energy column (a name such as "
					+ "energy, E, mono_energy, energy(eV)) or a column of increasing energies in eV");
		}
		MuDefinition mu;
		if (columns.containsKey(Role.I0) && columns.containsKey(Role.IT)) {
			mu = MuDefinition.TRANSMISSION;
		} else if (columns.containsKey(Role.I0) && columns.containsKey(Role.IF)) {
			mu = MuDefinition.FLUORESCENCE;
		} else if (columns.containsKey(Role.MU)) {
			mu = MuDefinition.GIVEN;
		} else {
			throw new DataFormatException(file.toString(), named, "found energy = " + columns.get(Role.ENERGY)
					+ " but expected I0 with It or If (names such as I0, Io, mon, It, itrans, If, ifluor, or "
					+ "numbered channels ch1..chN) or a µ column (mu, xmu, mutrans)");
		}
		return new ColumnGuess(file.toString(), labels.names(), labels.line(), header, "#", columns, mu);
	}

	private void findFirstDataRow() throws DataFormatException {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || COMMENT_CHARACTERS.indexOf(line.charAt(0)) >= 0) {
				continue;
			}
			List<String> tokens = ColumnNames.split(line.replace(',', ' ').replace('\t', ' '));
			if (tokens.size() >= 2 && tokens.stream().allMatch(ColumnGuesser::isNumber)) {
				dataLine = i;
				columnCount = tokens.size();
				return;
			}
		}
		throw new DataFormatException(file.toString(), "", "no data rows: expected lines of two or more numbers "
				+ "after the header");
	}

	private static boolean isNumber(String token) {
		try {
			Double.parseDouble(token);
			return true;
		} catch (NumberFormatException e) {
			return token.equalsIgnoreCase("nan");
		}
	}

	/** @param line 1-based line of the names; @param fio a fio "Col N" block */
	private record Labels(List<String> names, int line, boolean fio) {
	}

	private Labels labels() throws DataFormatException {
		TreeMap<Integer, String> xdi = new TreeMap<>();
		TreeMap<Integer, String> fio = new TreeMap<>();
		int xdiLine = -1;
		int fioLine = -1;
		int specLine = -1;
		for (int i = 0; i < dataLine; i++) {
			String line = lines.get(i);
			Matcher column = XDI_COLUMN.matcher(line.strip());
			if (column.matches()) {
				xdi.put(Integer.parseInt(column.group(1)), column.group(2));
				xdiLine = xdiLine < 0 ? i : xdiLine;
			}
			Matcher fioColumn = FIO_COLUMN.matcher(line);
			if (fioColumn.matches()) {
				fio.put(Integer.parseInt(fioColumn.group(1)), fioColumn.group(2));
				fioLine = fioLine < 0 ? i : fioLine;
			}
			if (SPEC_LABELS.matcher(line).matches()) {
				specLine = i;
			}
		}
		if (!xdi.isEmpty()) {
			return numbered(xdi, xdiLine, "# Column.N", false);
		}
		if (!fio.isEmpty()) {
			return numbered(fio, fioLine, "Col N", true);
		}
		if (specLine >= 0) {
			String text = lines.get(specLine).substring(2).strip();
			List<String> names = Arrays.asList(text.split("\\s{2,}"));
			if (names.size() != columnCount) {
				names = ColumnNames.split(text);
			}
			if (names.size() != columnCount) {
				throw new DataFormatException(file.toString(), "line " + (specLine + 1), "the #L line names "
						+ names.size() + " columns but the data rows (line " + (dataLine + 1) + ") have " + columnCount
						+ "; expected one name per column");
			}
			return new Labels(names, specLine + 1, false);
		}
		for (int i = dataLine - 1; i >= 0; i--) {
			String text = stripComment(lines.get(i));
			if (text.isEmpty()) {
				continue;
			}
			List<String> names = ColumnNames.split(text);
			if (names.size() == columnCount && names.stream().anyMatch(name -> !isNumber(name))) {
				return new Labels(names, i + 1, false);
			}
		}
		throw new DataFormatException(file.toString(), "line " + (dataLine + 1), "the first data row has "
				+ columnCount + " columns, but no header line before it names them; expected '#L energy I0 It', "
				+ "'# Column.1: energy', a fio 'Col 1 energy FLOAT' block or a line of " + columnCount + " names");
	}

	private Labels numbered(TreeMap<Integer, String> byNumber, int firstLine, String kind, boolean fio)
			throws DataFormatException {
		List<String> names = new ArrayList<>();
		for (int n = 1; n <= columnCount; n++) {
			names.add(byNumber.getOrDefault(n, "Col" + (n - 1)));
		}
		if (byNumber.lastKey() > columnCount) {
			throw new DataFormatException(file.toString(), "line " + (firstLine + 1), kind + " lines name column "
					+ byNumber.lastKey() + " but the data rows (line " + (dataLine + 1) + ") have " + columnCount
					+ "; expected at most one name per column");
		}
		return new Labels(names, firstLine + 1, fio);
	}

	private static String stripComment(String line) {
		String text = line.strip();
		while (!text.isEmpty() && COMMENT_CHARACTERS.indexOf(text.charAt(0)) >= 0) {
			text = text.substring(1).strip();
		}
		// SPEC comment tags (#C, #U, #O ...) are not names
		if (text.matches("[A-Z]\\d*\\s.*") && line.strip().startsWith("#")) {
			text = text.replaceFirst("[A-Z]\\d*\\s", "").strip();
		}
		return text;
	}

	private HeaderRule headerRule(boolean fio) {
		boolean commentsOnly = true;
		for (int i = 0; i < dataLine; i++) {
			String line = lines.get(i).strip();
			if (!line.isEmpty() && !line.startsWith("#")) {
				commentsOnly = false;
				break;
			}
		}
		if (commentsOnly) {
			return new HeaderRule.CommentsOnly();
		}
		// a fio header has a changing length; its last line is always a "Col N" line
		return fio ? new HeaderRule.LastLineContaining("Col ") : new HeaderRule.SkipRows(dataLine);
	}

	private static void assignByName(List<String> names, Map<Role, String> columns) {
		// exact names first, so that "energy" wins over "mono_energy_set" and "i0" over "i0_gain"
		for (boolean exact : new boolean[] { true, false }) {
			for (int i = 0; i < names.size(); i++) {
				String label = names.get(i);
				if (columns.containsValue(column(i))) {
					continue;
				}
				Role role = role(label, exact);
				if (role != null && !columns.containsKey(role)) {
					columns.put(role, column(i));
				}
			}
		}
	}

	private static Role role(String label, boolean exact) {
		List<String> words = ColumnNames.words(label);
		List<String> checked = exact ? words.subList(0, 1) : words;
		for (String word : checked) {
			for (Map.Entry<Role, Set<String>> names : List.of(Map.entry(Role.MU, ColumnNames.MU),
					Map.entry(Role.ENERGY, ColumnNames.ENERGY), Map.entry(Role.I0, ColumnNames.I0),
					Map.entry(Role.IT, ColumnNames.IT), Map.entry(Role.IF, ColumnNames.IF),
					Map.entry(Role.IREF, ColumnNames.IREF))) {
				if (names.getValue().contains(word)) {
					return names.getKey();
				}
			}
		}
		return null;
	}

	/**
	 * Numbered channels (ch1..chN, C1..CN) as I0, It and reference in their order. When the first
	 * two of four or more read the same current (within 10 %), they are the two halves of one
	 * split chamber, as ALBA's electrometers write them: I0 = ch1+ch2, It = ch3+ch4.
	 */
	private static void assignChannels(List<String> names, Map<Role, String> columns, ColumnTable table)
			throws DataFormatException {
		TreeMap<Integer, Integer> channels = new TreeMap<>();
		for (int i = 0; i < names.size(); i++) {
			int number = ColumnNames.channel(names.get(i));
			if (number >= 0 && !columns.containsValue(column(i))) {
				channels.putIfAbsent(number, i);
			}
		}
		List<Integer> ordered = new ArrayList<>(channels.values());
		if (ordered.size() < 2) {
			return;
		}
		if (ordered.size() >= 4 && similar(table.column(ordered.get(0)), table.column(ordered.get(1)))) {
			columns.putIfAbsent(Role.I0, column(ordered.get(0)) + "+" + column(ordered.get(1)));
			columns.putIfAbsent(Role.IT, column(ordered.get(2)) + "+" + column(ordered.get(3)));
			return;
		}
		columns.putIfAbsent(Role.I0, column(ordered.get(0)));
		if (!columns.containsKey(Role.IF)) {
			columns.putIfAbsent(Role.IT, column(ordered.get(1)));
		}
		if (ordered.size() == 3) {
			columns.putIfAbsent(Role.IREF, column(ordered.get(2)));
		}
	}

	private static boolean similar(double[] a, double[] b) {
		double ma = median(a);
		double mb = median(b);
		return ma != 0 && mb != 0 && Math.signum(ma) == Math.signum(mb) && Math.abs(ma - mb) <= 0.1 * Math.abs(ma);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
	}

	/** The first column that increases (or decreases) throughout and lies within X-ray energies in eV. */
	private static void energyByValues(Map<Role, String> columns, ColumnTable table) throws DataFormatException {
		for (int i = 0; i < table.columnCount(); i++) {
			double[] values = table.column(i);
			if (values.length >= 2 && monotonic(values) && values[0] >= LOWEST_EV && values[0] <= HIGHEST_EV
					&& values[values.length - 1] >= LOWEST_EV && values[values.length - 1] <= HIGHEST_EV
					&& !columns.containsValue(column(i))) {
				columns.put(Role.ENERGY, column(i));
				return;
			}
		}
	}

	private static boolean monotonic(double[] values) {
		boolean up = values[values.length - 1] > values[0];
		for (int i = 1; i < values.length; i++) {
			if (up ? values[i] <= values[i - 1] : values[i] >= values[i - 1]) {
				return false;
			}
		}
		return true;
	}

	private static String column(int index) {
		return "Col" + index;
	}
}
