package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.parseq.io.hdf5.Hdf5Container;
import org.parseq.io.hdf5.Hdf5EntryReader;
import org.parseq.io.hdf5.Hdf5Node;
import org.parseq.io.hdf5.NodeState;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;

class Hdf5ContainerTest {
	private static final Path MASTER = SharedData.data("parseq-tests/hdf5/20240213s.h5");
	private static final Path HERFD = SharedData.data("parseq-xas/HERFD/20230318.h5");

	@TempDir
	Path temp;

	@Test
	void masterFileListsEntriesAndFollowsExternalLinksRelativeToTheFile() throws DataFormatException {
		try (Hdf5Container master = Hdf5Container.open(MASTER)) {
			assertEquals(List.of("entry29270", "entry29271"), master.root().children().stream().map(Hdf5Node::name).toList());
			Hdf5Node pcap = master.find("/entry29270/measurement/pcap");
			assertEquals(NodeState.GROUP, pcap.state());
			assertEquals("scan-29270_pcap.h5:entry/instrument/pandabox/data", pcap.linkTarget());
			double[] viaLink = master.readDoubles("/entry29270/measurement/albaem_2d_01/channel1/data");
			assertEquals(501, viaLink.length);
			try (Hdf5Container detector = Hdf5Container.open(MASTER.resolveSibling("scan-29270_albaem_2d_01.h5"))) {
				assertArrayEquals(detector.readDoubles("/entry/instrument/albaem/data/channel1/data"), viaLink);
			}
		}
	}

	@Test
	void aMissingDetectorFileIsABrokenLinkNodeNotAnException() throws DataFormatException {
		try (Hdf5Container master = Hdf5Container.open(MASTER)) {
			Hdf5Node eiger = master.find("/entry29270/measurement/eiger_xes");
			assertEquals(NodeState.BROKEN_LINK, eiger.state());
			assertTrue(eiger.problem().contains("scan-29270_eiger_xes.h5"), eiger.problem());
			assertEquals(List.of(), eiger.children());
			DataFormatException error = assertThrows(DataFormatException.class,
					() -> master.readDoubles("/entry29270/measurement/eiger_xes"));
			assertTrue(error.getMessage().contains("broken link"), error.getMessage());
			assertTrue(error.getMessage().contains("20240213s.h5"), error.getMessage());
		}
	}

	@Test
	void aMasterCopiedAloneHasOnlyBrokenExternalLinks() throws Exception {
		Path alone = Files.copy(MASTER, temp.resolve("master.h5"));
		try (Hdf5Container master = Hdf5Container.open(alone)) {
			List<Hdf5Node> measurement = master.find("/entry29271/measurement").children();
			assertEquals(5, measurement.size());
			assertEquals(4, measurement.stream().filter(n -> n.state() == NodeState.BROKEN_LINK).count());
			assertEquals(501, master.readDoubles("/entry29271/measurement/mono1_energy_acs").length);
		}
		Files.copy(MASTER.resolveSibling("scan-29271_pcap.h5"), temp.resolve("scan-29271_pcap.h5"));
		try (Hdf5Container master = Hdf5Container.open(alone)) {
			assertEquals(NodeState.GROUP, master.find("/entry29271/measurement/pcap").state());
		}
	}

	@Test
	void masterEntryReadsWithADatasetExpressionFormat() throws DataFormatException {
		DataFormat format = new DataFormat(List.of(ArraySpec.of("eraw", "measurement/mono1_energy_acs", null),
				ArraySpec.of("i0", "d[\"measurement/albaem_2d_01/channel1/data\"] + d[\"measurement/albaem_2d_01/channel2/data\"]", "µA")),
				new HeaderRule.CommentsOnly(), "");
		try (Hdf5Container master = Hdf5Container.open(MASTER)) {
			LoadedData data = Hdf5EntryReader.read(master, "/entry29270", format);
			double[] e = data.requireArray("eraw");
			for (int i = 1; i < e.length; i++) {
				assertTrue(e[i] > e[i - 1]);
			}
			assertTrue(data.headerLines().contains("mono1_energy_acs"), data.headerLines().toString());
		}
	}

	@Test
	void herfdFileWithBrokenLinksStillLoadsItsTransmissionChannels() throws DataFormatException {
		DataFormat format = new DataFormat(List.of(ArraySpec.of("eraw", "measurement/mono1_energy_acs", "None"),
				ArraySpec.of("i0", "d[\"measurement/albaem-01_ch1\"] + d[\"measurement/albaem-01_ch2\"]", "µA"),
				ArraySpec.of("itr", "d[\"measurement/albaem-02_ch3\"] + d[\"measurement/albaem-02_ch4\"]", "µA"),
				ArraySpec.of("eref", "", "None")), new HeaderRule.CommentsOnly(), "");
		try (Hdf5Container herfd = Hdf5Container.open(HERFD)) {
			for (String entry : List.of("/entry24212", "/entry24213")) {
				Hdf5Node eiger = herfd.find(entry + "/measurement/eiger_streaming");
				assertEquals(NodeState.BROKEN_LINK, eiger.state());
				assertEquals(NodeState.BROKEN_LINK, herfd.find(entry + "/instrument/eiger_streaming").state());
				LoadedData data = Hdf5EntryReader.read(herfd, entry, format);
				double[] rawE = herfd.readDoubles(entry + "/measurement/mono1_energy_acs");
				double[] ch1 = herfd.readDoubles(entry + "/measurement/albaem-01_ch1");
				double[] ch2 = herfd.readDoubles(entry + "/measurement/albaem-01_ch2");
				double[] e = data.requireArray("eraw");
				double[] i0 = data.requireArray("i0");
				int first = indexOf(rawE, e[0]);
				assertEquals((ch1[first] + ch2[first]) * 1e6, i0[0], 0);
				assertTrue(e.length <= rawE.length && e.length > 500);
			}
			DataFormatException broken = assertThrows(DataFormatException.class, () -> Hdf5EntryReader.read(herfd,
					"/entry24212", new DataFormat(List.of(ArraySpec.of("x", "measurement/eiger_streaming", null)), null, "")));
			assertTrue(broken.getMessage().contains("eiger_streaming"), broken.getMessage());
		}
	}

	private static int indexOf(double[] values, double value) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == value) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void slicesOfAChunkedCompressed3DDatasetMatchTheWrittenValues() throws DataFormatException {
		Path file = temp.resolve("cube.h5");
		double[][][] cube = new double[6][20][30];
		for (int i = 0; i < 6; i++) {
			for (int j = 0; j < 20; j++) {
				for (int k = 0; k < 30; k++) {
					cube[i][j][k] = i * 10000 + j * 100 + k;
				}
			}
		}
		try (WritableHdfFile writer = HdfFile.write(file)) {
			writer.putGroup("entry").putDataset("cube", cube,
					DatasetCreationOptions.builder().chunkDimensions(1, 10, 30).deflate(4).build());
			writer.putDataset("text", new String[] { "a", "b" });
		}
		try (Hdf5Container container = Hdf5Container.open(file)) {
			assertArrayEquals(new long[] { 6, 20, 30 }, container.find("/entry/cube").shape());
			double[] slice = container.readSlice("/entry/cube", new long[] { 2, 5, 3 }, new int[] { 2, 3, 4 });
			assertEquals(24, slice.length);
			assertEquals(20503, slice[0]);
			assertEquals(30706, slice[23]);
			DataFormatException outside = assertThrows(DataFormatException.class,
					() -> container.readSlice("/entry/cube", new long[] { 5, 0, 0 }, new int[] { 2, 1, 1 }));
			assertTrue(outside.problem().contains("outside"), outside.getMessage());
			DataFormatException text = assertThrows(DataFormatException.class, () -> container.readDoubles("/text"));
			assertTrue(text.problem().contains("expected numbers"), text.getMessage());
			assertNull(container.find("/entry/none"));
			assertNotNull(container.find("entry/cube"));
		}
	}

	@Test
	void notAnHdf5FileIsADataFormatError() throws Exception {
		Path fake = Files.writeString(temp.resolve("fake.h5"), "not hdf5 at all");
		DataFormatException error = assertThrows(DataFormatException.class, () -> Hdf5Container.open(fake));
		assertTrue(error.getMessage().startsWith(fake.toString()), error.getMessage());
	}
}
