package org.parseq.io.athena;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of the Perl Data::Dumper subset that Athena writes, as parsed text. Nothing here is
 * ever evaluated: a function call such as {@code system("...")} or {@code bless(...)} is kept as
 * an inert {@link Call} that the reader ignores.
 */
sealed interface PerlValue {

	/** A quoted string or a bare number, as written (quotes removed, escapes resolved). */
	record Scalar(String text) implements PerlValue {
	}

	/** {@code undef}. */
	record Undef() implements PerlValue {
	}

	/** {@code (a, b, ...)} or {@code [a, b, ...]}. */
	record ListValue(List<PerlValue> items) implements PerlValue {
		public ListValue {
			items = List.copyOf(items);
		}
	}

	/** {@code {key => value, ...}}, keys in file order. */
	record HashValue(Map<String, PerlValue> entries) implements PerlValue {
		public HashValue {
			entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
		}
	}

	/** {@code name(arguments)}: a function call in the file, recorded and never executed. */
	record Call(String function, List<PerlValue> arguments) implements PerlValue {
		public Call {
			arguments = List.copyOf(arguments);
		}
	}

	/**
	 * One statement: {@code $name = value;}, {@code @name = (...);}, {@code %name = (...);}, or a
	 * bare expression such as Athena's {@code [record]} separator (sigil and name empty).
	 *
	 * @param line 1-based line where the statement starts, for messages
	 */
	record Statement(char sigil, String name, PerlValue value, int line) {
	}
}
