package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.io.DataFormatException;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.tree.EntryKind;
import org.parseq.io.tree.FileTree;
import org.parseq.io.tree.Loadability;
import org.parseq.io.tree.TreeEntry;

class FileTreeTest {
	@TempDir
	Path temp;

	private static TreeEntry child(TreeEntry parent, String name) {
		return parent.children().stream().filter(entry -> entry.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not among " + parent.children()));
	}

	private static DataFormat foilFormat() throws DataFormatException {
		return DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("eraw", "Col1", null),
				ArraySpec.of("i0", "Col3+Col4", "µA"), ArraySpec.of("itr", "Col5+Col6", "µA"));
	}

	private static DataFormat herfdFormat() throws DataFormatException {
		return new DataFormat(List.of(ArraySpec.of("eraw", "measurement/mono1_energy_acs", null),
				ArraySpec.of("i0", "d[\"measurement/albaem-01_ch1\"] + d[\"measurement/albaem-01_ch2\"]", "µA")),
				null, "");
	}

	@Test
	void foldersListLazilyAndContainersExpandLikeFolders() throws Exception {
		Path dir = Files.createDirectories(temp.resolve("beamtime"));
		Files.createDirectories(dir.resolve("sub"));
		Files.copy(SharedData.data("parseq-xas/HERFD/20230318.h5"), dir.resolve("herfd.data"));
		Files.copy(SharedData.data("parseq-xas/foils/Cu-foil_EXAFS_23068.dat"), dir.resolve("scan10.dat"));
		Files.copy(SharedData.data("parseq-xas/fe2o3_tr2.mu"), dir.resolve("scan9.mu"));
		try (FileTree tree = new FileTree()) {
			TreeEntry root = tree.entryFor(dir);
			assertEquals(EntryKind.FOLDER, root.kind());
			assertFalse(root.isExpanded());
			assertEquals(List.of("sub", "herfd.data", "scan9.mu", "scan10.dat"),
					root.children().stream().map(TreeEntry::name).toList());
			TreeEntry herfd = child(root, "herfd.data");
			assertEquals(EntryKind.HDF5_FILE, herfd.kind(), "recognised by its signature, not its name");
			assertFalse(herfd.isExpanded());
			TreeEntry entry = child(herfd, "entry24212");
			assertEquals(EntryKind.HDF5_GROUP, entry.kind());
			TreeEntry measurement = child(entry, "measurement");
			assertEquals(EntryKind.BROKEN_LINK, child(measurement, "eiger_streaming").kind());
			assertTrue(child(measurement, "eiger_streaming").problem().contains("scan-24212_eiger_streaming.h5"));
			assertEquals(EntryKind.HDF5_DATASET, child(measurement, "albaem-01_ch1").kind());

			assertTrue(entry.canLoad(herfdFormat()).loadable(), entry.canLoad(herfdFormat()).reason());
			Loadability wrong = entry.canLoad(foilFormat());
			assertFalse(wrong.loadable());
			assertTrue(wrong.reason().contains("no columns"), wrong.reason());
			assertFalse(child(measurement, "albaem-01_ch1").canLoad(herfdFormat()).loadable());

			TreeEntry foil = child(root, "scan10.dat");
			assertEquals(EntryKind.SPEC_FILE, foil.kind());
			assertTrue(foil.canLoad(foilFormat()).loadable(), foil.canLoad(foilFormat()).reason());
			TreeEntry scan = foil.children().get(0);
			assertEquals(EntryKind.SPEC_SCAN, scan.kind());
			assertTrue(scan.canLoad(foilFormat()).loadable(), scan.canLoad(foilFormat()).reason());

			TreeEntry mu = child(root, "scan9.mu");
			assertEquals(EntryKind.TEXT_FILE, mu.kind());
			Loadability muWithFoilFormat = mu.canLoad(foilFormat());
			assertFalse(muWithFoilFormat.loadable());
			assertTrue(muWithFoilFormat.reason().contains("line"), muWithFoilFormat.reason());
			assertFalse(herfd.canLoad(herfdFormat()).loadable());
		}
	}

	@Test
	void aDamagedHdf5FileIsAnUnreadableEntryNotAnException() throws Exception {
		byte[] bytes = Files.readAllBytes(SharedData.data("parseq-xas/HERFD/20230318.h5"));
		Path damaged = temp.resolve("damaged.h5");
		Files.write(damaged, java.util.Arrays.copyOf(bytes, 600));
		try (FileTree tree = new FileTree()) {
			TreeEntry entry = tree.entryFor(damaged);
			List<TreeEntry> children = entry.children();
			if (entry.kind() == EntryKind.UNREADABLE) {
				assertTrue(entry.problem().contains("damaged.h5"), entry.problem());
				assertEquals(List.of(), children);
			} else {
				children.forEach(TreeEntry::children);
			}
		}
	}

	@Test
	void masterFileExternalLinksShowThroughTheTree() throws Exception {
		try (FileTree tree = new FileTree()) {
			TreeEntry folder = tree.entryFor(SharedData.data("parseq-tests/hdf5"));
			TreeEntry master = child(folder, "20240213s.h5");
			TreeEntry measurement = child(child(master, "entry29270"), "measurement");
			assertEquals(EntryKind.HDF5_GROUP, child(measurement, "albaem_2d_01").kind());
			assertEquals(EntryKind.BROKEN_LINK, child(measurement, "eiger_xes").kind());
		}
	}
}
