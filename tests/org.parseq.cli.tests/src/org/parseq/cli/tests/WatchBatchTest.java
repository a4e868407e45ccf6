package org.parseq.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.cli.ParseqCli;

/**
 * {@code parseq batch --watch DIR}: three Cu foils written into the folder one after the other
 * while the batch runs, the first one in two halves with a pause, are run once each, in order,
 * and the first gives exactly what a batch of the complete file gives.
 */
class WatchBatchTest {


    @TempDir
    Path temp;

    @Test
    void filesWrittenDuringTheRunAreRunOnceInOrderAndOnlyWhenComplete() throws Exception {
        Path format = temp.resolve("FORMAT.json");
        Files.writeString(format, CuFoils.FORMAT);
        Path watched = Files.createDirectories(temp.resolve("measurement"));
        Path out = temp.resolve("out");
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> batch = CompletableFuture.supplyAsync(() -> ParseqCli.run(new String[] {"batch",
            "--pipeline", "xas", "--format", format.toString(), "--watch", watched.toString(), "--watch-idle", "5",
            "--threads", "1", "--out", out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err)));
        Thread.sleep(1500);
        Path foils = SharedData.sharedDir().resolve("data/parseq-xas/foils");
        // written as a writer that ends its lines would (the shared file's last line has no line end)
        byte[] first = (Files.readString(foils.resolve(CuFoils.NAMES.get(0) + ".dat"), StandardCharsets.ISO_8859_1) + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path half = watched.resolve(CuFoils.NAMES.get(0) + ".dat");
        int cut = first.length / 2;
        while (first[cut - 1] == '\n') {
            cut++; // stop in the middle of a line
        }
        Files.write(half, java.util.Arrays.copyOf(first, cut));
        Thread.sleep(3000); // longer than the settle time and a poll: a half line is not complete
        Files.write(half, java.util.Arrays.copyOfRange(first, cut, first.length), StandardOpenOption.APPEND);
        for (String foil : CuFoils.NAMES.subList(1, CuFoils.NAMES.size())) {
            Thread.sleep(700);
            Files.writeString(watched.resolve(foil + ".dat"),
                    Files.readString(foils.resolve(foil + ".dat"), StandardCharsets.ISO_8859_1) + "\n",
                    StandardCharsets.ISO_8859_1);
        }
        int status = batch.get(90, TimeUnit.SECONDS);
        assertEquals(0, status, err.toString());
        assertTrue(Files.exists(out.resolve("summary.csv")), err.toString());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(1 + CuFoils.NAMES.size(), summary.size(), String.join("\n", summary));
        for (int i = 0; i < CuFoils.NAMES.size(); i++) {
            assertTrue(summary.get(1 + i).contains(CuFoils.NAMES.get(i)), "in order: " + summary);
        }
        assertTrue(err.toString().contains("--watch: 3 files run"), err.toString());

        Path whole = temp.resolve("whole");
        int direct = ParseqCli.run(new String[] {"batch", "--pipeline", "xas", "--format", format.toString(),
            "--threads", "1", "--out", whole.toString(), foils.resolve(CuFoils.NAMES.get(0) + ".dat").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(0, direct);
        List<Path> expected = files(whole.resolve(CuFoils.NAMES.get(0)));
        assertTrue(!expected.isEmpty());
        for (Path file : expected) {
            Path watchedResult = out.resolve(CuFoils.NAMES.get(0)).resolve(whole.resolve(CuFoils.NAMES.get(0)).relativize(file));
            if (file.getFileName().toString().endsWith(".json")) {
                continue; // the parameters file names where the data came from
            }
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(watchedResult),
                    "the first foil, written in two halves, gives what the complete file gives: " + file.getFileName());
        }
    }

    private static List<Path> files(Path folder) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

}
