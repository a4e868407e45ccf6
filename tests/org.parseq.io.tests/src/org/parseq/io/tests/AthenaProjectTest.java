package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.athena.AthenaGroup;
import org.parseq.io.athena.AthenaParameterMapping;
import org.parseq.io.athena.AthenaProject;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.tree.EntryKind;
import org.parseq.io.tree.FileKinds;
import org.parseq.io.tree.FileTree;
import org.parseq.io.tree.TreeEntry;

/**
 * Every real Athena project of shared/data/athena-prj reads with the right groups, arrays, E0
 * and mapped ranges; damaged and unknown projects get messages naming the file and the group;
 * nothing in a project is ever run.
 */
class AthenaProjectTest {

	private static Path project(String name) {
		return SharedData.data("athena-prj/" + name);
	}

	/** Groups, the first group's tag, its arrays, points and Athena's E0 (counted with python from the files). */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"Copper.prj; perl; 1; xsypw; x y i0 signal; 612; 8977.58",
			"CuHERFD_standards.prj; perl; 39; cuher0001; x y i0 signal; 495; 8980.194171",
			"ESRF_Athena0920.prj; perl; 2; adzt; x y; 565; 7119.42",
			"FeO.prj; perl; 1; bapw; x y; 412; 7122.9272",
			"NiO.prj; perl; 24; naqow; x y i0 signal; 522; 8344.00143",
			"Se_Standards.prj; perl; 9; eqdt; x y stddev; 469; 12655.5",
			"athena1.prj; perl; 2; ppey; x y stddev; 309; 7118",
			"cu.prj; perl; 3; weai; x y; 612; 8977.58",
			"danger.prj; perl; 1; fe_can_1; x y; 341; 7112",
			"json_unzipped.prj; json; 4; qsekm; x y signal; 442; 7121.693057" })
	void everyProjectReadsWithItsGroupsArraysAndE0(String file, String flavour, int groups, String firstTag,
			String arrays, int points, double e0) throws DataFormatException {
		AthenaProject project = AthenaProject.read(project(file));
		assertEquals(flavour, project.flavour());
		assertEquals(groups, project.groups().size());
		AthenaGroup first = project.groups().get(0);
		assertEquals(firstTag, first.name());
		assertEquals(List.of(arrays.split(" ")), List.copyOf(first.arrays().keySet()));
		assertEquals(points, first.arrays().get("x").length);
		assertEquals(e0, first.e0().orElseThrow(), 1e-6);
		for (AthenaGroup group : project.groups()) {
			assertTrue(group.isMu(), group.name());
			assertTrue(group.e0().isPresent(), group.name());
			double[] x = group.arrays().get("x");
			assertTrue(x[0] < group.e0().getAsDouble() && group.e0().getAsDouble() < x[x.length - 1], group.name());
			// every group enters at µd with its energy and µ, and its E0 and ranges are mapped
			LoadedData data = group.read(muFormat());
			assertEquals(x.length, data.array("e").orElseThrow().length, group.name());
			assertEquals(Double.toString(group.e0().getAsDouble()), data.metadata().get("athena.bkg_e0"));
			Map<String, Object> mapped = AthenaParameterMapping.parameters(group);
			List<?> window = (List<?>) mapped.get("e0Where");
			double found = x[0] + 0.5 * (((Number) window.get(0)).doubleValue() + ((Number) window.get(1)).doubleValue())
					* (x[x.length - 1] - x[0]);
			assertTrue(mapped.containsKey("preedgeWhere") && mapped.containsKey("postedgeWhere"), group.name());
			assertTrue(Math.abs(found - group.e0().getAsDouble()) <= 25, group.name() + ": E0 window about " + found);
		}
	}

	@Test
	void rangesAreConvertedFromAthenasEvToOurFractionsAndEv() throws DataFormatException {
		AthenaGroup copper = AthenaProject.read(project("Copper.prj")).groups().get(0);
		// Athena: E0 8977.58, pre1 -150, pre2 -30, nor1 150, nor2 2284.89; first energy 8786.204
		Map<String, Object> mapped = AthenaParameterMapping.parameters(copper);
		double first = 8786.204;
		double e0 = 8977.58;
		List<?> pre = (List<?>) mapped.get("preedgeWhere");
		assertEquals((e0 - 150 - first) / (e0 - first), (double) pre.get(0), 1e-9);
		assertEquals((e0 - 30 - first) / (e0 - first), (double) pre.get(1), 1e-9);
		assertEquals(List.of(150.0, 2284.89), mapped.get("postedgeWhere"));
		// Demeter keeps the FT k-weight out of the group (bkg_kw weights its spline, not our χ)
		assertFalse(mapped.containsKey("kw"));
		// the energy the fractions point at is Athena's: first + f·(E0 − first) = E0 + pre1
		assertEquals(e0 - 150, first + (double) pre.get(0) * (e0 - first), 1e-9);
	}

	@Test
	void athenasEnergyShiftIsOurConstantEnergyCalibration() throws DataFormatException {
		AthenaGroup fe = AthenaProject.read(project("danger.prj")).groups().get(0);
		Map<String, Object> mapped = AthenaParameterMapping.parameters(fe);
		assertEquals(true, mapped.get("needECalibration"));
		assertEquals(2, mapped.get("eShiftKind"));
		assertEquals(1.99527000000035, (double) mapped.get("eShift"), 1e-12);
		assertEquals(1, mapped.get("kw"));
	}

	@Test
	void anArrayOfAnotherLengthThanXIsLeftOutWithANote() throws DataFormatException {
		// Athena kept the stddev of this merge (568 values) beside a 565-point energy grid
		AthenaProject esrf = AthenaProject.read(project("ESRF_Athena0920.prj"));
		assertTrue(esrf.notes().stream().anyMatch(note -> note.contains("group 'adzt'")
				&& note.contains("array stddev has 568 values but x has 565; left out")), esrf.notes().toString());
	}

	@Test
	void theEnergyAndMuOfAGroupAreItsXAndY() throws DataFormatException {
		AthenaGroup group = AthenaProject.read(project("json_unzipped.prj")).groups().get(2);
		assertArrayEquals(group.array("x"), group.array("energy"));
		assertArrayEquals(group.array("y"), group.array("mu"));
		assertEquals("pnmsn", group.name());
	}

	@Test
	void aFunctionCallInAProjectIsNeverRun(@TempDir Path folder) throws DataFormatException, IOException {
		// danger.prj's journal is @journal = system("hephaestus"); a marker file shows that nothing ran
		Path marker = folder.resolve("ran");
		String text = Files.readString(project("danger.prj"), StandardCharsets.UTF_8)
				.replace("system(\"hephaestus\")", "system(\"touch " + marker + "\")");
		Path hostile = folder.resolve("hostile.prj");
		Files.writeString(hostile, text);
		AthenaProject project = AthenaProject.read(hostile);
		assertEquals(1, project.groups().size());
		assertFalse(Files.exists(marker));
		assertTrue(project.notes().stream().anyMatch(note -> note.contains("system(...) is a function call; not run")),
				project.notes().toString());
	}

	@Test
	void aCutGzipProjectNamesTheGroupItBreaksIn(@TempDir Path folder) throws IOException {
		byte[] whole = Files.readAllBytes(project("NiO.prj"));
		Path cut = folder.resolve("cut.prj");
		Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
		DataFormatException e = assertThrows(DataFormatException.class, () -> AthenaProject.read(cut));
		assertTrue(e.getMessage().startsWith(cut.toString()), e.getMessage());
		assertTrue(e.getMessage().matches("(?s).*group '[a-z]+'.*"), e.getMessage());
		assertTrue(e.getMessage().contains("the file is cut"), e.getMessage());
	}

	@Test
	void aDamagedArrayNamesTheGroupAndLine(@TempDir Path folder) throws IOException {
		String text = gunzip(project("cu.prj"));
		int second = text.indexOf("$old_group = 'dpwo'");
		int y = text.indexOf("@y = ('", second) + 7;
		Path damaged = folder.resolve("damaged.prj");
		Files.writeString(damaged, text.substring(0, y) + "oops" + text.substring(y));
		DataFormatException e = assertThrows(DataFormatException.class, () -> AthenaProject.read(damaged));
		assertTrue(e.getMessage().contains("group 'dpwo'"), e.getMessage());
		assertTrue(e.getMessage().contains("expected a number"), e.getMessage());
	}

	@Test
	void aDamagedJsonProjectAndAnUnknownFlavourAreNamed(@TempDir Path folder) throws IOException {
		String json = Files.readString(project("json_unzipped.prj"));
		Path lost = folder.resolve("lost.prj");
		Files.writeString(lost, json.replaceFirst("\"gwrcc\": \\{", "\"other\": {"));
		DataFormatException e = assertThrows(DataFormatException.class, () -> AthenaProject.read(lost));
		assertTrue(e.getMessage().contains("group 'gwrcc'"), e.getMessage());
		Path unknown = folder.resolve("unknown.prj");
		gzip(unknown, "<project version=\"2\"/>");
		e = assertThrows(DataFormatException.class, () -> AthenaProject.read(unknown));
		assertTrue(e.getMessage().contains("not an Athena project of a known flavour"), e.getMessage());
	}

	/** Characters that break the structure of either flavour. */
	private static final String DAMAGE = "'\"();,[]{}=>x#\n";

	/** Every cut and every flipped byte of a project gives a project or a DataFormatException, never another failure. */
	@Test
	void damagedProjectsNeverCrashTheReader(@TempDir Path folder) throws IOException {
		byte[] plain = Files.readAllBytes(project("danger.prj"));
		byte[] json = Files.readAllBytes(project("json_unzipped.prj"));
		byte[] gzip = Files.readAllBytes(project("FeO.prj"));
		java.util.Random random = new java.util.Random(14);
		Path damaged = folder.resolve("damaged.prj");
		int failures = 0;
		for (byte[] whole : List.of(plain, json, gzip)) {
			for (int trial = 0; trial < 150; trial++) {
				byte[] bytes = trial % 2 == 0 ? Arrays.copyOf(whole, random.nextInt(whole.length)) : whole.clone();
				if (trial % 2 == 1) {
					for (int flips = 0; flips < 3; flips++) {
						bytes[random.nextInt(bytes.length)] = (byte) DAMAGE.charAt(random.nextInt(DAMAGE.length()));
					}
				}
				Files.write(damaged, bytes);
				try {
					AthenaProject.read(damaged);
				} catch (DataFormatException e) {
					failures++;
					assertTrue(e.getMessage().startsWith(damaged.toString()), e.getMessage());
				}
			}
		}
		assertTrue(failures > 100, "damaged projects refused: " + failures);
	}

	@Test
	void aChiGroupCannotEnterAsMu() throws DataFormatException {
		AthenaGroup chi = new AthenaGroup("chig", "test::chig",
				Map.of("x", new double[] { 2, 3, 4 }, "y", new double[] { 0.1, 0.2, 0.1 }),
				Map.of("is_chi", "1", "is_xmu", "0"));
		DataFormatException e = assertThrows(DataFormatException.class, () -> chi.read(muFormat()));
		assertTrue(e.getMessage().contains("group 'chig' is not µ(E) data"), e.getMessage());
	}

	@Test
	void theFileBrowserShowsEachGroupAsALoadableEntry() throws DataFormatException {
		try (FileTree tree = new FileTree()) {
			TreeEntry project = tree.entryFor(project("CuHERFD_standards.prj"));
			assertEquals(EntryKind.ATHENA_PROJECT, project.kind());
			List<TreeEntry> groups = project.children();
			assertEquals(39, groups.size());
			TreeEntry first = groups.get(0);
			assertEquals(EntryKind.ATHENA_GROUP, first.kind());
			assertEquals("CuHERFD_CuFoil.003", first.name());
			assertEquals(project("CuHERFD_standards.prj") + "::cuher0001", first.location());
			assertTrue(first.canLoad(muFormat()).loadable(), first.canLoad(muFormat()).reason());
			assertTrue(first.suggestedParameters().containsKey("preedgeWhere"));
		}
		assertTrue(FileKinds.isAthenaProject(project("json_unzipped.prj")));
		assertFalse(FileKinds.isAthenaProject(project("README.md")));
	}

	static DataFormat muFormat() {
		try {
			return DataFormat.columns(new HeaderRule.CommentsOnly(),
					new ArraySpec("e", org.parseq.io.format.DataSource.parse("energy"), null),
					new ArraySpec("mu", org.parseq.io.format.DataSource.parse("mu"), null));
		} catch (DataFormatException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String gunzip(Path file) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void gzip(Path file, String text) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
	}
}
