package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.DataSource;
import org.parseq.io.read.AutoFormat;
import org.parseq.io.read.ColumnFileReader;
import org.parseq.io.read.ColumnGuess;
import org.parseq.io.read.ColumnGuess.MuDefinition;
import org.parseq.io.read.ColumnGuess.Role;

/**
 * The automatic format finds the columns of every XAS column file with a header in shared/data
 * (the foils, DESY .fio, µ files, XDI, the converted currents), as the hand-written formats of
 * the examples and the original's README read them, and loads them with no manual format; files
 * it cannot read are told which line and what was expected.
 */
class AutoColumnFormatTest {

	/** file; energy; I0; It; If; µ given; µ definition (the formats the examples and tests use by hand) */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			// ALBA: #L mono1_energy_acs albaem02_ch1..ch4, split chambers (cu-foils.format.json)
			"parseq-xas/foils/Cu-foil_EXAFS_23068.dat; Col1; Col3+Col4; Col5+Col6; ; ; TRANSMISSION",
			"parseq-xas/foils/Ce-foil_EXAFS_23315.dat; Col1; Col3+Col4; Col5+Col6; ; ; TRANSMISSION",
			// DESY fio: HHENERGY named in metal scans, the scan's own column in oxides; C1, C2 (RealDatasets)
			"parseq-xas/Cu_lnt1.fio; Col3; Col5; Col6; ; ; TRANSMISSION",
			"parseq-xas/CuO_lnt.fio; Col0; Col5; Col6; ; ; TRANSMISSION",
			// a header line without '#': E, mu
			"parseq-xas/fe2o3_tr2.mu; Col0; ; ; ; Col1; GIVEN",
			// XDI Column.N with units
			"xdi/good/cu_metal_rt.xdi; Col0; Col1; Col2; ; Col3; TRANSMISSION",
			"xdi/good/pt_metal_rt.xdi; Col0; Col3; Col2; ; ; TRANSMISSION",
			"xdi/good/fe2o3_rt.xdi; Col0; Col2; ; ; Col1; GIVEN",
			"parseq-tests/cur-Cu-foil_EXAFS_23070.txt.gz; Col0; Col1; Col2; ; ; TRANSMISSION" })
	void realFilesGetTheirColumns(String file, String energy, String i0, String it, String fluorescence,
			String mu, MuDefinition definition) throws DataFormatException {
		ColumnGuess guess = AutoFormat.guess(SharedData.data(file));
		assertEquals(energy, guess.columns().get(Role.ENERGY), guess.describe());
		assertEquals(i0, guess.columns().get(Role.I0), guess.describe());
		assertEquals(it, guess.columns().get(Role.IT), guess.describe());
		assertEquals(fluorescence, guess.columns().get(Role.IF), guess.describe());
		assertEquals(mu, guess.columns().get(Role.MU), guess.describe());
		assertEquals(definition, guess.mu());
	}

	/** Every XAS column file with a header in shared/data loads with the guessed format, finite and in energy order. */
	@Test
	void everyXasColumnFileWithAHeaderLoadsWithNoManualFormat() throws IOException, DataFormatException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(SharedData.sharedFolder().resolve("data"))) {
			files = walk.filter(Files::isRegularFile).filter(AutoColumnFormatTest::isXasColumnFile).sorted().toList();
		}
		// 21 foils, 7 fio, 2 µ files, 15 XDI XAFS files, the converted currents
		assertEquals(46, files.size(), "files: " + files);
		for (Path file : files) {
			ColumnGuess guess = AutoFormat.guess(file);
			LoadedData data = ColumnFileReader.read(file, format(guess));
			double[] e = data.array("e").orElseThrow();
			double[] mu = data.array("mu").orElseThrow();
			assertTrue(e.length > 50, file + ": " + e.length + " points");
			for (int i = 1; i < e.length; i++) {
				assertTrue(e[i] > e[i - 1], file + ": energy not increasing at " + i);
			}
			// the energies are X-ray energies in eV, µ is a number: right columns, right definition
			assertTrue(e[0] > 1000 && e[e.length - 1] < 40000, file + ": energy " + e[0] + ".." + e[e.length - 1]);
			assertTrue(Stream.of(mu).flatMapToDouble(java.util.Arrays::stream).allMatch(Double::isFinite),
					file + ": µ has non-finite values with " + guess.describe());
		}
	}

	/** Measured XAS scans in shared/data: the beamline files with a header line naming their columns. */
	private static boolean isXasColumnFile(Path file) {
		String path = file.toString().replace('\\', '/');
		return path.matches(".*/parseq-xas/foils/[^/]+\\.dat") || path.endsWith(".fio") || path.endsWith(".mu")
				|| path.matches(".*/xdi/good/(?!nonxafs_negvalues)[^/]+\\.xdi") || path.contains("/cur-");
	}

	@Test
	void beamlineHeadersItHasNotSeen(@TempDir Path folder) throws IOException, DataFormatException {
		Map<String, String> cases = new LinkedHashMap<>();
		// SPEC with #C comments, fluorescence
		cases.put("#F scan\n#S 1 ascan\n#C counters: I0 ion chamber, If SDD\n#L Energy  Io  If  Iref\n",
				"Col0|Col1||Col2|FLUORESCENCE");
		// quoted names with blanks and units
		cases.put("# \"Mono Energy (eV)\"  \"I0 [A]\"  \"It [A]\"\n", "Col0|Col1|Col2||TRANSMISSION");
		// tabbed header with a monitor
		cases.put("# E/eV\tmon\ttrans\n", "Col0|Col1|Col2||TRANSMISSION");
		// three numbered channels: I0, It and reference
		cases.put("# energy ch1 ch2 ch3\n", "Col0|Col1|Col2||TRANSMISSION");
		for (Map.Entry<String, String> header : cases.entrySet()) {
			Path file = folder.resolve("scan" + cases.keySet().stream().toList().indexOf(header.getKey()) + ".txt");
			StringBuilder text = new StringBuilder(header.getKey());
			for (int i = 0; i < 100; i++) {
				double e = 8900 + i;
				String[] row = { Double.toString(e), "1.0e-6", "4.0e-7", "2.0e-7" };
				int columns = header.getKey().contains("\"") ? 3 : header.getKey().split("\n")[header.getKey().split("\n").length - 1]
						.replace("#L", "").replace("#", "").strip().split("\\s+").length;
				text.append(String.join(" ", java.util.Arrays.copyOf(row, columns))).append('\n');
			}
			Files.writeString(file, text);
			String[] expected = header.getValue().split("\\|", -1);
			ColumnGuess guess = AutoFormat.guess(file);
			assertEquals(expected[0], guess.columns().get(Role.ENERGY), header.getKey() + guess.describe());
			assertEquals(expected[1], guess.columns().get(Role.I0), header.getKey() + guess.describe());
			assertEquals(expected[2].isEmpty() ? null : expected[2], guess.columns().get(Role.IT),
					header.getKey() + guess.describe());
			assertEquals(expected[3].isEmpty() ? null : expected[3], guess.columns().get(Role.IF),
					header.getKey() + guess.describe());
			assertEquals(MuDefinition.valueOf(expected[4]), guess.mu(), header.getKey());
			assertEquals(100, ColumnFileReader.read(file, format(guess)).array("e").orElseThrow().length);
		}
	}

	@Test
	void aFileItCannotReadIsToldTheLineAndWhatWasExpected(@TempDir Path folder) throws IOException {
		Path unnamed = folder.resolve("unnamed.dat");
		Files.writeString(unnamed, "some title\n8900 1 2\n8901 1 2\n");
		DataFormatException e = assertThrows(DataFormatException.class, () -> AutoFormat.guess(unnamed));
		assertTrue(e.getMessage().contains("line 2: the first data row has 3 columns, but no header line"),
				e.getMessage());
		Path wrongCount = folder.resolve("wrong.spec");
		Files.writeString(wrongCount, "#S 1\n#L energy I0\n8900 1 2\n");
		e = assertThrows(DataFormatException.class, () -> AutoFormat.guess(wrongCount));
		assertTrue(e.getMessage().contains("line 2: the #L line names 2 columns but the data rows (line 3) have 3"),
				e.getMessage());
		Path noSignal = folder.resolve("nosignal.dat");
		Files.writeString(noSignal, "# energy time\n8900 1\n8901 1\n");
		e = assertThrows(DataFormatException.class, () -> AutoFormat.guess(noSignal));
		assertTrue(e.getMessage().contains("line 1 (column names [energy, time])")
				&& e.getMessage().contains("expected I0 with It or If"), e.getMessage());
	}

	/** e and µ of a guess, as the µd node would read them. */
	static DataFormat format(ColumnGuess guess) throws DataFormatException {
		return new DataFormat(List.of(new ArraySpec("e", DataSource.parse(guess.columns().get(Role.ENERGY)), null),
				new ArraySpec("mu", DataSource.parse(guess.muExpression()), null)), guess.header(), guess.comments());
	}
}
