package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.io.DataFormatException;
import org.parseq.io.athena.AthenaGroup;
import org.parseq.io.athena.AthenaParameterMapping;
import org.parseq.io.athena.AthenaProject;
import org.parseq.io.read.XdiFile;
import org.parseq.io.write.AthenaJsonWriter;
import org.parseq.io.write.AtomicFiles;
import org.parseq.io.write.XasXdiExport;

/**
 * µ(E) and χ(k) exported to XDI read back with our XDI reader with identical arrays and
 * metadata; an Athena JSON export reads back with our .prj reader.
 */
class XdiExportTest {

	private static final XasXdiExport COPPER = new XasXdiExport("Cu", "K", 8977.58, 3.13553, "Si 111", "cu.012",
			"Copper.prj::xsypw");

	@Test
	void muOfEnergyReadsBackIdentically(@TempDir Path folder) throws IOException, DataFormatException {
		AthenaGroup copper = AthenaProject.read(SharedData.data("athena-prj/Copper.prj")).groups().get(0);
		double[] energy = copper.array("energy");
		double[] mu = copper.array("mu");
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("preedgeWhere", List.of(0.2, 0.84));
		parameters.put("postedgeWhere", List.of(150.0, 2284.89));
		Path file = folder.resolve("cu.xdi");
		COPPER.writeMu(file, energy, mu, XasXdiExport.MuMode.TRANSMISSION, parameters, false);

		XdiFile xdi = XdiFile.read(file);
		assertEquals("1.0", xdi.version());
		assertEquals(List.of("energy", "mutrans"), xdi.labels());
		assertEquals(List.of("eV", ""), xdi.units());
		assertArrayEquals(energy, xdi.table().column(0));
		assertArrayEquals(mu, xdi.table().column(1));
		assertEquals("Cu", xdi.field("Element.symbol"));
		assertEquals("K", xdi.field("Element.edge"));
		assertEquals("8977.58 eV", xdi.field("Scan.edge_energy"));
		assertEquals("3.13553", xdi.field("Mono.d_spacing"));
		assertEquals("Si 111", xdi.field("Mono.name"));
		assertEquals("cu.012", xdi.field("Sample.name"));
		assertTrue(xdi.comments().contains("preedgeWhere = [0.2, 0.84]"), xdi.comments().toString());
		assertTrue(xdi.comments().contains("postedgeWhere = [150.0, 2284.89]"), xdi.comments().toString());
		// the XDI rules we can meet are met: only the facility and beamline we do not know are missing
		assertTrue(xdi.warnings().stream().allMatch(w -> w.startsWith("recommended field")), xdi.warnings().toString());
	}

	@Test
	void chiOfKIsWrittenUnweightedAndReadsBackIdentically(@TempDir Path folder) throws IOException,
			DataFormatException {
		int points = 561;
		double[] k = new double[points];
		double[] chiK2 = new double[points];
		for (int i = 0; i < points; i++) {
			k[i] = 2 + 0.025 * i;
			chiK2[i] = Math.sin(2 * 2.55 * k[i]) * Math.exp(-0.01 * k[i] * k[i]) * k[i];
		}
		Path file = folder.resolve("cu-chi.xdi");
		COPPER.writeChi(file, k, chiK2, 2, Map.of("kw", 2, "krange", "[2.0, NaN]"), false);
		XdiFile xdi = XdiFile.read(file);
		assertEquals(List.of("k", "chi"), xdi.labels());
		assertEquals("inverse Angstrom", xdi.units().get(0));
		assertArrayEquals(k, xdi.table().column(0));
		double[] chi = xdi.table().column(1);
		for (int i = 0; i < points; i++) {
			assertEquals(chiK2[i] / (k[i] * k[i]), chi[i]);
		}
		assertTrue(xdi.comments().stream().anyMatch(c -> c.contains("divided by k^2")));
	}

	@Test
	void anAthenaJsonExportReadsBackWithOurPrjReader(@TempDir Path folder) throws IOException, DataFormatException {
		AthenaProject source = AthenaProject.read(SharedData.data("athena-prj/cu.prj"));
		List<AthenaJsonWriter.Group> groups = new java.util.ArrayList<>();
		for (AthenaGroup group : source.groups()) {
			groups.add(new AthenaJsonWriter.Group(group.label(), group.array("energy"), group.array("mu"),
					group.e0().getAsDouble(), AthenaParameterMapping.parameters(group)));
		}
		Path file = folder.resolve("export.prj");
		AthenaJsonWriter.write(file, groups, false);
		AthenaProject back = AthenaProject.read(file);
		assertEquals("json", back.flavour());
		assertEquals(3, back.groups().size());
		for (int i = 0; i < 3; i++) {
			AthenaGroup original = source.groups().get(i);
			AthenaGroup read = back.groups().get(i);
			assertEquals(original.label(), read.label());
			assertArrayEquals(original.array("energy"), read.array("energy"));
			assertArrayEquals(original.array("mu"), read.array("mu"));
			assertEquals(original.e0().getAsDouble(), read.e0().getAsDouble());
			// Athena's ranges survive the trip through our parameters and back
			for (String key : List.of("bkg_pre1", "bkg_pre2", "bkg_nor1", "bkg_nor2")) {
				assertEquals(original.number(key).getAsDouble(), read.number(key).getAsDouble(), 1e-9, key);
			}
			Map<String, Object> mapped = AthenaParameterMapping.parameters(read);
			assertEquals(AthenaParameterMapping.parameters(original).get("postedgeWhere"), mapped.get("postedgeWhere"));
		}
	}

	@Test
	void exportIsAtomicAndNeverOverwritesUnasked(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("mu.xdi");
		double[] e = { 8900, 8901, 8902 };
		double[] mu = { 0.1, 0.2, 0.3 };
		COPPER.writeMu(file, e, mu, XasXdiExport.MuMode.FLUORESCENCE, Map.of(), false);
		String first = Files.readString(file);
		assertThrows(FileAlreadyExistsException.class,
				() -> COPPER.writeMu(file, e, new double[] { 1, 2, 3 }, XasXdiExport.MuMode.FLUORESCENCE, Map.of(), false));
		assertEquals(first, Files.readString(file));
		// a write that fails half way leaves the old file and no temporary file behind
		assertThrows(IOException.class, () -> AtomicFiles.writeText(file, true, out -> {
			out.write("# XDI/1.0 half");
			throw new IOException("disk full");
		}));
		assertEquals(first, Files.readString(file));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList());
		}
		COPPER.writeMu(file, e, new double[] { 1, 2, 3 }, XasXdiExport.MuMode.FLUORESCENCE, Map.of(), true);
		assertFalse(first.equals(Files.readString(file)));
	}
}
