package org.parseq.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Kills the real product with SIGKILL while it holds unsaved edits and starts it again: the
 * session it kept in the autosave folder is recovered with the same tree, parameters and results
 * (the startup check's fingerprint of the session), and a clean exit leaves no copy behind.
 */
class CrashRecoveryTest {

    private static final long TIMEOUT_SECONDS = 180;
    private static final Path EXAMPLES = Path.of(System.getProperty("parseq.repository", "../.."))
            .resolve("pipelines/org.parseq.xas/examples/cu-foils");

    @Test
    void aSessionKilledWithUnsavedEditsIsRecoveredAtTheNextStart() throws Exception {
        ProductInstallation product = ProductInstallation
                .at(Path.of(System.getProperty("parseq.product.dir", "")));
        Path output = Path.of(System.getProperty("parseq.test.output", "target")).resolve("crash-recovery");
        deleteTree(output);
        Files.createDirectories(output);
        Path userDir = output.resolve("user-settings");
        Path autosaves = userDir.resolve("autosave");
        List<String> foils = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            files.filter(f -> f.toString().endsWith(".dat")).sorted().forEach(f -> foils.add(f.toAbsolutePath().toString()));
        }
        assertEquals(3, foils.size(), "the Cu foils of the XAS examples in " + EXAMPLES.toAbsolutePath());

        // 1: load the foils from the command line (an unsaved edit), wait for its copy, kill
        List<String> arguments = new ArrayList<>(List.of("-data", output.resolve("workspace-1").toString(),
                "-clearPersistedState", "--pipeline", "xas", "--format",
                EXAMPLES.resolve("cu-foils.format.json").toAbsolutePath().toString()));
        arguments.addAll(foils);
        Process first = product.start(vmArguments(userDir, output.resolve("check-1"), false), arguments,
                output.resolve("first.log"));
        Properties before;
        try {
            before = awaitReport(output.resolve("check-1"), first, output.resolve("first.log"));
            Path copy = autosaves.resolve("session-" + first.pid() + ".parseq.json");
            awaitFile(copy, first, output.resolve("first.log"));
        } finally {
            first.destroyForcibly();
        }
        assertTrue(first.waitFor(30, TimeUnit.SECONDS), "SIGKILL ends the product");
        assertEquals("true", before.getProperty("session.unsaved"), before::toString);
        assertEquals(3, before.getProperty("session.items").split("\\|").length, before::toString);

        // 2: start again with --recover, let the startup check read the session and quit cleanly
        Process second = product.start(vmArguments(userDir, output.resolve("check-2"), true),
                List.of("-data", output.resolve("workspace-2").toString(), "-clearPersistedState", "--pipeline", "xas",
                        "--recover"),
                output.resolve("second.log"));
        try {
            if (!second.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("the second start did not finish; log:\n" + tail(output.resolve("second.log")));
            }
        } finally {
            second.destroyForcibly();
        }
        Properties after = read(output.resolve("check-2"));
        assertEquals("ok", after.getProperty("status"), () -> after + "\n" + tail(output.resolve("second.log")));
        assertEquals("xas", after.getProperty("session.pipeline"));
        assertEquals(before.getProperty("session.items"), after.getProperty("session.items"));
        assertEquals("true", after.getProperty("session.unsaved"), "recovered edits are in no project yet");
        assertEquals(before.getProperty("session.digest"), after.getProperty("session.digest"),
                "tree, parameters and every result are those before the kill");
        try (Stream<Path> left = Files.list(autosaves)) {
            List<Path> copies = left.toList();
            assertTrue(copies.isEmpty(), "a clean exit leaves no copy: " + copies);
        }
    }

    private static List<String> vmArguments(Path userDir, Path checkDir, boolean quit) {
        return List.of("-Dparseq.userDir=" + userDir, "-Dparseq.autosave.delay=500",
                "-Dparseq.startupCheck=" + checkDir, "-Dparseq.startupCheck.quit=" + quit);
    }

    private static Properties awaitReport(Path checkDir, Process process, Path log) throws Exception {
        awaitFile(checkDir.resolve("startup-check.properties"), process, log);
        Properties report = read(checkDir);
        assertEquals("ok", report.getProperty("status"), () -> report + "\n" + tail(log));
        return report;
    }

    private static void awaitFile(Path file, Process process, Path log) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!Files.exists(file)) {
            if (!process.isAlive()) {
                fail("the product ended before " + file + " appeared; log:\n" + tail(log));
            }
            if (System.nanoTime() > end) {
                fail(file + " did not appear within " + TIMEOUT_SECONDS + " s; log:\n" + tail(log));
            }
            Thread.sleep(200);
        }
    }

    private static Properties read(Path checkDir) throws IOException {
        Properties report = new Properties();
        try (InputStream in = Files.newInputStream(checkDir.resolve("startup-check.properties"))) {
            report.load(in);
        }
        return report;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        assertFalse(Files.exists(folder));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
