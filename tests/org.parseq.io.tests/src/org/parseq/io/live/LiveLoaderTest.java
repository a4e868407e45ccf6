package org.parseq.io.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.source.FileSourceResolver;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

/**
 * Live loading on real files: scans written into a folder (or as entries of an HDF5 file that
 * grows) reach the listener once each and in order, a half-written scan only when complete, every
 * n-th only when asked, short scans are dropped, a broken file is given up without blocking the
 * scans after it; the loader's own thread does the same as the polls called here.
 */
class LiveLoaderTest {

    private static final PipelineDefinition PIPELINE = new PipelineDefinition("live", "live", List.of(
            new NodeDefinition("raw", "raw", List.of(new ArrayDefinition("x", ArrayRole.X, "x", "", false),
                    new ArrayDefinition("y", ArrayRole.Y, "y", "", false)))),
            List.of());
    private static final String COLUMNS = "{\"node\": \"raw\", \"columns\": {\"x\": \"Col0\", \"y\": \"Col1\"}}";
    private static final String ENTRIES = "{\"node\": \"raw\", \"columns\": {\"x\": \"x\", \"y\": \"y\"}}";
    /** Settle and give-up long enough that the polls below decide by completeness, not by time. */
    private static final Duration LONG = Duration.ofMinutes(5);

    @TempDir
    Path folder;

    private final List<String> arrived = new CopyOnWriteArrayList<>();
    private final List<String> dropped = new CopyOnWriteArrayList<>();

    private final LiveLoader.Listener listener = new LiveLoader.Listener() {
        @Override
        public void arrived(List<LiveScan> scans) {
            scans.forEach(scan -> arrived.add(scan.file().getFileName() + (scan.entry() == null ? "" : scan.entry())));
        }

        @Override
        public void dropped(LiveScan scan, String reason) {
            dropped.add(scan.file().getFileName() + ": " + reason);
        }
    };

    @Test
    void newFilesArriveOnceInOrderAndAHalfWrittenOneOnlyWhenComplete() throws Exception {
        writeScan(folder.resolve("old.dat"), 10, 5);
        try (LiveLoader loader = loader(LiveLoadSettings.of(folder).withPatterns(List.of("*.dat"))
                .withTiming(Duration.ofMillis(50), LONG, LONG))) {
            writeScan(folder.resolve("scan_001.dat"), 20, 5);
            writeScan(folder.resolve("scan_002.dat"), 20, 5);
            Files.writeString(folder.resolve("notes.txt"), "not a scan\n");
            String whole = scanText(20, 5);
            Path third = folder.resolve("scan_003.dat");
            Files.writeString(third, whole.substring(0, whole.length() / 2 + 3)); // stops in the middle of a line
            loader.poll();
            loader.poll();
            assertEquals(List.of("scan_001.dat", "scan_002.dat"), arrived,
                    "the old file is not new; the half-written one waits");
            Files.writeString(third, whole.substring(whole.length() / 2 + 3), StandardOpenOption.APPEND);
            loader.poll();
            assertEquals(List.of("scan_001.dat", "scan_002.dat"), arrived,
                    "the last scan, complete but just changed, waits for the settle time or a later scan");
            writeScan(folder.resolve("scan_004.dat"), 20, 5);
            loader.poll();
            loader.poll();
            assertEquals(List.of("scan_001.dat", "scan_002.dat", "scan_003.dat"), arrived,
                    "a later scan shows the writer moved on");
            assertEquals(List.of(), dropped);
        }
    }

    @Test
    void theLastScanIsTakenOnceUnchangedForTheSettleTime() throws Exception {
        try (LiveLoader loader = loader(LiveLoadSettings.of(folder)
                .withTiming(Duration.ofMillis(50), Duration.ofMillis(300), LONG))) {
            writeScan(folder.resolve("a.dat"), 20, 5);
            loader.poll();
            assertEquals(List.of(), arrived);
            Thread.sleep(400);
            loader.poll();
            loader.poll();
            assertEquals(List.of("a.dat"), arrived, "once, not at every poll");
        }
    }

    @Test
    void everyNthNewScanAndShortScansDropped() throws Exception {
        try (LiveLoader loader = loader(LiveLoadSettings.of(folder).withEveryNth(2).withMinXSpan(10)
                .withTiming(Duration.ofMillis(50), Duration.ZERO, LONG))) {
            for (int i = 1; i <= 6; i++) {
                // the 4th scan is short: 3 points of step 1 span 2
                writeScan(folder.resolve(String.format(Locale.ROOT, "s%02d.dat", i)), i == 4 ? 3 : 20, 1);
            }
            loader.poll();
            assertEquals(List.of("s02.dat", "s06.dat"), arrived);
            assertEquals(1, dropped.size(), dropped.toString());
            assertTrue(dropped.get(0).startsWith("s04.dat: its x spans 2"), dropped.get(0));
        }
    }

    @Test
    void aFileThatStaysUnreadableIsGivenUpAndTheNextOnesGoOn() throws Exception {
        try (LiveLoader loader = loader(LiveLoadSettings.of(folder)
                .withTiming(Duration.ofMillis(50), Duration.ZERO, Duration.ofMillis(200)))) {
            Files.writeString(folder.resolve("a.dat"), "1 2\n3\n"); // a row without its y
            writeScan(folder.resolve("b.dat"), 20, 5);
            loader.poll();
            assertEquals(List.of(), arrived, "b waits behind a, in order");
            Thread.sleep(300);
            loader.poll();
            assertEquals(List.of("b.dat"), arrived);
            assertEquals(1, dropped.size(), dropped.toString());
            assertTrue(dropped.get(0).startsWith("a.dat: not readable after"), dropped.get(0));
        }
    }

    @Test
    void entriesOfAGrowingHdf5FileArriveOnceInOrder() throws Exception {
        Path file = folder.resolve("scans.h5");
        writeEntries(file, 1);
        try (LiveLoader loader = loader(LiveLoadSettings.of(file)
                .withTiming(Duration.ofMillis(50), LONG, LONG))) {
            writeEntries(file, 3);
            loader.poll();
            assertEquals(List.of("scans.h5/entry2"), arrived,
                    "entry3 is the last one and was just written: it waits");
            // the writer is in the middle of the file: what is on disk cannot be read
            byte[] whole = writeEntries(folder.resolve("next.tmp"), 4);
            Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 3));
            loader.poll();
            assertEquals(List.of("scans.h5/entry2"), arrived, "a file that cannot be opened lists nothing new");
            Files.move(folder.resolve("next.tmp"), file, StandardCopyOption.REPLACE_EXISTING);
            loader.poll();
            assertEquals(List.of("scans.h5/entry2", "scans.h5/entry3"), arrived);
            assertEquals(List.of(), dropped);
        }
    }

    @Test
    void theLoadersThreadWatchesTheFolderByItself() throws Exception {
        try (LiveLoader loader = loader(LiveLoadSettings.of(folder)
                .withTiming(Duration.ofMillis(100), Duration.ofMillis(200), LONG)).start()) {
            for (int i = 1; i <= 3; i++) {
                writeScan(folder.resolve("t" + i + ".dat"), 20, 5);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (arrived.size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(List.of("t1.dat", "t2.dat", "t3.dat"), arrived);
        }
    }

    private LiveLoader loader(LiveLoadSettings settings) throws Exception {
        String format = Files.isDirectory(settings.location()) ? COLUMNS : ENTRIES;
        return new LiveLoader(settings, new FormatScanReader(new FileSourceResolver(PIPELINE), format), listener);
    }

    private static void writeScan(Path file, int points, double step) throws IOException {
        Path partial = file.resolveSibling("." + file.getFileName() + ".part");
        Files.writeString(partial, scanText(points, step), StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String scanText(int points, double step) {
        StringBuilder text = new StringBuilder("# x y\n");
        IntStream.range(0, points).forEach(i -> text.append(String.format(Locale.ROOT, "%.3f %.6f%n", 1000 + i * step,
                Math.sin(i / 3.0))));
        return text.toString();
    }

    /** An HDF5 file with entries entry1 … entryN, each with x and y; returns its bytes. */
    private static byte[] writeEntries(Path file, int entries) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".writing");
        try (WritableHdfFile writer = HdfFile.write(partial)) {
            for (int entry = 1; entry <= entries; entry++) {
                WritableGroup group = writer.putGroup("entry" + entry);
                double[] x = new double[30];
                double[] y = new double[30];
                for (int i = 0; i < x.length; i++) {
                    x[i] = 1000 + i;
                    y[i] = entry + Math.cos(i);
                }
                group.putDataset("x", x);
                group.putDataset("y", y);
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        return Files.readAllBytes(file);
    }
}
