package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.io.DataFormatException;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.source.NamedFormats;
import org.parseq.io.source.NamedFormats.NamedFormat;
import org.parseq.io.tree.EntryKind;
import org.parseq.io.tree.FileTree;
import org.parseq.io.tree.TreeEntry;

class NamedFormatsTest {
	static final String FOILS = "{\"node\": \"currents Tr\", \"columns\": {\"eraw\": \"Col1\", \"i0\": \"Col3+Col4\","
			+ " \"itr\": \"Col5+Col6\"}, \"conversionFactors\": {\"i0\": \"µA\", \"itr\": \"µA\"}}";
	static final String FIO = "{\"node\": \"currents Tr\", \"columns\": {\"eraw\": \"3\", \"i0\": \"Col5\", \"itr\": 6},"
			+ " \"lastSkipRowContains\": \"Col \"}";
	static final String HERFD = "{\"node\": \"currents Tr\", \"columns\": {\"eraw\": \"measurement/mono1_energy_acs\","
			+ " \"i0\": \"d[\\\"measurement/albaem-01_ch1\\\"] + d[\\\"measurement/albaem-01_ch2\\\"]\","
			+ " \"itr\": \"measurement/albaem-02_ch3\"}, \"metadata\": \"title, user_scan_name\"}";
	private static final Path XAS = SharedData.data("parseq-xas");

	@TempDir
	Path temp;

	@Test
	void saveListLoadReplaceDelete() throws Exception {
		NamedFormats formats = new NamedFormats(temp.resolve("formats"));
		assertEquals(List.of(), formats.list().formats(), "a missing folder has no formats");
		NamedFormat saved = formats.save("ALBA foils", FOILS, List.of("albaem02_ch1", " "), List.of());
		formats.save("DESY fio", FIO, List.of("%d"), List.of("albaem02_ch1"));
		assertEquals(List.of("ALBA foils", "DESY fio"), formats.list().names());
		assertEquals(List.of(), formats.list().skipped());
		assertEquals(temp.resolve("formats/ALBA foils.json"), saved.file());
		try (Stream<Path> files = Files.list(temp.resolve("formats"))) {
			assertEquals(2, files.count(), "no temporary file is left behind");
		}

		NamedFormat loaded = formats.load("ALBA foils");
		assertEquals(List.of("albaem02_ch1"), loaded.presentKeywords(), "blank keywords are dropped");
		assertEquals(List.of(), loaded.absentKeywords());
		assertEquals(saved.formatJson(), loaded.formatJson());
		assertEquals(Map.of("eraw", "Col1", "i0", "Col3+Col4", "itr", "Col5+Col6"), loaded.definition().columns());
		assertEquals("µA", loaded.definition().conversionFactors().get("i0"));
		assertFalse(loaded.forHdf5());
		assertEquals(new HeaderRule.LastLineContaining("Col "), formats.load("DESY fio").definition().header());

		formats.save("ALBA foils", FOILS, List.of("albaem02_ch2"), List.of("Pt_No"));
		NamedFormat replaced = formats.load("ALBA foils");
		assertEquals(List.of("albaem02_ch2"), replaced.presentKeywords());
		assertEquals(List.of("Pt_No"), replaced.absentKeywords());
		assertEquals(2, formats.list().formats().size());

		assertTrue(formats.delete("ALBA foils"));
		assertFalse(formats.delete("ALBA foils"));
		assertEquals(List.of("DESY fio"), formats.list().names());
		DataFormatException gone = assertThrows(DataFormatException.class, () -> formats.load("ALBA foils"));
		assertTrue(gone.getMessage().contains("no named format 'ALBA foils'"), gone.getMessage());
	}

	@Test
	void namesWithAnyCharactersRoundTripThroughFileNames() throws Exception {
		NamedFormats formats = new NamedFormats(temp);
		String name = "HERFD / ALBA: µ-bar .v2";
		NamedFormat saved = formats.save(name, HERFD, List.of("albaem-01_ch1"), List.of());
		assertTrue(Files.isRegularFile(saved.file()));
		assertFalse(saved.file().getFileName().toString().contains("/"));
		assertEquals(name, formats.load(name).name());
		assertEquals(List.of(name), formats.list().names());
		assertTrue(formats.load(name).forHdf5());
		assertEquals(List.of("title", "user_scan_name"), formats.load(name).definition().metadata());
		assertThrows(DataFormatException.class, () -> formats.save(" ", FOILS, List.of(), List.of()));
		assertThrows(DataFormatException.class, () -> formats.save("a\nb", FOILS, List.of(), List.of()));
	}

	@Test
	void aBadFormatIsRefusedNamingTheKeyAndNothingIsWritten() {
		NamedFormats formats = new NamedFormats(temp);
		DataFormatException error = assertThrows(DataFormatException.class, () -> formats.save("bad",
				"{\"node\": \"currents Tr\", \"columns\": {\"eraw\": \"Col1+\"}}", List.of(), List.of()));
		assertTrue(error.getMessage().contains("named format 'bad'"), error.getMessage());
		assertTrue(error.getMessage().contains("columns.eraw"), error.getMessage());
		DataFormatException slices = assertThrows(DataFormatException.class, () -> formats.save("bad",
				"{\"node\": \"n\", \"columns\": {\"x\": \"data\"}, \"slices\": {\"x\": \"0:2:1\"}}", List.of(), List.of()));
		assertTrue(slices.getMessage().contains("slices.x"), slices.getMessage());
		assertTrue(slices.getMessage().contains("steps"), slices.getMessage());
		assertFalse(Files.exists(temp.resolve("bad.json")));
	}

	@Test
	void badAndForeignFilesAreSkippedWithAReason() throws Exception {
		NamedFormats formats = new NamedFormats(temp);
		formats.save("good", FOILS, List.of("albaem02_ch1"), List.of());
		Files.writeString(temp.resolve("notes.txt"), "my formats");
		Files.writeString(temp.resolve("broken.json"), "{\"parseqNamedFormat\": 1, \"name\": ");
		Files.writeString(temp.resolve("foreign.json"), "{\"theme\": \"dark\"}");
		Files.writeString(temp.resolve("future.json"), "{\"parseqNamedFormat\": 7, \"name\": \"future\", \"format\": {}}");
		Files.writeString(temp.resolve("nonode.json"),
				"{\"parseqNamedFormat\": 1, \"name\": \"nonode\", \"format\": {\"columns\": {\"eraw\": \"Col1\"}}}");
		Files.writeString(temp.resolve("renamed.json"), Files.readString(temp.resolve("good.json")));
		Files.writeString(temp.resolve(".saving-123.tmp"), "{");
		Files.createDirectory(temp.resolve("sub"));
		Files.write(temp.resolve("binary.json"), new byte[] { (byte) 0x89, 'H', 'D', 'F', 0, 1, 2 });

		NamedFormats.Listing listing = formats.list();
		assertEquals(List.of("good"), listing.names());
		Map<String, String> reasons = listing.skipped().stream()
				.collect(Collectors.toMap(s -> s.file().getFileName().toString(), NamedFormats.Skipped::reason));
		assertEquals(9, reasons.size(), reasons.toString());
		assertTrue(reasons.get("notes.txt").contains("not a .json file"), reasons.toString());
		assertTrue(reasons.get("broken.json").contains("not valid JSON"), reasons.toString());
		assertTrue(reasons.get("foreign.json").contains("not a ParSeq named format"), reasons.toString());
		assertTrue(reasons.get("future.json").contains("version 7"), reasons.toString());
		assertTrue(reasons.get("nonode.json").contains("\"node\""), reasons.toString());
		assertTrue(reasons.get("renamed.json").contains("good.json"), reasons.toString());
		assertTrue(reasons.get(".saving-123.tmp").contains("interrupted save"), reasons.toString());
		assertTrue(reasons.get("sub").contains("folder"), reasons.toString());
		assertTrue(reasons.get("binary.json").startsWith(temp.resolve("binary.json").toString()), reasons.toString());
		DataFormatException foreign = assertThrows(DataFormatException.class, () -> formats.load("foreign"));
		assertTrue(foreign.getMessage().contains("foreign.json"), foreign.getMessage());

		assertEquals(List.of("good"), formats.matching(XAS.resolve("foils/Cu-foil_EXAFS_23068.dat")),
				"matching works beside foreign files");
	}

	@Test
	void keywordsChooseFormatsForTheRealColumnFiles() throws Exception {
		NamedFormats formats = new NamedFormats(temp);
		formats.save("ALBA foils", FOILS, List.of("albaem02_ch1"), List.of());
		formats.save("DESY fio", FIO, List.of("%d", "Col 5"), List.of("albaem02_ch1"));
		formats.save("not 23068", FOILS, List.of("#L Pt_No"), List.of("#S 23068 "));
		formats.save("HERFD", HERFD, List.of(), List.of());
		List<Path> foils;
		try (Stream<Path> files = Files.list(XAS.resolve("foils"))) {
			foils = files.filter(p -> p.toString().endsWith(".dat")).sorted().toList();
		}
		assertEquals(21, foils.size());
		for (Path foil : foils) {
			List<String> expected = foil.getFileName().toString().contains("23068") ? List.of("ALBA foils")
					: List.of("ALBA foils", "not 23068");
			assertEquals(expected, formats.matching(foil), foil.toString());
		}
		for (String fio : List.of("Cu_lnt1.fio", "Cu_lnt2.fio", "Cu_rt1.fio", "Cu_rt2.fio", "Cu2O_lnt1.fio", "CuO_lnt.fio")) {
			assertEquals(List.of("DESY fio"), formats.matching(XAS.resolve(fio)), fio);
		}
		assertEquals(List.of(), formats.matching(XAS.resolve("fe2o3_15_35.mu")));
		assertEquals(List.of(), formats.matching(XAS.resolve("foils")), "a folder is offered no format");
		assertEquals(List.of(), formats.matching(temp.resolve("missing.dat")), "a missing file is offered no format");
	}

	@Test
	void theHeaderOfAColumnFileFollowsEachFormatsHeaderRule() throws Exception {
		Path file = Files.writeString(temp.resolve("data.txt"),
				"title line with KEY1\nsecond\n# comment KEY2\n1 2 3\n# KEY3 after the data\n4 5 6\n");
		NamedFormats formats = new NamedFormats(temp.resolve("formats"));
		String columns = "\"columns\": {\"x\": \"Col0\"}";
		formats.save("skip2", "{\"node\": \"n\", " + columns + ", \"skipRows\": 2}", List.of("KEY1", "KEY2"), List.of());
		formats.save("comments", "{\"node\": \"n\", " + columns + "}", List.of("KEY2"), List.of());
		formats.save("after data", "{\"node\": \"n\", " + columns + ", \"skipRows\": 2}", List.of("KEY3"), List.of());
		formats.save("last", "{\"node\": \"n\", " + columns + ", \"lastSkipRowContains\": \"second\"}",
				List.of("KEY1"), List.of("KEY3"));
		// "comments" reads no skipped rows: its header is empty, the first line is data
		assertEquals(List.of("last", "skip2"), formats.matching(file));
	}

	@Test
	void keywordsChooseFormatsForHdf5EntriesFromMeasurementNamesAndMetadata() throws Exception {
		NamedFormats formats = new NamedFormats(temp);
		formats.save("HERFD", HERFD, List.of("albaem-01_ch1", "mono1_energy_acs"), List.of("eiger_xes"));
		formats.save("HERFD 24212", HERFD, List.of("user_scan_name: SrCO3_311_HERFD_XANES_24212"), List.of());
		formats.save("master", "{\"node\": \"currents Tr\", \"columns\": {\"eraw\": \"measurement/mono1_energy_acs\","
				+ " \"i0\": \"measurement/albaem_2d_01/channel1/data\"}, \"metadata\": [\"title\"]}",
				List.of("albaem_2d_01", "title: ascan "), List.of());
		formats.save("foils", FOILS, List.of(), List.of());
		Path herfd = XAS.resolve("HERFD/20230318.h5");
		Path master = SharedData.data("parseq-tests/hdf5/20240213s.h5");
		assertEquals(List.of("HERFD", "HERFD 24212"), formats.matching(herfd, "/entry24212"));
		assertEquals(List.of("HERFD"), formats.matching(herfd, "/entry24213"));
		assertEquals(List.of("master"), formats.matching(master, "/entry29270"));
		assertEquals(List.of(), formats.matching(herfd, "/entry24212/measurement/mono1_energy_acs"),
				"a dataset is not an entry");
		assertEquals(List.of(), formats.matching(herfd), "an HDF5 file is not an entry");
		assertEquals(List.of(), formats.matching(herfd, "/nothing"));
		try (FileTree tree = new FileTree()) {
			TreeEntry entry = tree.entryFor(herfd).children().get(0);
			assertEquals(EntryKind.HDF5_GROUP, entry.kind());
			List<String> header = entry.keywordHeader(new HeaderRule.CommentsOnly(), "#", List.of("title", "/missing"));
			assertTrue(header.contains("albaem-01_ch1"), header.toString());
			assertTrue(header.contains("eiger_streaming"), "a broken link is still a name: " + header);
			assertTrue(header.contains("title: ascanct mono1_energy_acs 16065.0 16185.0 600 0.5 1.0"), header.toString());
			assertEquals(List.of("HERFD", "HERFD 24212"), formats.matching(entry));
		}
	}

	static Path copy(Path source, Path folder) throws IOException {
		return Files.copy(source, folder.resolve(source.getFileName()));
	}
}
