package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.read.XdiFile;

/** All good XDI files read cleanly; every bad file gets the outcome xdi/bad/BadFiles.txt asks for. */
class XdiReaderTest {
	private static final Pattern BAD_FILE_LINE = Pattern.compile("(bad_\\d+\\.xdi)\\s+(error msg|file read(?:\\((\\d)\\))?)\\s.*");

	static Stream<Path> goodFiles() throws IOException {
		try (Stream<Path> files = Files.list(SharedData.data("xdi/good"))) {
			return files.filter(file -> file.toString().endsWith(".xdi")).sorted().toList().stream();
		}
	}

	static Stream<Arguments> badFiles() throws IOException {
		List<Arguments> cases = new ArrayList<>();
		for (String line : Files.readAllLines(SharedData.data("xdi/bad/BadFiles.txt"))) {
			Matcher matcher = BAD_FILE_LINE.matcher(line.strip());
			if (matcher.matches()) {
				cases.add(Arguments.of(matcher.group(1), matcher.group(2).startsWith("error"), matcher.group(3)));
			}
		}
		return cases.stream();
	}

	@Test
	void theBadFileListIsComplete() throws IOException {
		assertEquals(36, badFiles().count());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goodFiles")
	void goodFilesRead(Path file) throws DataFormatException {
		XdiFile xdi = XdiFile.read(file);
		assertTrue(xdi.version().startsWith("1."), xdi.version());
		assertEquals(xdi.table().columnCount(), xdi.labels().size());
		assertTrue(xdi.table().rowCount() >= 10, "rows of " + file);
		assertFalse(xdi.labels().stream().anyMatch(label -> label.matches("col\\d+")), "every column is labelled");
		LoadedData all = xdi.toLoadedData();
		assertEquals(xdi.table().rowCount(), all.rowCount());
	}

	@Test
	void copperFileContentAndMetadata() throws DataFormatException {
		XdiFile xdi = XdiFile.read(SharedData.data("xdi/good/cu_metal_rt.xdi"));
		assertEquals(List.of("energy", "i0", "itrans", "mutrans"), xdi.labels());
		assertEquals("eV", xdi.units().get(0));
		assertEquals("GSE/1.0", xdi.applications());
		assertEquals("Cu", xdi.field("element.symbol"));
		assertEquals("3.13553", xdi.field("Mono.d_spacing"));
		assertEquals(List.of("Cu foil Room Temperature", "measured at beamline 13-ID"), xdi.comments());
		assertTrue(xdi.warnings().isEmpty(), xdi.warnings().toString());
		double[] energy = xdi.table().column(0);
		assertEquals(8779.0, energy[0]);
		assertEquals(550643.089065, xdi.table().column(2)[0]);
	}

	@Test
	void twoDimensionalFileKeepsItsBlockMarkers() throws DataFormatException {
		XdiFile xdi = XdiFile.read(SharedData.data("xdi/good/nonxafs_2d.xdi"));
		assertTrue(xdi.dataComments().contains("row 5: Outer.value: 1.10"), xdi.dataComments().toString());
		assertTrue(xdi.warnings().stream().noneMatch(w -> w.contains("Outer")), xdi.warnings().toString());
	}

	@Test
	void readsWithADataFormat() throws DataFormatException {
		XdiFile xdi = XdiFile.read(SharedData.data("xdi/good/cu_metal_rt.xdi"));
		DataFormat format = DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("eraw", "0", null),
				ArraySpec.of("muraw", "log(Col1/Col2)", null));
		LoadedData data = xdi.read(format);
		assertEquals(Math.log(149013.7 / 550643.089065), data.requireArray("muraw")[0], 1e-15);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void badFilesGetTheListedOutcome(String name, boolean error, String note) throws DataFormatException {
		Path file = SharedData.data("xdi/bad").resolve(name);
		if (error) {
			DataFormatException failure = assertThrows(DataFormatException.class, () -> XdiFile.read(file));
			assertTrue(failure.getMessage().contains(name), failure.getMessage());
			assertTrue(failure.location().startsWith("line "), failure.getMessage());
			assertFalse(failure.problem().isBlank());
			return;
		}
		XdiFile xdi = XdiFile.read(file);
		assertTrue(xdi.table().rowCount() > 0);
		if (note == null) {
			assertTrue(xdi.warnings().isEmpty(), name + ": " + xdi.warnings());
			return;
		}
		switch (note) {
		case "1", "2", "3", "7" -> assertFalse(xdi.warnings().isEmpty(), name + " should warn");
		case "4" -> assertEquals("Value", xdi.field("Family.00key"));
		case "5" -> assertEquals("", xdi.applications());
		case "6" -> assertEquals(List.of(), xdi.comments());
		default -> throw new AssertionError("unknown note " + note);
		}
		if (note.equals("2")) {
			assertEquals(xdi.table().columnCount(), xdi.labels().size(), "labels fit the columns");
		}
	}
}
