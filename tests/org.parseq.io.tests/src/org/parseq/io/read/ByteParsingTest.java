package org.parseq.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The pieces of the byte reader against their plain definitions: the character classes, the
 * eight-byte tests and the number parser against {@link Double#parseDouble} (as
 * {@link TextReference#parse} applies it), exhaustively for short texts and randomly for long ones.
 */
class ByteParsingTest {
	private static final String NUMBER_CHARS = "0123456789.+-eE";

	@Test
	void asciiClassesAreThoseOfCharacter() {
		for (int b = -128; b < 128; b++) {
			char c = (char) b;
			assertEquals(b >= 0 && Character.isWhitespace(c), Ascii.isWhitespace((byte) b), "whitespace " + b);
			assertEquals(b >= 0 && NUMBER_CHARS.indexOf(c) >= 0, Ascii.isNumberChar((byte) b), "number char " + b);
		}
	}

	@Test
	void wordTestsFlagExactlyTheBytesBelowTheFirstNonAsciiOne() {
		Random random = new Random(3);
		byte[] word = new byte[8];
		for (int n = 0; n < 200_000; n++) {
			for (int i = 0; i < 8; i++) {
				// mostly ASCII, with sometimes a byte above 127
				word[i] = (byte) (random.nextInt(10) == 0 ? random.nextInt(256) : random.nextInt(128));
			}
			long value = (long) Swar.LONGS.get(word, 0);
			long nonNumber = Swar.nonNumber(value);
			long below = Swar.belowOrNonAscii(value, ' ' + 1);
			long equal = Swar.equalTo(value, Swar.broadcast((byte) '#'));
			int firstBelow = 8;
			int firstEqual = 8;
			for (int i = 0; i < 8; i++) {
				if (firstBelow == 8 && (word[i] < 0 || word[i] <= ' ')) {
					firstBelow = i;
				}
				if (firstEqual == 8 && word[i] == '#') {
					firstEqual = i;
				}
			}
			assertEquals(firstBelow, below == 0 ? 8 : Swar.firstFlagged(below));
			assertEquals(firstEqual, equal == 0 ? 8 : Swar.firstFlagged(equal));
			for (int i = 0; i < firstBelow; i++) { // the bytes a field scan uses: ASCII above space
				boolean flagged = (nonNumber >>> (8 * i + 7) & 1) != 0;
				assertEquals(!Ascii.isNumberChar(word[i]), flagged, "byte " + i + " of " + java.util.Arrays.toString(word));
			}
		}
		for (int n = 0; n <= 8; n++) {
			assertEquals(n == 8 ? -1L : (1L << (8 * n)) - 1, Swar.lowBytes(n));
		}
	}

	@Test
	void fieldsAreCountedAsTheyAreSplit() {
		Random random = new Random(13);
		String alphabet = "a1 \t\u3000\u00a0\u001c\u2028\u0001#";
		for (int n = 0; n < 20_000; n++) {
			StringBuilder line = new StringBuilder();
			for (int i = random.nextInt(20); i > 0; i--) {
				line.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertEquals(Numbers.splitWhitespace(line.toString()).size(), Numbers.countFields(line.toString()));
			byte[] bytes = line.toString().getBytes(StandardCharsets.ISO_8859_1);
			if (line.chars().allMatch(c -> c < 0x80)) {
				assertEquals(TextReference.split(line.toString()).size(),
						ByteTableParser.locate(bytes, 0, bytes.length, null, null, null, Integer.MAX_VALUE));
			}
		}
	}

	@Test
	void indexOfFindsTheFirstByteWithinBounds() {
		Random random = new Random(5);
		for (int n = 0; n < 20_000; n++) {
			byte[] bytes = new byte[random.nextInt(30)];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = (byte) "ab#\n".charAt(random.nextInt(4));
			}
			int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
			int to = from + random.nextInt(bytes.length - from + 1);
			int expected = -1;
			for (int i = from; i < to && expected < 0; i++) {
				expected = bytes[i] == '#' ? i : -1;
			}
			assertEquals(expected, Swar.indexOf(bytes, from, to, (byte) '#'));
		}
	}

	@Test
	void shortTextsParseAsDoubleParseDoubleParsesThem() {
		StringBuilder text = new StringBuilder();
		exhaustive(text, 5);
	}

	private static void exhaustive(StringBuilder text, int depth) {
		if (!text.isEmpty()) {
			assertSame(text.toString());
		}
		if (depth == 0) {
			return;
		}
		for (int i = 0; i < NUMBER_CHARS.length(); i++) {
			text.append(NUMBER_CHARS.charAt(i));
			exhaustive(text, depth - 1);
			text.setLength(text.length() - 1);
		}
	}

	@Test
	void longAndExtremeNumbersParseAsDoubleParseDoubleParsesThem() {
		Random random = new Random(11);
		for (int n = 0; n < 100_000; n++) {
			StringBuilder text = new StringBuilder();
			if (random.nextBoolean()) {
				text.append(random.nextBoolean() ? '-' : '+');
			}
			int digits = 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 20);
			int point = random.nextInt(digits + 1);
			for (int i = 0; i < digits; i++) {
				if (i == point) {
					text.append('.');
				}
				text.append((char) ('0' + random.nextInt(10)));
			}
			if (random.nextBoolean()) {
				text.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(3) == 0 ? "-" : "")
						.append(random.nextInt(random.nextBoolean() ? 30 : 400));
			}
			assertSame(text.toString());
		}
		for (int n = 0; n < 30_000; n++) { // the texts of every double, as files written by Java or Python hold them
			double value = Double.longBitsToDouble(random.nextLong());
			if (Double.isFinite(value)) {
				assertSame(Double.toString(value));
				assertSame(String.format("%.17e", value));
			}
		}
	}

	@Test
	void wordsOtherThanNumbersAsBefore() {
		for (String text : new String[] { "nan", "NaN", "-nan", "inf", "-Inf", "+INFINITY", "infinity", "1d", "1f",
				"0x1p3", "NaNd", "Infinityf", "\u00011", "1\u0001", "µ", "1e5µ", "٣" }) {
			assertSame(text);
		}
	}

	/** One text parsed from a String and from bytes, as the reference parses it. */
	private static void assertSame(String text) {
		long expected = Double.doubleToRawLongBits(TextReference.parse(text));
		assertEquals(expected, Double.doubleToRawLongBits(Numbers.parseOrNaN(text)), text);
		byte[] bytes = (" " + text + " ").getBytes(StandardCharsets.ISO_8859_1);
		boolean plain = text.chars().allMatch(c -> c < 0x80 && Ascii.isNumberChar((byte) c));
		if (text.chars().allMatch(c -> c < 0x80)) {
			double parsed = plain ? Numbers.parsePlainOrNaN(bytes, 1, text.length()) : Numbers.parseOrNaN(text);
			assertEquals(expected, Double.doubleToRawLongBits(parsed), text);
		}
	}
}
