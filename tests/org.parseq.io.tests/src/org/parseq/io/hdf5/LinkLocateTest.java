package org.parseq.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where an external link's file is looked for (package-private {@link LinkResolver#locate}): the
 * shared HDF5 files hold only relative external links and no soft links, and jHDF cannot write
 * links, so the absolute-path fallback is tested here on the file lookup itself.
 */
class LinkLocateTest {
	@TempDir
	Path temp;

	@Test
	void anAbsolutePathThatIsGoneFallsBackToTheSameNameBesideTheLinkingFile() throws Exception {
		Path master = Files.createFile(temp.resolve("master.h5"));
		Path detector = Files.createFile(temp.resolve("scan-1_eiger.h5"));
		assertEquals(detector, LinkResolver.locate(master, "/gpfs/beamline/2024/raw/scan-1_eiger.h5"));
		assertEquals(detector, LinkResolver.locate(master, "C:\\data\\raw\\scan-1_eiger.h5"));
		assertEquals(detector, LinkResolver.locate(master, "scan-1_eiger.h5"));
		assertEquals(detector, LinkResolver.locate(master, detector.toString()), "an absolute path that exists");
		assertNull(LinkResolver.locate(master, "/gpfs/beamline/2024/raw/scan-2_eiger.h5"));
	}

	@Test
	void aRelativePathIsResolvedAgainstTheLinkingFilesFolderNotTheWorkingDirectory() throws Exception {
		Path sub = Files.createDirectories(temp.resolve("raw"));
		Path master = Files.createFile(temp.resolve("master.h5"));
		Path detector = Files.createFile(sub.resolve("d.h5"));
		assertEquals(detector, LinkResolver.locate(master, "raw/d.h5"));
		assertEquals(detector, LinkResolver.locate(master, "./raw/../raw/d.h5"));
	}
}
