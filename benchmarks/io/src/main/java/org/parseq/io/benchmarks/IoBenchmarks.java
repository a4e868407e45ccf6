package org.parseq.io.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import org.parseq.io.DataFormatException;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.hdf5.Hdf5Container;
import org.parseq.io.read.ColumnFileReader;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;

/**
 * Timings of the I/O layer: reading a 4096-row foil file, opening and listing a 20,000-group
 * HDF5 file, reading one slice of a large chunked deflated 3D dataset. Generated files go to a
 * temporary folder that is deleted afterwards.
 * <p>
 * Usage: {@code java -cp ... org.parseq.io.benchmarks.IoBenchmarks /path/to/shared}
 */
public final class IoBenchmarks {
	private static final int REPEATS = 15;
	/** Reads before the foil is timed: C2 compiles the reader's loops after a few hundred. */
	private static final int FOIL_WARM_UP = 1000;
	private static final int FOIL_REPEATS = 101;

	private IoBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		Path shared = Paths.get(args.length > 0 ? args[0] : "../shared");
		Path temp = Files.createTempDirectory("parseq-io-bench");
		try {
			foil(shared.resolve("data/parseq-xas/foils/Cu-foil_EXAFS_23068.dat"));
			manyGroups(temp.resolve("groups.h5"));
			slice(temp.resolve("cube.h5"));
		} finally {
			deleteTree(temp);
		}
	}

	/**
	 * The foil read as the XAS pipeline does it (bytes to sorted arrays in µA), single-threaded,
	 * after enough reads for the JIT to have compiled the reader: the goal is under 1 ms.
	 */
	private static void foil(Path file) throws DataFormatException {
		DataFormat format = DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("eraw", "Col1", null),
				ArraySpec.of("i0", "Col3+Col4", "µA"), ArraySpec.of("itr", "Col5+Col6", "µA"));
		for (int i = 0; i < FOIL_WARM_UP; i++) {
			ColumnFileReader.read(file, format);
		}
		double[] ms = new double[FOIL_REPEATS];
		for (int i = 0; i < FOIL_REPEATS; i++) {
			long start = System.nanoTime();
			ColumnFileReader.read(file, format);
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		report("read 4096-row foil file (3 arrays, sort, µA), warm", ms);
	}

	private static void manyGroups(Path file) throws DataFormatException {
		try (WritableHdfFile writer = HdfFile.write(file)) {
			for (int i = 0; i < 20_000; i++) {
				WritableGroup group = writer.putGroup("entry" + i);
				group.putDataset("x", new double[] { i });
			}
		}
		double[] ms = new double[5];
		for (int i = 0; i < ms.length; i++) {
			long start = System.nanoTime();
			try (Hdf5Container container = Hdf5Container.open(file)) {
				int count = container.root().children().size();
				ms[i] = (System.nanoTime() - start) / 1e6;
				if (i == 0) {
					System.out.printf("  root state %s, %d children listed%n", container.root().state(), count);
				}
			}
		}
		report("open + list root of a 20,000-group HDF5 file", ms);
	}

	private static void slice(Path file) throws DataFormatException {
		int frames = 128;
		double[][][] cube = new double[frames][256][256];
		for (int f = 0; f < frames; f++) {
			for (int y = 0; y < 256; y++) {
				for (int x = 0; x < 256; x++) {
					cube[f][y][x] = Math.sin(f * 0.1 + y * 0.01) * x;
				}
			}
		}
		try (WritableHdfFile writer = HdfFile.write(file)) {
			writer.putDataset("cube", cube, DatasetCreationOptions.builder().chunkDimensions(1, 256, 256).deflate(4).build());
		}
		cube = null;
		System.out.printf("  cube file %.1f MB on disk (%.1f MB of doubles)%n", file.toFile().length() / 1e6,
				frames * 256 * 256 * 8 / 1e6);
		double[] ms = new double[REPEATS];
		try (Hdf5Container container = Hdf5Container.open(file)) {
			for (int i = 0; i < REPEATS; i++) {
				long start = System.nanoTime();
				double[] slice = container.readSlice("/cube", new long[] { (i * 7) % (frames - 10), 0, 0 },
						new int[] { 10, 256, 256 });
				ms[i] = (System.nanoTime() - start) / 1e6;
				if (slice.length != 10 * 256 * 256) {
					throw new IllegalStateException("wrong slice size " + slice.length);
				}
			}
		}
		report("slice 10x256x256 of a 128x256x256 deflated chunked dataset", ms);
	}

	private static void report(String what, double[] ms) {
		double[] sorted = ms.clone();
		Arrays.sort(sorted);
		System.out.printf("%s: median %.2f ms, min %.2f ms, max %.2f ms (n=%d)%n", what, sorted[sorted.length / 2],
				sorted[0], sorted[sorted.length - 1], sorted.length);
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
