package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parseq.io.DataFormatException;
import org.parseq.io.LoadedData;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.format.Slice;
import org.parseq.io.hdf5.Hdf5Container;
import org.parseq.io.hdf5.Hdf5EntryReader;
import org.parseq.io.read.ColumnFileReader;
import org.parseq.io.source.EntryFormat;
import org.parseq.io.source.FileItemSource;
import org.parseq.io.source.FormatDefinition;
import org.parseq.io.source.FormatJson;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;

/** numpy-like slices of HDF5 datasets, read by hyperslab and compared with a full read. */
class SliceTest {
	private static final int N0 = 6;
	private static final int N1 = 20;
	private static final int N2 = 30;

	@TempDir
	Path temp;
	private Path file;

	@BeforeEach
	void writeCubes() {
		file = temp.resolve("cubes.h5");
		double[][][] cube = new double[N0][N1][N2];
		int[][] image = new int[N1][N2];
		double[] energy = new double[N2];
		for (int i = 0; i < N0; i++) {
			for (int j = 0; j < N1; j++) {
				for (int k = 0; k < N2; k++) {
					cube[i][j][k] = i * 10000 + j * 100 + k + 0.5;
					image[j][k] = j * 1000 + k;
				}
			}
		}
		for (int k = 0; k < N2; k++) {
			energy[k] = 9000 + 2 * k;
		}
		try (WritableHdfFile writer = HdfFile.write(file)) {
			WritableGroup entry = writer.putGroup("entry");
			entry.putDataset("chunked", cube, DatasetCreationOptions.builder().chunkDimensions(1, 7, 30).deflate(4).build());
			entry.putDataset("contiguous", cube);
			entry.putDataset("image", image);
			entry.putDataset("energy", energy);
			entry.putDataset("scalar", 3.5);
		}
	}

	/** The values a slice must give, taken from the whole dataset as numpy would. */
	private static double[] expected(double[] whole, long[] dims, Slice.Selection selection) {
		int size = (int) selection.size();
		double[] values = new double[size];
		int[] count = selection.count();
		int[] at = new int[dims.length];
		for (int n = 0; n < size; n++) {
			long flat = 0;
			for (int axis = 0; axis < dims.length; axis++) {
				flat = flat * dims[axis] + selection.offset()[axis] + at[axis];
			}
			values[n] = whole[(int) flat];
			for (int axis = dims.length - 1; axis >= 0; axis--) {
				if (++at[axis] < count[axis]) {
					break;
				}
				at[axis] = 0;
			}
		}
		return values;
	}

	@ParameterizedTest(name = "{0} [{1}] -> {2}")
	@CsvSource(delimiter = ';', value = { "chunked; 2, :, :; 20 30", "contiguous; 2, :, :; 20 30",
			"chunked; 2, 5, :; 30", "contiguous; -1, 3:8, 4; 5", "chunked; :, 5, 7; 6", "chunked; 1:4, -3:, 0; 3 3",
			"chunked; 0; 20 30", "contiguous; 5, 19, -30:100; 30", "image; :, 2; 20", "image; 7; 30",
			"image; 3:6, 10:12; 3 2", "energy; 10:15; 5", "energy; -1; " })
	void slicesEqualTheSamePartOfAFullRead(String dataset, String text, String shape) throws DataFormatException {
		try (Hdf5Container container = Hdf5Container.open(file)) {
			String path = "/entry/" + dataset;
			long[] dims = container.find(path).shape();
			double[] whole = container.readDoubles(path);
			Slice slice = Slice.parse(text);
			Hdf5Container.SliceData data = container.readSlice(path, slice);
			int[] expectedShape = shape == null ? new int[0]
					: Arrays.stream(shape.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
			assertArrayEquals(expectedShape, data.shape(), "result shape");
			assertArrayEquals(expectedShape, container.resultShape(path, slice), "shape without reading");
			assertArrayEquals(expected(whole, dims, slice.select(dims, "", "")), data.values());
		}
	}

	@Test
	void aSpotCheckOfValuesByHand() throws DataFormatException {
		try (Hdf5Container container = Hdf5Container.open(file)) {
			double[] row = container.readSlice("/entry/chunked", Slice.parse("3, 5, :")).values();
			assertEquals(30500.5, row[0]);
			assertEquals(30529.5, row[29]);
			double[] column = container.readSlice("/entry/image", Slice.parse(":, -1")).values();
			assertEquals(29, column[0]);
			assertEquals(19029, column[19]);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "0:10:2; steps", "a; whole number", "0,,1; empty selector", "...; '...'",
			"1:x; whole number" })
	void badSliceTextIsRefusedWithTheReason(String text, String reason) {
		DataFormatException error = assertThrows(DataFormatException.class, () -> Slice.parse(text));
		assertTrue(error.getMessage().contains("slice \"" + text + "\""), error.getMessage());
		assertTrue(error.getMessage().contains(reason), error.getMessage());
	}

	@Test
	void slicesThatDoNotFitNameTheDatasetTheSliceAndTheAxis() throws DataFormatException {
		try (Hdf5Container container = Hdf5Container.open(file)) {
			assertProblem(container, "/entry/chunked", "6, :, :", "index 6 on axis 0", "length 6");
			assertProblem(container, "/entry/chunked", "0, 0, 0, 0", "4 selectors", "[6, 20, 30]");
			assertProblem(container, "/entry/image", ":, 40:50", "selects nothing on axis 1", "length 30");
			assertProblem(container, "/entry/scalar", "0", "scalar", "scalar");
			assertNull(Slice.parse(" "), "blank means no slice");
		}
	}

	private void assertProblem(Hdf5Container container, String path, String text, String... parts) {
		DataFormatException error = assertThrows(DataFormatException.class,
				() -> container.readSlice(path, Slice.parse(text)));
		DataFormatException probe = assertThrows(DataFormatException.class,
				() -> container.resultShape(path, Slice.parse(text)));
		assertEquals(error.getMessage(), probe.getMessage(), "reading and probing give the same reason");
		String message = error.getMessage();
		assertTrue(message.startsWith(file.toString()), message);
		assertTrue(message.contains("dataset " + path), message);
		assertTrue(message.contains("slice \"" + text + "\""), message);
		for (String part : parts) {
			assertTrue(message.contains(part), message);
		}
	}

	private FormatDefinition definition(String slices) throws DataFormatException {
		return new FormatJson().parse("{\"node\": \"n\", \"columns\": {\"eraw\": \"energy\","
				+ " \"i0\": \"d[\\\"chunked\\\"] + d[\\\"contiguous\\\"]\", \"itr\": \"image\", \"eref\": \"\"},"
				+ " \"conversionFactors\": {\"i0\": \"2\"}, \"slices\": " + slices + "}", "FORMAT.json");
	}

	@Test
	void formatJsonSlicesReachTheEntryReader() throws DataFormatException {
		FormatDefinition definition = definition("{\"i0\": \"4, 11, :\", \"itr\": \"[:, 3]\"}");
		assertEquals(Map.of("i0", "4, 11, :", "itr", "[:, 3]"), definition.slices());
		DataFormat format = definition.toDataFormat(List.of("eraw", "i0", "itr", "eref"), Set.of("eraw", "i0"));
		assertEquals("4, 11, :", format.arrays().get(1).slice().text());
		assertNull(format.arrays().get(0).slice());
		try (Hdf5Container container = Hdf5Container.open(file)) {
			DataFormatException lengths = assertThrows(DataFormatException.class,
					() -> Hdf5EntryReader.read(container, "/entry", format));
			assertTrue(lengths.getMessage().contains("array itr"), lengths.getMessage());
			assertTrue(lengths.getMessage().contains("has 20 values"), lengths.getMessage());
			DataFormatException probe = assertThrows(DataFormatException.class,
					() -> Hdf5EntryReader.check(container, "/entry", format));
			assertEquals(lengths.getMessage(), probe.getMessage());
		}
		DataFormat fits = definition("{\"i0\": \"4, 11, :\", \"itr\": \"-1\"}").toDataFormat(
				List.of("eraw", "i0", "itr", "eref"), Set.of("eraw"));
		try (Hdf5Container container = Hdf5Container.open(file)) {
			Hdf5EntryReader.check(container, "/entry", fits);
			LoadedData data = Hdf5EntryReader.read(container, "/entry", fits);
			double[] i0 = data.requireArray("i0");
			double[] row = container.readSlice("/entry/chunked", Slice.parse("4, 11, :")).values();
			assertEquals(N2, i0.length);
			for (int k = 0; k < N2; k++) {
				assertEquals(2 * (row[k] + row[k]), i0[k], 0, "sum of two sliced datasets, times 2");
			}
			assertArrayEquals(container.readSlice("/entry/image", Slice.parse("19, :")).values(), data.requireArray("itr"));
		}
		FileItemSource source = new FileItemSource(file, "/entry", new EntryFormat(null, fits, "text"));
		Map<String, double[]> loaded = source.load();
		assertEquals(Set.of("eraw", "i0", "itr"), loaded.keySet(), "1D arrays stay 1D; absent eref is left out");
		assertEquals(N2, loaded.get("itr").length);
	}

	@Test
	void aMultidimensionalResultForA1DArrayIsRefused() throws DataFormatException {
		DataFormat format = definition("{\"i0\": \"4, :, :\", \"itr\": \"-1\"}").toDataFormat(
				List.of("eraw", "i0", "itr", "eref"), Set.of("eraw"));
		DataFormat noSlice = definition("{\"i0\": \"4, 0, :\"}").toDataFormat(List.of("eraw", "i0", "itr", "eref"), Set.of("eraw"));
		try (Hdf5Container container = Hdf5Container.open(file)) {
			DataFormatException error = assertThrows(DataFormatException.class,
					() -> Hdf5EntryReader.read(container, "/entry", format));
			assertTrue(error.getMessage().contains("dataset /entry/chunked"), error.getMessage());
			assertTrue(error.getMessage().contains("slice \"4, :, :\""), error.getMessage());
			assertTrue(error.getMessage().contains("[20, 30]"), error.getMessage());
			DataFormatException image = assertThrows(DataFormatException.class,
					() -> Hdf5EntryReader.read(container, "/entry", noSlice));
			assertTrue(image.getMessage().contains("dataset /entry/image"), image.getMessage());
			assertTrue(image.getMessage().contains("\"slices\""), image.getMessage());
		}
	}

	@Test
	void aSliceOnAColumnSourceIsAnError() throws Exception {
		Path text = java.nio.file.Files.writeString(temp.resolve("t.dat"), "1 2\n3 4\n");
		DataFormat format = DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("x", "Col0", null),
				ArraySpec.of("y", "Col1", null).withSlice("0:1"));
		DataFormatException error = assertThrows(DataFormatException.class, () -> ColumnFileReader.read(text, format));
		assertTrue(error.getMessage().contains("array y"), error.getMessage());
		assertTrue(error.getMessage().contains("HDF5 datasets"), error.getMessage());
		DataFormatException json = assertThrows(DataFormatException.class, () -> new FormatJson().parse(
				"{\"node\": \"n\", \"columns\": {\"x\": \"Col0\"}, \"slices\": {\"y\": \"0\"}}", "F.json")
				.toDataFormat(List.of("x", "y"), Set.of("x")));
		assertTrue(json.getMessage().contains("array 'y' has a slice but no entry in \"columns\""), json.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/entry24212", "/entry24213" })
	void slicesOfTheRealHerfdFile(String entry) throws DataFormatException {
		// the real files hold only 1D datasets (their 2D detector data sit behind broken external links)
		try (Hdf5Container herfd = Hdf5Container.open(SharedData.data("parseq-xas/HERFD/20230318.h5"))) {
			String energy = entry + "/measurement/mono1_energy_acs";
			double[] whole = herfd.readDoubles(energy);
			assertArrayEquals(Arrays.copyOfRange(whole, 100, 200), herfd.readSlice(energy, Slice.parse("100:200")).values());
			assertArrayEquals(new double[] { whole[whole.length - 1] }, herfd.readSlice(energy, Slice.parse("-1")).values());
			DataFormatException broken = assertThrows(DataFormatException.class,
					() -> herfd.readSlice(entry + "/measurement/eiger_streaming", Slice.parse("0, :, :")));
			assertTrue(broken.getMessage().contains("broken link"), broken.getMessage());
			DataFormatException scalar = assertThrows(DataFormatException.class,
					() -> herfd.readSlice(entry + "/instrument/start_positioners/mp_x", Slice.parse("0")));
			assertTrue(scalar.getMessage().contains("scalar"), scalar.getMessage());
		}
	}

	@Test
	void slicesOfTheRealMasterFileThroughExternalLinks() throws DataFormatException {
		try (Hdf5Container master = Hdf5Container.open(SharedData.data("parseq-tests/hdf5/20240213s.h5"))) {
			String channel = "/entry29270/measurement/albaem_2d_01/channel1/data";
			double[] whole = master.readDoubles(channel);
			assertArrayEquals(Arrays.copyOfRange(whole, 0, 10), master.readSlice(channel, Slice.parse(":10")).values());
			assertArrayEquals(Arrays.copyOfRange(whole, 491, 501), master.readSlice(channel, Slice.parse("-10:")).values());
		}
	}
}
