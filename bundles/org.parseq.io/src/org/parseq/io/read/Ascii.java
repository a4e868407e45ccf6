package org.parseq.io.read;

/**
 * Classes of ASCII bytes for readers that work on a file's bytes, tested with bit masks so that
 * the tokenizer's inner loop needs no table and almost no branches.
 */
final class Ascii {
	/**
	 * The ASCII characters that {@link Character#isWhitespace} accepts: tab, line feed, vertical
	 * tab, form feed, carriage return, the separators 0x1c to 0x1f and space (bit n for byte n).
	 */
	private static final long WHITESPACE = 0x1FL << '\t' | 0xFL << 0x1c | 1L << ' ';
	/** The characters below 64 of a plain number as {@link Numbers} accepts it: + - . and digits. */
	private static final long NUMBER_LOW = 1L << '+' | 1L << '-' | 1L << '.' | 0x3FFL << '0';

	private Ascii() {
	}

	/** Whether byte {@code b} is a whitespace character (false for bytes outside ASCII). */
	static boolean isWhitespace(byte b) {
		return b <= ' ' && b >= 0 && (WHITESPACE >>> b & 1) != 0;
	}

	/** Whether byte {@code b} is one of the characters {@code 0-9 . + - e E} of a plain number. */
	static boolean isNumberChar(byte b) {
		return (b & 0xC0) == 0 ? (NUMBER_LOW >>> b & 1) != 0 : (b | 0x20) == 'e';
	}
}
