package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.read.ColumnFileReader;
import org.parseq.io.read.FioFile;
import org.parseq.io.read.SpecFile;
import org.parseq.io.read.SpecScan;

class FioAndSpecTest {
	@TempDir
	Path temp;

	@Test
	void fioFileHasLabelsCommentsAndTheSameArraysAsTheHeaderRule() throws DataFormatException {
		Path path = SharedData.data("parseq-xas/Cu_lnt1.fio");
		FioFile fio = FioFile.read(path);
		assertEquals(12, fio.table().columnCount());
		assertEquals("CU_LNT_00001R1_HHENERGY", fio.table().labels().get(3));
		assertTrue(fio.comments().stream().anyMatch(line -> line.contains("EXAFS-Scan started")), fio.comments().toString());
		DataFormat format = DataFormat.columns(new HeaderRule.LastLineContaining("Col "), ArraySpec.of("eraw", "3", null),
				ArraySpec.of("i0", "Col5", "counts"), ArraySpec.of("itr", "6", "counts"));
		LoadedData structured = fio.read(format);
		LoadedData generic = ColumnFileReader.read(path, format);
		for (String name : List.of("eraw", "i0", "itr")) {
			assertArrayEquals(generic.requireArray(name), structured.requireArray(name), name);
		}
	}

	@Test
	void allFioFilesRead() throws Exception {
		try (var files = Files.list(SharedData.data("parseq-xas"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".fio")).toList()) {
				FioFile fio = FioFile.read(file);
				assertTrue(fio.table().rowCount() > 500, file.toString());
			}
		}
	}

	@Test
	void foilFilesAreSingleScanSpecFiles() throws Exception {
		try (var files = Files.list(SharedData.data("parseq-xas/foils"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".dat")).toList()) {
				SpecFile spec = SpecFile.read(file);
				assertEquals(1, spec.scans().size(), file.toString());
				SpecScan scan = spec.scans().get(0);
				assertEquals(8, scan.labels().size(), scan.labels().toString());
				assertTrue(scan.table().rowCount() >= 4000, file.toString());
				assertEquals("mono1_energy_acs", scan.labels().get(1));
			}
		}
	}

	@Test
	void multiScanFileGivesOneEntryPerScanWithItsLabels() throws Exception {
		Path file = temp.resolve("multi.spec");
		Files.writeString(file, String.join("\n", "#F multi.spec", "#E 1700000000", "", "#S 1 ascan th 0 1 2 0.1",
				"#L Two Words  I0  It", "0 10 5", "1 11 6", "", "#S 2 ascan energy 8900 9000 3 1", "#N 3",
				"#L energy  I0  It", "#C a comment", "9000 20 2", "8900 22 3", "8950 21 1", "", "#S 3 empty", "#L a  b",
				""));
		SpecFile spec = SpecFile.read(file);
		assertEquals(3, spec.scans().size());
		assertEquals(List.of("Two Words", "I0", "It"), spec.scans().get(0).labels());
		SpecScan second = spec.scans().get(1);
		assertEquals("2", second.number());
		assertEquals("ascan energy 8900 9000 3 1", second.title());
		DataFormat format = DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("eraw", "0", null),
				ArraySpec.of("i0", "1", null), ArraySpec.of("itr", "Col2", null));
		LoadedData data = second.read(format);
		assertArrayEquals(new double[] { 8900, 8950, 9000 }, data.requireArray("eraw"));
		assertArrayEquals(new double[] { 3, 1, 2 }, data.requireArray("itr"));
		assertTrue(data.source().endsWith("::#S 2"), data.source());
		DataFormatException empty = assertThrows(DataFormatException.class, () -> spec.scans().get(2).read(format));
		assertTrue(empty.getMessage().contains("#S 3"), empty.getMessage());
	}

	@Test
	void aFileWithoutScansIsNotSpec() throws Exception {
		Path file = temp.resolve("plain.txt");
		Files.writeString(file, "1 2\n3 4\n");
		DataFormatException error = assertThrows(DataFormatException.class, () -> SpecFile.read(file));
		assertTrue(error.problem().contains("#S"), error.getMessage());
	}
}
