package org.parseq.io.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.DataFormatException;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.Conversion;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.DataSource;
import org.parseq.io.format.HeaderRule;

/**
 * Automatic formats of column files.
 * <ul>
 * <li>{@link #guess}: any beamline's column file. The column names (XDI {@code Column.N}, fio
 * {@code Col N}, SPEC {@code #L}, or a header line of names, quoted or with units) give the
 * energy, I0, It, If, reference and µ columns, numbered channels ch1..chN stand in for unnamed
 * chambers, and the µ definition is proposed: transmission ln(I0/It), fluorescence If/I0, or a µ
 * column. {@link #formatJson(ColumnGuess, PipelineDefinition)} turns a guess into FORMAT.json
 * for the first node of a pipeline that it fills, for the format panel and {@code --format auto}.</li>
 * <li>{@link #fromLabels}: the original's automatic format of the XAS transmission and TEY nodes
 * (xas-algorithms.md 1.4): from a {@code #L} line, columns {@code energy}, {@code I0} and
 * {@code It} (TEY: {@code If}), currents in µA.</li>
 * </ul>
 */
public final class AutoFormat {
	private AutoFormat() {
	}

	/**
	 * Finds the columns of a column file from its header names.
	 *
	 * @throws DataFormatException naming the file, the line, and what was expected there
	 */
	public static ColumnGuess guess(Path file) throws DataFormatException {
		return ColumnGuesser.guess(file);
	}

	/**
	 * The guess as FORMAT.json text for the first node of the pipeline (in its order) whose
	 * required arrays it fills: the energy as the node's x array, I0, It and If as arrays of
	 * those names (i0; itr or it; ify, if or iey), µ as an array mu, given or computed from the
	 * proposed definition.
	 *
	 * @throws DataFormatException when no node of the pipeline takes what the file has
	 */
	public static String formatJson(ColumnGuess guess, PipelineDefinition pipeline) throws DataFormatException {
		return AutoNodeChoice.formatJson(guess, pipeline);
	}

	/**
	 * @param headerLines    the file's leading lines
	 * @param signalLabel    "It" for transmission, "If" for TEY
	 * @param signalArray    the node's array name for the signal ("itr" or "iey")
	 */
	public static Optional<DataFormat> fromLabels(List<String> headerLines, String signalLabel, String signalArray) {
		if (headerLines.isEmpty() || !headerLines.get(0).startsWith("#")) {
			return Optional.empty();
		}
		for (String line : headerLines) {
			if (!line.startsWith("#")) {
				break;
			}
			if (line.startsWith("#L")) {
				List<String> labels = Numbers.splitWhitespace(line.substring(2));
				int energy = labels.indexOf("energy");
				int i0 = labels.indexOf("I0");
				int signal = labels.indexOf(signalLabel);
				if (energy < 0 || i0 < 0 || signal < 0) {
					return Optional.empty();
				}
				return Optional.of(format(energy, i0, signal, signalArray));
			}
		}
		return Optional.empty();
	}

	/**
	 * The automatic format as FORMAT.json text for a node, e.g. for "currents Tr":
	 * {@code {"node": "currents Tr", "columns": {"eraw": "1", "i0": "3", "itr": "5"}, "comments": "#",
	 * "conversionFactors": {"i0": "µA", "itr": "µA"}}}; empty when the labels do not fit.
	 *
	 * @param node the node id or name written into the text
	 */
	public static Optional<String> formatJson(List<String> headerLines, String node, String signalLabel,
			String signalArray) {
		return fromLabels(headerLines, signalLabel, signalArray).map(format -> {
			StringBuilder json = new StringBuilder("{\"node\": ").append(quote(node)).append(", \"columns\": {");
			StringBuilder conversions = new StringBuilder();
			String separator = "";
			String conversionSeparator = "";
			for (ArraySpec array : format.arrays()) {
				if (array.isOptional()) {
					continue;
				}
				json.append(separator).append(quote(array.name())).append(": ").append(quote(array.source().text()));
				separator = ", ";
				if (!(array.conversion() instanceof Conversion.None)) {
					conversions.append(conversionSeparator).append(quote(array.name())).append(": ")
							.append(quote(array.conversion().text()));
					conversionSeparator = ", ";
				}
			}
			return json.append("}, \"comments\": \"#\", \"conversionFactors\": {").append(conversions).append("}}")
					.toString();
		});
	}

	/** {@link #formatJson(List, String, String, String)} from the leading '#' lines of a column file. */
	public static Optional<String> formatJson(Path file, String node, String signalLabel, String signalArray)
			throws DataFormatException {
		List<String> header = ColumnFileReader.readLeadingHeader(file, new HeaderRule.CommentsOnly(), "#");
		return formatJson(header, node, signalLabel, signalArray);
	}

	private static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> quoted.append("\\\"");
			case '\\' -> quoted.append("\\\\");
			default -> {
				if (c < 0x20) {
					quoted.append(String.format("\\u%04x", (int) c));
				} else {
					quoted.append(c);
				}
			}
			}
		}
		return quoted.append('"').toString();
	}

	private static DataFormat format(int energy, int i0, int signal, String signalArray) {
		Conversion microAmps = new Conversion.UnitPrefix("µA", 1e6);
		return DataFormat.columns(new HeaderRule.CommentsOnly(),
				new ArraySpec("eraw", new DataSource.ColumnIndex(energy), null),
				new ArraySpec("i0", new DataSource.ColumnIndex(i0), microAmps),
				new ArraySpec(signalArray, new DataSource.ColumnIndex(signal), microAmps),
				new ArraySpec("eref", new DataSource.Absent(), null));
	}
}
