package org.parseq.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.tests.SharedData;

/**
 * The byte reader of {@link ColumnFileReader} (line offsets, fields by offset, only the used
 * columns parsed, FastDoubleParser) must give bit for bit what the plain text reading of
 * {@link TextReference} gives: every array, header line and note, and the same exception messages.
 */
class ByteReaderEquivalenceTest {
	@TempDir
	Path temp;

	/** The formats of reference/parseq-xas/README.md and a plain two-column one. */
	private static List<DataFormat> formats() throws DataFormatException {
		return List.of(
				DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("eraw", "Col1", null),
						ArraySpec.of("i0", "Col3+Col4", "µA"), ArraySpec.of("itr", "Col5+Col6", "µA"),
						ArraySpec.of("eref", "", null)),
				DataFormat.columns(new HeaderRule.LastLineContaining("Col "), ArraySpec.of("eraw", "3", null),
						ArraySpec.of("i0", "Col5", "counts"), ArraySpec.of("itr", "6", "counts")),
				DataFormat.columns(new HeaderRule.SkipRows(1), ArraySpec.of("eraw", "0", null),
						ArraySpec.of("muraw", "1", null)),
				DataFormat.columns(new HeaderRule.SkipRows(2), ArraySpec.of("eraw", "0", "lim(None, 6145)"),
						ArraySpec.of("i0", "1", null), ArraySpec.of("itr", "2", null)),
				new DataFormat(List.of(ArraySpec.of("x", "Col0", null), ArraySpec.of("y", "Col2/Col1", null)),
						new HeaderRule.CommentsOnly(), ""),
				new DataFormat(List.of(ArraySpec.of("x", "Col0", null), ArraySpec.of("y", "Col1", "k")),
						new HeaderRule.CommentsOnly(), "//"),
				new DataFormat(List.of(ArraySpec.of("x", "Col0", null), ArraySpec.of("y", "Col1", null)),
						new HeaderRule.CommentsOnly(), "§"));
	}

	private static final List<HeaderRule> RULES = List.of(new HeaderRule.CommentsOnly(), new HeaderRule.SkipRows(1),
			new HeaderRule.SkipRows(7), new HeaderRule.LastLineContaining("Col "), new HeaderRule.LastLineContaining("#"),
			new HeaderRule.LastLineContaining("µ"));
	private static final List<String> PREFIXES = List.of("#", "", "//", "§");

	@Test
	void everySharedFileReadsAsTheTextReaderReadsIt() throws Exception {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(SharedData.sharedFolder().resolve("data"))) {
			files = walk.filter(Files::isRegularFile).filter(f -> size(f) < 20_000_000).sorted().toList();
		}
		assertTrue(files.size() > 100, "shared files found: " + files.size());
		int read = 0;
		for (Path file : files) {
			read += assertSame(file, List.of(new HeaderRule.CommentsOnly(), new HeaderRule.LastLineContaining("Col ")),
					List.of("#"));
		}
		assertTrue(read > 100, "files read with some format: " + read);
	}

	@Test
	void lineEndsSpacesAndBlankLines() throws Exception {
		check("# h\r\n1 2 3\r\n\r\n  4\t5 6  \r\n\t\r\n7 8 9\t\n");
		check("# h\r1 2 3\r\r4 5 6\r");
		check("1 2 3\n\n\n4 5 6");
		check("1 2 3\r\n4 5 6\r");
		check("\n\n1 2 3\n \u000b\f\u001c\u001d\u001e\u001f\n1\u001c2\u001f3\n");
		check("1 2 3 # comment\n4 5 6#\n#7 8 9\n  # only comment\n10 11 12 // other\n");
		check("1 2 3 // c\n4 // 5 6\n7 8 9 §\n");
		check("");
		check("# only a header\n\n");
		check("\uFEFF1 2 3\n4 5 6\n");
	}

	@Test
	void shortRowsFailWithTheSameMessage() throws Exception {
		check("1 2 3\n4 5\n");
		check("1 2 3\n4 5 6\n7\n");
		check("1 2 3 4 5 6 7\n1 2 3 4 5 6\n");
		check("1 2 3 4 5 6 7\n1 2 3 4 5 6 #7\n");
		check("1 2 3 4 5 6 7\n1\u30002 3 4 5 6\u00a07\n");
	}

	@Test
	void numberFormsAsBefore() throws Exception {
		String[] forms = { "1e-07", "1E+07", "nan", "NaN", "-nan", "inf", "-inf", "+inf", "Infinity", "-INFINITY",
				"infinite", "-0", "+0", "-0.0", "+1", ".5", "5.", "-.5e-3", "1d", "1D", "1f", "1.5F", "0x1p3", "0X1.8P1",
				"1e", "e5", "E", ".", "+", "-", "1.2.3", "--1", "+-1", "1e+-5", "1e5.5", "1,5", "1/2", "abc", "1e400",
				"-1e400", "1e-400", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
				"2.2250738585072011e-308", "1.7976931348623157e308", "1.7976931348623159e308", "9007199254740993",
				"0.1", "123456789012345678901234567890", "0." + "0".repeat(400) + "1", "1" + "0".repeat(400),
				"1." + "3".repeat(800) + "e-5", "00000000000000000000001.5", "1_000", "\u00011", "1\u0001", "١٢",
				"Ⅻ", "µ", "1µ", "NaNa", "infinity1", "0e0", "-0e-0", "1e0000000000000000000001", "1e-99999999999" };
		StringBuilder text = new StringBuilder();
		for (String form : forms) {
			text.append("1 ").append(form).append(" 2 ").append(form).append('\n');
			text.append(form).append('\t').append(form).append("   ").append(form).append('\n');
		}
		check(text.toString());
	}

	@Test
	void nonAsciiLinesAndBadBytes() throws Exception {
		check("# µA Å\n1 2 3\n4\u30005\u20286\n7\u00a08 9 10\n1 2 3 # µ\n");
		checkBytes(new byte[] { '1', ' ', '2', ' ', '3', '\n', (byte) 0xE2, (byte) 0x82, '\n', '4', ' ', (byte) 0xF0,
				(byte) 0x90, '5', ' ', '6', '\r', (byte) 0xC3, '\n', '7', ' ', '8', ' ', '9', (byte) 0xFF, '\n',
				(byte) 0xE3, (byte) 0x80, (byte) 0x80, '1', ' ', '2', ' ', '3', ' ', (byte) 0xF0, (byte) 0x90, (byte) 0x80 });
	}

	@Test
	void gzippedFilesReadAsPlainOnes() throws Exception {
		String text = "# gz\r\n1 2 3\n4 5 6 # c\n 7 8 9\n";
		Path file = temp.resolve("gz.dat");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		assertSameEverywhere(file);
		Files.write(file, new byte[] { 0x1f, (byte) 0x8b, 1, 2, 3 }); // a broken gzip
		assertSameEverywhere(file);
	}

	@Test
	void randomFilesReadAsTheTextReaderReadsThem() throws Exception {
		Random random = new Random(20260511);
		String[] tokens = { "1", "-2.5", "3e-7", "+4E+2", ".5", "6.", "nan", "-inf", "Infinity", "1d", "x", "0x1p3",
				"1e", "--", "#", "//", "§", "µ", "Col ", "\u3000", "\u00a0", "\u001c", "\u0001", "\t", " ", "  ",
				"8.977345e+03", "5.548553161621094e-07", "123456789012345678901234567", "-0", "1.2.3" };
		String[] breaks = { "\n", "\r\n", "\r", "\n\n" };
		for (int n = 0; n < 400; n++) {
			StringBuilder text = new StringBuilder();
			int lines = random.nextInt(12);
			for (int line = 0; line < lines; line++) {
				int fields = random.nextInt(10);
				for (int f = 0; f < fields; f++) {
					text.append(tokens[random.nextInt(tokens.length)]);
					text.append(random.nextInt(5) == 0 ? "\t" : " ");
				}
				text.append(breaks[random.nextInt(breaks.length)]);
			}
			if (random.nextBoolean()) { // numeric rows dominate real files
				for (int line = 0; line < 5; line++) {
					text.append(random.nextInt(100)).append(' ').append(random.nextDouble()).append(' ')
							.append(random.nextGaussian() * 1e-7).append(' ').append(-random.nextDouble() * 1e12)
							.append('\n');
				}
			}
			check(text.toString());
		}
	}

	@Test
	void randomBytesSplitIntoTheSameLines() {
		Random random = new Random(7);
		byte[] alphabet = { 'a', '1', ' ', '\n', '\r', '#', (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x82,
				(byte) 0xAC, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xFF, (byte) 0xED, (byte) 0xA0 };
		for (int n = 0; n < 3000; n++) {
			byte[] bytes = new byte[random.nextInt(40)];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = alphabet[random.nextInt(alphabet.length)];
			}
			String whole = new String(bytes, StandardCharsets.UTF_8);
			List<String> expected = TextFile.splitLines(whole);
			LineIndex index = new LineIndex(bytes);
			List<String> lines = new ArrayList<>();
			for (int i = 0; i < index.count(); i++) {
				lines.add(index.text(i));
			}
			assertEquals(expected, lines, () -> "bytes " + java.util.HexFormat.of().formatHex(bytes));
		}
	}

	/** Reads {@code text} as a file with every format and header rule, both ways. */
	private void check(String text) throws Exception {
		checkBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private void checkBytes(byte[] bytes) throws Exception {
		Path file = temp.resolve("case.dat");
		Files.write(file, bytes);
		assertSameEverywhere(file);
	}

	/** Compares every reading of the file; returns 1 when some format read it without an error. */
	private static int assertSameEverywhere(Path file) throws Exception {
		return assertSame(file, RULES, PREFIXES);
	}

	/** Compares the readings with every format and with the given rules and prefixes. */
	private static int assertSame(Path file, List<HeaderRule> rules, List<String> prefixes) throws Exception {
		int read = 0;
		for (DataFormat format : formats()) {
			Object expected = outcome(() -> TextReference.read(file, format));
			Object actual = outcome(() -> ColumnFileReader.read(file, format));
			assertEquals(describe(expected), describe(actual), file + " with " + format);
			read |= expected instanceof LoadedData ? 1 : 0;
		}
		for (HeaderRule rule : rules) {
			for (String prefix : prefixes) {
				Object expected = outcome(() -> TextReference.readTable(file, rule, prefix));
				Object actual = outcome(() -> ColumnFileReader.readTable(file, rule, prefix));
				assertEquals(describe(expected), describe(actual), file + " table with " + rule + " " + prefix);
				assertEquals(describe(outcome(() -> TextReference.readHeader(file, rule, prefix))),
						describe(outcome(() -> ColumnFileReader.readHeader(file, rule, prefix))), file + " header");
			}
		}
		return read;
	}

	interface Reading {
		Object run() throws Exception;
	}

	private static Object outcome(Reading reading) {
		try {
			return reading.run();
		} catch (DataFormatException e) {
			return e;
		} catch (Exception | Error e) {
			fail("unexpected " + e, e);
			return null;
		}
	}

	/** A text that is equal for equal outcomes: doubles by their bits, exceptions by message. */
	private static String describe(Object outcome) throws DataFormatException {
		StringBuilder text = new StringBuilder();
		switch (outcome) {
		case DataFormatException e -> text.append("error ").append(e.getMessage()).append(" | ").append(e.source())
				.append(" | ").append(e.location()).append(" | ").append(e.problem());
		case LoadedData data -> {
			text.append(data.source()).append(' ').append(data.rowCount()).append(' ').append(data.headerLines())
					.append(' ').append(data.notes()).append(' ').append(data.metadata()).append('\n');
			for (String name : data.arrayNames()) {
				text.append(name).append(": ").append(bits(data.array(name).orElse(null))).append('\n');
			}
		}
		case ColumnTable table -> {
			text.append(table.source()).append(' ').append(table.rowCount()).append(' ').append(table.labels())
					.append('\n');
			for (int i = 0; i < table.columnCount(); i++) {
				text.append(i).append(": ").append(bits(table.column(i))).append('\n');
			}
		}
		default -> text.append(Objects.toString(outcome));
		}
		return text.toString();
	}

	private static String bits(double[] values) {
		if (values == null) {
			return "null";
		}
		StringBuilder text = new StringBuilder();
		for (double value : values) {
			text.append(Long.toHexString(Double.doubleToRawLongBits(value))).append(' ');
		}
		return text.toString();
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return Long.MAX_VALUE;
		}
	}
}
