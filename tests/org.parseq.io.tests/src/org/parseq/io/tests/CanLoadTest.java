package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.io.DataFormatException;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.hdf5.Hdf5EntryReader;
import org.parseq.io.read.AutoFormat;
import org.parseq.io.read.ColumnFileReader;
import org.parseq.io.source.FormatDefinition;
import org.parseq.io.source.FormatJson;
import org.parseq.io.tree.EntryKind;
import org.parseq.io.tree.FileTree;
import org.parseq.io.tree.Loadability;
import org.parseq.io.tree.TreeEntry;

/**
 * The browser's cheap loadability check ({@link TreeEntry#canLoad}) agrees with a full load on
 * every file of the shared data for the reference formats, and gives the same reasons.
 */
class CanLoadTest {
	@TempDir
	Path temp;

	private static Map<String, DataFormat> columnFormats() throws DataFormatException {
		return Map.of("foils", DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("eraw", "Col1", null),
				ArraySpec.of("i0", "Col3+Col4", "µA"), ArraySpec.of("itr", "Col5+Col6", "µA"), ArraySpec.of("eref", "", null)),
				"fio", DataFormat.columns(new HeaderRule.LastLineContaining("Col "), ArraySpec.of("eraw", "3", null),
						ArraySpec.of("i0", "Col5", "counts"), ArraySpec.of("itr", "Col5", "counts")),
				"mu", DataFormat.columns(new HeaderRule.SkipRows(1), ArraySpec.of("eraw", "0", null),
						ArraySpec.of("muraw", "1", null)),
				"log", DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("x", "Col0", null),
						ArraySpec.of("y", "log(Col1/Col2)", "lim(None, 1e300)")));
	}

	private static Map<String, DataFormat> hdf5Formats() throws DataFormatException {
		return Map.of("herfd", new DataFormat(List.of(ArraySpec.of("eraw", "measurement/mono1_energy_acs", null),
				ArraySpec.of("i0", "d[\"measurement/albaem-01_ch1\"] + d[\"measurement/albaem-01_ch2\"]", "µA"),
				ArraySpec.of("itr", "measurement/albaem-02_ch3", "µA")), null, ""),
				"master", new DataFormat(List.of(ArraySpec.of("eraw", "measurement/mono1_energy_acs", null),
						ArraySpec.of("i0", "measurement/albaem_2d_01/channel1/data", null),
						ArraySpec.of("itr", "measurement/pcap/energy", null)), null, ""),
				"text", new DataFormat(List.of(ArraySpec.of("x", "title", null)), null, ""),
				"broken", new DataFormat(List.of(ArraySpec.of("x", "measurement/mono1_energy_acs", null),
						ArraySpec.of("y", "measurement/eiger_streaming", null)), null, ""),
				"fit", new DataFormat(List.of(ArraySpec.of("x", "bftk", null), ArraySpec.of("y", "bft", null)), null, ""));
	}

	@Test
	void canLoadAgreesWithAFullLoadOnEverySharedFile() throws Exception {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(SharedData.data(""))) {
			files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".png")).sorted().toList();
		}
		assertTrue(files.size() > 200, "the shared data are there: " + files.size());
		int loadable = 0;
		int refused = 0;
		List<String> disagreements = new ArrayList<>();
		try (FileTree tree = new FileTree()) {
			for (Path file : files) {
				TreeEntry entry = tree.entryFor(file);
				if (entry.kind() == EntryKind.HDF5_FILE) {
					for (TreeEntry group : groups(entry, 0)) {
						for (Map.Entry<String, DataFormat> format : hdf5Formats().entrySet()) {
							String[] inner = group.location().split("::", 2);
							Optional<String> full = failure(() -> {
								try (var container = org.parseq.io.hdf5.Hdf5Container.open(Path.of(inner[0]))) {
									Hdf5EntryReader.read(container, inner[1], format.getValue());
								}
							});
							int[] counts = compare(group, format.getKey(), format.getValue(), full, disagreements);
							loadable += counts[0];
							refused += counts[1];
						}
					}
				} else if (entry.kind() != EntryKind.ATHENA_PROJECT) {
					// Athena projects are containers of groups, not column files (AthenaProjectTest)
					for (Map.Entry<String, DataFormat> format : columnFormats().entrySet()) {
						Optional<String> full = failure(() -> ColumnFileReader.read(file, format.getValue()));
						int[] counts = compare(entry, format.getKey(), format.getValue(), full, disagreements);
						loadable += counts[0];
						refused += counts[1];
					}
				}
			}
		}
		assertEquals(List.of(), disagreements);
		assertTrue(loadable > 50, "loadable: " + loadable);
		assertTrue(refused > 300, "refused: " + refused);
	}

	private static int[] compare(TreeEntry entry, String name, DataFormat format, Optional<String> full,
			List<String> disagreements) {
		Loadability verdict = entry.canLoad(format);
		if (verdict.loadable() != full.isEmpty()) {
			disagreements.add(entry.location() + " with " + name + ": canLoad " + verdict + ", load " + full);
		} else if (full.isPresent() && !full.get().equals(verdict.reason())) {
			disagreements.add(entry.location() + " with " + name + ": reasons differ:\n  canLoad " + verdict.reason()
					+ "\n  load    " + full.get());
		}
		return full.isEmpty() ? new int[] { 1, 0 } : new int[] { 0, 1 };
	}

	private static List<TreeEntry> groups(TreeEntry entry, int depth) {
		List<TreeEntry> groups = new ArrayList<>();
		for (TreeEntry child : entry.children()) {
			if (child.kind() == EntryKind.HDF5_GROUP) {
				groups.add(child);
				if (depth < 2) {
					groups.addAll(groups(child, depth + 1));
				}
			}
		}
		return groups;
	}

	private interface Read {
		void run() throws DataFormatException;
	}

	private static Optional<String> failure(Read read) {
		try {
			read.run();
			return Optional.empty();
		} catch (DataFormatException e) {
			return Optional.of(e.getMessage());
		}
	}

	private static final DataFormat TWO_COLUMNS = DataFormat.columns(new HeaderRule.CommentsOnly(),
			new ArraySpec("x", new org.parseq.io.format.DataSource.ColumnIndex(0), null),
			new ArraySpec("y", new org.parseq.io.format.DataSource.ColumnIndex(2), null));

	private Path rows(String name, int count, String last) throws IOException {
		StringBuilder text = new StringBuilder("# x a y\n");
		for (int i = 0; i < count; i++) {
			text.append(i).append(' ').append(i * 2).append(' ').append(i * 3).append('\n');
		}
		text.append(last);
		return Files.writeString(temp.resolve(name), text);
	}

	@Test
	void aShortRowInTheMiddleOfASmallFileIsFoundByCountingFields() throws Exception {
		Path file = rows("middle.dat", 2000, "");
		String text = Files.readString(file).replace("\n1000 2000 3000\n", "\n1000 2000\n");
		Files.writeString(file, text);
		DataFormatException full = org.junit.jupiter.api.Assertions.assertThrows(DataFormatException.class,
				() -> ColumnFileReader.read(file, TWO_COLUMNS));
		try (FileTree tree = new FileTree()) {
			assertEquals(full.getMessage(), tree.entryFor(file).canLoad(TWO_COLUMNS).reason());
		}
		assertTrue(full.getMessage().contains("line 1002"), full.getMessage());
	}

	@Test
	void aTruncatedLastRowOfALargeFileBeingWrittenIsSeenWithoutAFullRead() throws Exception {
		Path growing = rows("growing.dat", 300_000, "300000 10");
		assertTrue(Files.size(growing) > ColumnFileReader.WIDTH_SCANNED_BYTES);
		DataFormatException full = org.junit.jupiter.api.Assertions.assertThrows(DataFormatException.class,
				() -> ColumnFileReader.read(growing, TWO_COLUMNS));
		assertTrue(full.getMessage().contains("line 300002"), full.getMessage());
		try (FileTree tree = new FileTree()) {
			Loadability verdict = tree.entryFor(growing).canLoad(TWO_COLUMNS);
			assertFalse(verdict.loadable());
			assertTrue(verdict.reason().contains("expected at least 3 columns but found 2"), verdict.reason());
			assertTrue(verdict.reason().contains("line 1 from the end"), verdict.reason());
			assertTrue(tree.entryFor(rows("whole.dat", 300_000, "")).canLoad(TWO_COLUMNS).loadable());
			// rows between the first ones and the last 16 KiB of a large file are not looked at
			Path middle = rows("large-middle.dat", 300_000, "");
			Files.writeString(middle, Files.readString(middle).replace("\n150000 300000 450000\n", "\n150000\n"));
			assertTrue(tree.entryFor(middle).canLoad(TWO_COLUMNS).loadable());
		}
	}

	@Test
	void aBadRowWithinTheFirstRowsGivesTheSameReasonAsALoad() throws Exception {
		Path file = rows("short.dat", 3, "7 8\n");
		DataFormatException full = org.junit.jupiter.api.Assertions.assertThrows(DataFormatException.class,
				() -> ColumnFileReader.read(file, TWO_COLUMNS));
		try (FileTree tree = new FileTree()) {
			assertEquals(full.getMessage(), tree.entryFor(file).canLoad(TWO_COLUMNS).reason());
		}
	}

	@Test
	void gzippedFilesAreCheckedFromTheirStart() throws Exception {
		Path gz = temp.resolve("rows.dat.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
			out.write(Files.readAllBytes(rows("plain.dat", 100, "")));
		}
		try (FileTree tree = new FileTree()) {
			assertTrue(tree.entryFor(gz).canLoad(TWO_COLUMNS).loadable());
			DataFormat tooWide = DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("x", "Col0", null),
					ArraySpec.of("y", "Col7", null));
			Loadability verdict = tree.entryFor(gz).canLoad(tooWide);
			assertEquals("failure", verdict.loadable() ? "success" : "failure");
			assertTrue(verdict.reason().contains("line 2"), verdict.reason());
		}
	}

	@Test
	void theAutoFormatFromAnLLineIsAFormatJsonText() throws Exception {
		Path file = Files.writeString(temp.resolve("auto.dat"),
				"#S 1 scan\n#L Pt  energy  I0  dummy  It\n0 9000 1e-6 5 2e-7\n1 9001 1.1e-6 5 2.1e-7\n",
				StandardCharsets.UTF_8);
		String json = AutoFormat.formatJson(file, "currents Tr", "It", "itr").orElseThrow();
		FormatDefinition definition = new FormatJson().parse(json, "auto");
		assertEquals("currents Tr", definition.node());
		assertEquals(Map.of("eraw", "1", "i0", "2", "itr", "4"), definition.columns());
		assertEquals(Map.of("i0", "µA", "itr", "µA"), definition.conversionFactors());
		assertEquals(Optional.empty(), AutoFormat.formatJson(file, "currents TEY", "If", "iey"));
		assertEquals(Optional.empty(),
				AutoFormat.formatJson(SharedData.data("parseq-xas/foils/Cu-foil_EXAFS_23068.dat"), "currents Tr", "It", "itr"),
				"the foils' #L line has no 'energy' label");
	}
}
