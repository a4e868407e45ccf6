package org.parseq.io.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parseq.io.format.HeaderRule;

/**
 * What {@link AutoFormat#guess} found in a column file: the column names, which columns hold
 * the XAS quantities (as column sources such as {@code Col1} or {@code Col3+Col4}, 0-based as
 * in every format), how the header is skipped, and the proposed µ definition.
 *
 * @param source      the file, for messages
 * @param labels      the column names as the header writes them
 * @param labelLine   1-based line of the names (for {@code Column.N} and fio: the first such line)
 * @param header      how to skip the header when reading the data
 * @param comments    comment prefix of the file
 * @param columns     role → column source
 * @param mu          the proposed µ definition
 */
public record ColumnGuess(String source, List<String> labels, int labelLine, HeaderRule header, String comments,
		Map<Role, String> columns, MuDefinition mu) {

	/** The XAS quantities a column can hold (XDI's names: energy, i0, itrans, ifluor, irefer, mu). */
	public enum Role {
		ENERGY, I0, IT, IF, IREF, MU
	}

	/** How µ follows from the columns. */
	public enum MuDefinition {
		/** µd = ln(I0/It). */
		TRANSMISSION,
		/** µd = If/I0. */
		FLUORESCENCE,
		/** A column is µ already. */
		GIVEN
	}

	public ColumnGuess {
		labels = List.copyOf(labels);
		columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
	}

	public Optional<String> column(Role role) {
		return Optional.ofNullable(columns.get(role));
	}

	/** µ as a column expression: {@code ln((I0)/(It))}, {@code (If)/(I0)} or the µ column. */
	public String muExpression() {
		return switch (mu) {
		case TRANSMISSION -> "ln((" + columns.get(Role.I0) + ")/(" + columns.get(Role.IT) + "))";
		case FLUORESCENCE -> "(" + columns.get(Role.IF) + ")/(" + columns.get(Role.I0) + ")";
		case GIVEN -> columns.get(Role.MU);
		};
	}

	/** One line for the user: "energy = Col1, I0 = Col3+Col4, It = Col5+Col6; µ = ln(I0/It) (transmission)". */
	public String describe() {
		StringBuilder text = new StringBuilder();
		columns.forEach((role, column) -> text.append(text.isEmpty() ? "" : ", ").append(name(role)).append(" = ")
				.append(column));
		return text.append("; µ = ").append(switch (mu) {
		case TRANSMISSION -> "ln(I0/It) (transmission)";
		case FLUORESCENCE -> "If/I0 (fluorescence)";
		case GIVEN -> "the µ column";
		}).toString();
	}

	private static String name(Role role) {
		return switch (role) {
		case ENERGY -> "energy";
		case I0 -> "I0";
		case IT -> "It";
		case IF -> "If";
		case IREF -> "Iref";
		case MU -> "µ";
		};
	}
}
