package org.parseq.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The host installation had no ParSeq until the p2 director installed the platform and XAS
 * features from the update site into it (see this module's pom). Started headless with the
 * batch application, it must know the XAS pipeline and compute a Cu foil's E0 as our product
 * does.
 */
class UpdateSiteInstallTest {

    private static final Path INSTALLATION = Path.of(System.getProperty("parseq.installation"));
    private static final Path OUTPUT = Path.of(System.getProperty("parseq.test.output"), "install-test");
    private static final Path SHARED = Path.of(System.getProperty("parseq.shared"));

    @Test
    void theInstalledXasPipelineComputesAFoil() throws Exception {
        Path plugins = INSTALLATION.resolve("plugins");
        assertTrue(hasBundle(plugins, "org.parseq.xas_"), "the director installed the XAS bundle into " + plugins);
        assertTrue(hasBundle(plugins, "org.parseq.core_"), "and the platform");

        Path foil = SHARED.resolve("data/parseq-xas/foils/Cu-foil_EXAFS_23070.dat");
        if (!Files.exists(foil)) {
            try (Stream<Path> files = Files.walk(SHARED.resolve("data/parseq-xas"))) {
                foil = files.filter(p -> p.getFileName().toString().startsWith("Cu-foil_EXAFS")).findFirst()
                        .orElseThrow();
            }
        }
        Files.createDirectories(OUTPUT);
        Path format = OUTPUT.resolve("cu-foils.format.json");
        Files.writeString(format, """
                {"node": "currents_tr",
                 "columns": {"eraw": "Col1", "i0": "Col3+Col4", "itr": "Col5+Col6"},
                 "conversionFactors": {"i0": "µA", "itr": "µA"}}
                """, StandardCharsets.UTF_8);
        Path out = OUTPUT.resolve("batch");
        Path log = OUTPUT.resolve("batch.log");

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", launcher(plugins).toString(),
                "-data", OUTPUT.resolve("workspace").toString(), "-consoleLog",
                "-application", "org.parseq.cli.batch",
                "batch", "--pipeline", "xas", "--format", format.toString(), "--out", out.toString(),
                foil.toString()));
        Process process = new ProcessBuilder(command).directory(INSTALLATION.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), () -> "the batch did not end; log:\n" + read(log));
        assertEquals(0, process.exitValue(), () -> "exit status; log:\n" + read(log));

        String summary = read(out.resolve("summary.csv"));
        assertTrue(summary.contains("Cu-foil_EXAFS"), summary);
        String params = read(out.resolve("Cu-foil_EXAFS_23070").resolve("params.json"));
        assertTrue(params.contains("\"e0\""), params);
        double e0 = Double.parseDouble(params.replaceAll("(?s).*\"e0\"\\s*:\\s*([-0-9.eE+]+).*", "$1"));
        assertTrue(e0 > 8970 && e0 < 8990, "Cu K edge E0 " + e0);
        assertTrue(Files.size(out.resolve("Cu-foil_EXAFS_23070").resolve("chi.txt")) > 1000, "χ(k) written");
    }

    private static boolean hasBundle(Path plugins, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(plugins)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(prefix));
        }
    }

    private static Path launcher(Path plugins) throws IOException {
        try (Stream<Path> files = Files.list(plugins)) {
            return files.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no Equinox launcher in " + plugins));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e + ")";
        }
    }
}
