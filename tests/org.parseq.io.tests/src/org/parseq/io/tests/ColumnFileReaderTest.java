package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.Conversion;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.read.AutoFormat;
import org.parseq.io.read.ColumnFileReader;
import org.parseq.io.read.ColumnTable;

class ColumnFileReaderTest {
	@TempDir
	Path temp;

	private static DataFormat ceRu2Format() throws DataFormatException {
		return DataFormat.columns(new HeaderRule.SkipRows(2), ArraySpec.of("eraw", "0", "lim(None, 6145)"),
				ArraySpec.of("i0", "1", null), ArraySpec.of("itr", "2", null), ArraySpec.of("eref", "", null));
	}

	@Test
	void ceRu2DuplicatesAreCountedAsTheOriginalDoesAndLimCutsAllArrays() throws DataFormatException {
		LoadedData ce = ColumnFileReader.read(SharedData.data("parseq-xas/CeRu2/CE0074.DAT"), ceRu2Format());
		assertTrue(ce.notes().contains("2 duplicate E values have been removed"), ce.notes().toString());
		double[] e = ce.requireArray("eraw");
		for (int i = 1; i < e.length; i++) {
			assertTrue(e[i] > e[i - 1], "strictly increasing after de-duplication at " + i);
		}
		assertTrue(e[e.length - 1] < 6145, "lim(None, 6145) is strict");
		assertEquals(e.length, ce.requireArray("itr").length);
		LoadedData ru = ColumnFileReader.read(SharedData.data("parseq-xas/CeRu2/RU0074.DAT"), ceRu2Format());
		assertTrue(ru.notes().contains("112 duplicate E values have been removed"), ru.notes().toString());
	}

	@Test
	void firstOccurrenceOfADuplicateIsKeptAndRowsAreSorted() throws Exception {
		Path file = temp.resolve("dups.txt");
		Files.writeString(file, "# x y\n3 30\n1 10\n2 20\n1 11\n3 31\n3 32\n");
		DataFormat format = DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("x", "0", null),
				ArraySpec.of("y", "1", "k"));
		LoadedData data = ColumnFileReader.read(file, format);
		assertArrayEquals(new double[] { 1, 2, 3 }, data.requireArray("x"));
		assertArrayEquals(new double[] { 10e-3, 20e-3, 30e-3 }, data.requireArray("y"), 1e-15);
		assertEquals(List.of("5 duplicate E values have been removed"), data.notes());
		assertEquals(List.of("# x y"), data.headerLines());
	}

	@Test
	void gzipIsDetectedByMagicBytesNotByName() throws Exception {
		Path original = SharedData.data("parseq-xas/foils/Cu-foil_EXAFS_23068.dat");
		Path gzipped = temp.resolve("no-suffix.dat");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
			Files.copy(original, out);
		}
		DataFormat format = DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("eraw", "Col1", null),
				ArraySpec.of("i0", "Col3+Col4", "µA"));
		assertArrayEquals(ColumnFileReader.read(original, format).requireArray("i0"),
				ColumnFileReader.read(gzipped, format).requireArray("i0"));
	}

	@Test
	void headerEndsAtTheLastLineWithTheKeyword() throws Exception {
		Path file = temp.resolve("h.txt");
		Files.writeString(file, "title\nCol 1 x\nnoise 7 7\nCol 2 y\n1 2\n3 4\n");
		DataFormat format = DataFormat.columns(new HeaderRule.LastLineContaining("Col "), ArraySpec.of("x", "0", null),
				ArraySpec.of("y", "1", null));
		LoadedData data = ColumnFileReader.read(file, format);
		assertArrayEquals(new double[] { 1, 3 }, data.requireArray("x"));
		assertEquals(4, data.headerLines().size());
	}

	@Test
	void unparsableFieldsBecomeNaNAndShortRowsFailWithTheLineNumber() throws Exception {
		Path file = temp.resolve("bad.txt");
		Files.writeString(file, "1 2 3\n2 oops 3\n3 1d 3\n4 5\n");
		DataFormat needsTwo = DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("x", "0", null),
				ArraySpec.of("y", "1", null));
		double[] y = ColumnFileReader.read(file, needsTwo).requireArray("y");
		assertEquals(2, y[0]);
		assertTrue(Double.isNaN(y[1]));
		assertTrue(Double.isNaN(y[2]), "Java's 1d suffix is not a Python number");
		DataFormat needsThree = DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("x", "0", null),
				ArraySpec.of("z", "Col2", null));
		DataFormatException error = assertThrows(DataFormatException.class, () -> ColumnFileReader.read(file, needsThree));
		assertEquals("line 4", error.location());
		assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
		assertTrue(error.problem().contains("at least 3 columns"), error.getMessage());
	}

	@Test
	void missingFileAndMissingColumnAreDataFormatErrors() throws Exception {
		DataFormat format = DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("x", "0", null));
		assertThrows(DataFormatException.class, () -> ColumnFileReader.read(temp.resolve("none.txt"), format));
		Path empty = temp.resolve("empty.txt");
		Files.writeString(empty, "# only a header\n");
		DataFormatException error = assertThrows(DataFormatException.class, () -> ColumnFileReader.read(empty, format));
		assertTrue(error.problem().contains("no data rows"), error.getMessage());
	}

	@Test
	void resFileHasAnEnergyAndNineteenSpectra() throws DataFormatException {
		ColumnTable table = ColumnFileReader.readTable(SharedData.data("parseq-xas/cu-ref-mix.res"),
				new HeaderRule.SkipRows(1), "#");
		assertEquals(20, table.columnCount());
		assertEquals(8870.2, table.column(0)[0]);
		assertEquals(0.00064, table.column(1)[0]);
	}

	@Test
	void conversionsFollowTheOriginalFirstCharacterRule() throws DataFormatException {
		assertEquals(1e6, Conversion.parse("µA").factor());
		assertEquals(1e6, Conversion.parse("uA").factor());
		assertEquals(1e12, Conversion.parse("photons").factor(), "only the first character counts");
		assertEquals(1, Conversion.parse("counts").factor());
		assertEquals(1e-3, Conversion.parse("kcps").factor());
		assertEquals(2.5, Conversion.parse("2.5").factor());
		assertEquals(new Conversion.None(), Conversion.parse("None"));
		Conversion.Limit limit = (Conversion.Limit) Conversion.parse("lim(None, 6145)");
		assertTrue(limit.accepts(6144.9) && !limit.accepts(6145));
		assertThrows(DataFormatException.class, () -> Conversion.parse("lim(a, 3)"));
	}

	@Test
	void anEmptyLimIsIgnoredWithANote() throws Exception {
		Path file = temp.resolve("lim.txt");
		Files.writeString(file, "1 2\n3 4\n");
		DataFormat format = DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("x", "0", "lim(10, None)"),
				ArraySpec.of("y", "1", null));
		LoadedData data = ColumnFileReader.read(file, format);
		assertEquals(2, data.rowCount());
		assertTrue(data.notes().get(0).contains("ignored"), data.notes().toString());
	}

	@Test
	void autoFormatFromTheLabelLine() throws Exception {
		Path file = temp.resolve("auto.dat");
		Files.writeString(file, "#S 1 scan\n#L Pt_No  energy  I0  It\n0 9000 1e-6 2e-6\n1 9001 3e-6 4e-6\n");
		List<String> header = ColumnFileReader.readHeader(file, new HeaderRule.CommentsOnly(), "#");
		DataFormat format = AutoFormat.fromLabels(header, "It", "itr").orElseThrow();
		LoadedData data = ColumnFileReader.read(file, format);
		assertArrayEquals(new double[] { 9000, 9001 }, data.requireArray("eraw"));
		assertArrayEquals(new double[] { 2, 4 }, data.requireArray("itr"), 1e-12);
		assertTrue(AutoFormat.fromLabels(header, "If", "iey").isEmpty(), "no If column, no TEY format");
	}

	@Test
	void aMissingColumnNamesFileArrayAndExpression() throws Exception {
		DataFormat format = DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("eraw", "Col1", null),
				ArraySpec.of("i0", "Col3+Col99", "µA"));
		Path foil = SharedData.data("parseq-xas/foils/Cu-foil_EXAFS_23068.dat");
		DataFormatException error = assertThrows(DataFormatException.class, () -> ColumnFileReader.read(foil, format));
		assertTrue(error.getMessage().startsWith(foil.toString()), error.getMessage());
		assertTrue(error.getMessage().contains("at least 100 columns"), error.getMessage());
	}

	@Test
	void aFolderIsNotReadAsText() {
		DataFormat format = DataFormat.columns(new HeaderRule.CommentsOnly(),
				new ArraySpec("x", new org.parseq.io.format.DataSource.ColumnIndex(0), null));
		DataFormatException error = assertThrows(DataFormatException.class, () -> ColumnFileReader.read(temp, format));
		assertTrue(error.problem().contains("not a regular file"), error.getMessage());
	}
}
