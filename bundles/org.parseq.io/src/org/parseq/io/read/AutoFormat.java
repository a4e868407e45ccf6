package org.parseq.io.read;

import java.util.List;
import java.util.Optional;

import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.Conversion;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.DataSource;
import org.parseq.io.format.HeaderRule;

/**
 * The automatic format of the XAS transmission and TEY nodes (xas-algorithms.md 1.4): from the
 * labels of a {@code #L} header line, columns {@code energy}, {@code I0} and {@code It} (TEY:
 * {@code If}), currents in µA.
 */
public final class AutoFormat {
	private AutoFormat() {
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

	private static DataFormat format(int energy, int i0, int signal, String signalArray) {
		Conversion microAmps = new Conversion.UnitPrefix("µA", 1e6);
		return DataFormat.columns(new HeaderRule.CommentsOnly(),
				new ArraySpec("eraw", new DataSource.ColumnIndex(energy), null),
				new ArraySpec("i0", new DataSource.ColumnIndex(i0), microAmps),
				new ArraySpec(signalArray, new DataSource.ColumnIndex(signal), microAmps),
				new ArraySpec("eref", new DataSource.Absent(), null));
	}
}
