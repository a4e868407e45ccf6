package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parseq.io.DataFormatException;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.hdf5.Hdf5Container;
import org.parseq.io.hdf5.Hdf5Node;
import org.parseq.io.read.ColumnFileReader;
import org.parseq.io.read.FioFile;
import org.parseq.io.read.SpecFile;
import org.parseq.io.read.SpecScan;
import org.parseq.io.read.XdiFile;
import org.parseq.io.tree.FileTree;
import org.parseq.io.tree.TreeEntry;

/**
 * Fuzz-like robustness: real files truncated, with flipped bytes or with garbage appended
 * (deterministic seeds) are read by every reader; the only failure allowed is
 * {@link DataFormatException}, and nothing may hang.
 */
class DamagedFilesTest {
	private static final int MUTATIONS_PER_FILE = 24;
	private static final String[] SOURCES = { "parseq-xas/foils/Cu-foil_EXAFS_23068.dat", "parseq-xas/Cu_lnt1.fio",
			"parseq-xas/fe2o3_tr2.mu", "parseq-xas/CeRu2/RU0074.DAT", "xdi/good/cu_metal_rt.xdi",
			"xdi/good/nonxafs_2d.xdi", "parseq-xas/HERFD/20230318.h5", "parseq-tests/hdf5/20240213s.h5",
			"parseq-tests/hdf5/scan-29270_pcap.h5" };

	@TempDir
	Path temp;

	static Stream<Arguments> mutations() {
		List<Arguments> cases = new ArrayList<>();
		for (int file = 0; file < SOURCES.length; file++) {
			for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
				cases.add(Arguments.of(SOURCES[file], 1000L * file + i));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} seed {1}")
	@MethodSource("mutations")
	void damagedFilesFailOnlyWithDataFormatException(String source, long seed) throws Exception {
		Path original = SharedData.data(source);
		byte[] bytes = Files.readAllBytes(original);
		Random random = new Random(seed);
		byte[] damaged = mutate(bytes, random);
		// detector files keep their names so the master's external links reach the damaged copies
		Path file = temp.resolve(original.getFileName().toString());
		Files.write(file, damaged);
		if (source.contains("20240213s")) {
			for (String detector : List.of("scan-29270_pcap.h5", "scan-29270_albaem_2d_01.h5")) {
				Files.write(temp.resolve(detector), mutate(Files.readAllBytes(original.resolveSibling(detector)), random));
			}
		}
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> readEverything(file, source.endsWith(".h5")),
				source + " seed " + seed);
	}

	private static byte[] mutate(byte[] bytes, Random random) {
		switch (random.nextInt(3)) {
		case 0:
			return Arrays.copyOf(bytes, random.nextInt(bytes.length));
		case 1: {
			byte[] flipped = bytes.clone();
			int flips = 1 + random.nextInt(64);
			for (int i = 0; i < flips; i++) {
				flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
			}
			return flipped;
		}
		default: {
			byte[] garbage = new byte[1 + random.nextInt(4096)];
			random.nextBytes(garbage);
			byte[] longer = Arrays.copyOf(bytes, bytes.length + garbage.length);
			System.arraycopy(garbage, 0, longer, bytes.length, garbage.length);
			return longer;
		}
		}
	}

	private static void readEverything(Path file, boolean hdf5) throws DataFormatException {
		if (hdf5) {
			allowed(() -> {
				try (Hdf5Container container = Hdf5Container.open(file)) {
					walk(container, container.root(), 0);
				}
			});
		} else {
			DataFormat format = DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("x", "Col0", null),
					ArraySpec.of("y", "Col1*1e3", "µA"));
			DataFormat fio = DataFormat.columns(new HeaderRule.LastLineContaining("Col "), ArraySpec.of("x", "3", null),
					ArraySpec.of("y", "Col5", "counts"));
			allowed(() -> ColumnFileReader.read(file, format));
			allowed(() -> ColumnFileReader.read(file, fio));
			allowed(() -> FioFile.read(file).read(fio));
			allowed(() -> XdiFile.read(file).toLoadedData());
			allowed(() -> {
				for (SpecScan scan : SpecFile.read(file).scans()) {
					scan.read(format);
				}
			});
		}
		try (FileTree tree = new FileTree()) {
			browse(tree.entryFor(file), 0);
		}
	}

	private static void walk(Hdf5Container container, Hdf5Node node, int depth) {
		if (depth > 8) {
			return;
		}
		node.shape();
		node.dataType();
		if (node.isDataset()) {
			allowed(() -> container.readDoubles(node.path()));
		}
		for (Hdf5Node child : node.children()) {
			walk(container, child, depth + 1);
		}
	}

	private static final DataFormat CHECKED_COLUMNS = checkedFormat("Col1", "Col3+Col4");
	private static final DataFormat CHECKED_DATASETS = checkedFormat("measurement/mono1_energy_acs",
			"d[\"measurement/albaem-01_ch1\"] + d[\"measurement/pcap/energy\"]");

	private static DataFormat checkedFormat(String x, String y) {
		try {
			return new DataFormat(List.of(ArraySpec.of("x", x, null), ArraySpec.of("y", y, "µA")),
					new HeaderRule.CommentsOnly(), "#");
		} catch (DataFormatException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void browse(TreeEntry entry, int depth) {
		entry.kind();
		// the browser's loadability check and the named-format header never throw, whatever the damage
		entry.canLoad(CHECKED_COLUMNS);
		entry.canLoad(CHECKED_DATASETS);
		allowed(() -> entry.keywordHeader(new HeaderRule.LastLineContaining("Col "), "#", List.of("title", "x/y")));
		if (depth < 6) {
			for (TreeEntry child : entry.children()) {
				browse(child, depth + 1);
			}
		}
	}

	private interface Read {
		void run() throws Exception;
	}

	private static void allowed(Read read) {
		try {
			read.run();
		} catch (DataFormatException expected) {
			if (expected.getMessage() == null || expected.getMessage().isBlank()) {
				fail("a DataFormatException without a message");
			}
		} catch (Throwable other) {
			throw new AssertionError("undocumented exception " + other, other);
		}
	}
}
