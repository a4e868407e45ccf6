package org.parseq.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the materialized product the way {@code ./parseq run} does, under the display the
 * build runs on, and checks the main window it opens through the product's startup check.
 */
class ProductLaunchTest {

    private static final long WINDOW_TIMEOUT_SECONDS = 180;

    private static ProductInstallation product;
    private static Path output;

    @BeforeAll
    static void locateProduct() throws IOException {
        product = ProductInstallation.at(Path.of(System.getProperty("parseq.product.dir", "")));
        output = Path.of(System.getProperty("parseq.test.output", "target")).resolve("product-launch");
        Files.createDirectories(output);
    }

    @Test
    void theProductOpensItsMainWindowWithTitleAndMenus() throws Exception {
        String display = System.getenv("DISPLAY");
        assertTrue(display != null && !display.isBlank(),
                "no DISPLAY: run the tests under Xvfb (./parseq test does)");
        Path checkDir = output.resolve("startup-check");
        Path log = output.resolve("product.log");
        deleteIfPresent(checkDir.resolve("startup-check.properties"));

        Process process = product.start(List.of(
                "-Dparseq.startupCheck=" + checkDir, "-Dparseq.startupCheck.quit=true",
                "-Dparseq.userDir=" + output.resolve("user-settings")),
                List.of("-data", output.resolve("workspace").toString(), "-clearPersistedState", "--pipeline", "xas"),
                log);
        try {
            if (!process.waitFor(WINDOW_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("the product did not open and close its window within " + WINDOW_TIMEOUT_SECONDS
                        + " s; log:\n" + tail(log));
            }
        } finally {
            process.destroyForcibly();
        }
        Path reportFile = checkDir.resolve("startup-check.properties");
        assertTrue(Files.exists(reportFile), "the main window never came; log:\n" + tail(log));
        assertEquals(0, process.exitValue(), "exit status; log:\n" + tail(log));

        Properties report = new Properties();
        try (InputStream in = Files.newInputStream(reportFile)) {
            report.load(in);
        }
        assertEquals("ok", report.getProperty("status"), () -> "startup check: " + report);
        assertTrue(report.getProperty("title", "").matches("ParSeq for Eclipse \\d+\\.\\d+\\.\\d+ \u2013 XAS.*"),
                () -> "window title: " + report.getProperty("title"));
        assertEquals("true", report.getProperty("visible"));
        assertEquals("File|Edit|Window|Help", report.getProperty("menus"));
        assertEquals("Undo|Redo|History\u2026", report.getProperty("menu.Edit"));
        assertTrue(report.getProperty("menu.File", "").contains("Quit"), report::toString);
        assertTrue(report.getProperty("menu.Help", "").contains("About ParSeq for Eclipse"), report::toString);

        Path screenshot = checkDir.resolve("main-window.png");
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertNotNull(image, "the screenshot is a PNG: " + screenshot);
        assertTrue(image.getWidth() >= 640 && image.getHeight() >= 400,
                "window size " + image.getWidth() + "x" + image.getHeight());
        assertTrue(distinctColours(image) > 8, "the screenshot shows a drawn window, not a blank area");
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static void deleteIfPresent(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * The archive's {@code parseq} script starts the product with the Java runtime shipped in its
     * {@code jre/} folder, not the machine's (this machine's default java is too old for it).
     */
    @Test
    void theLauncherScriptStartsTheProductWithItsOwnJavaRuntime() throws Exception {
        Path home = product.home();
        Path script = home.resolve("parseq");
        assertTrue(Files.isExecutable(script), "the product has an executable parseq script");
        assertTrue(Files.isExecutable(home.resolve("jre/bin/java")), "and its own Java runtime");
        Path checkDir = output.resolve("script-check");
        Path log = output.resolve("script.log");
        deleteIfPresent(checkDir.resolve("startup-check.properties"));
        ProcessBuilder builder = new ProcessBuilder("sh", script.toString(), "-data",
                output.resolve("script-workspace").toString(), "-clearPersistedState", "--pipeline", "xas")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("PARSEQ_VM_ARGS", "-Dparseq.startupCheck=" + checkDir
                + " -Dparseq.startupCheck.quit=true -Dparseq.userDir=" + output.resolve("script-user-settings"));
        Process process = builder.start();
        try {
            if (!process.waitFor(WINDOW_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("the product did not start and close within " + WINDOW_TIMEOUT_SECONDS + " s; log:\n" + tail(log));
            }
        } finally {
            process.destroyForcibly();
        }
        Properties report = new Properties();
        try (InputStream in = Files.newInputStream(checkDir.resolve("startup-check.properties"))) {
            report.load(in);
        }
        assertEquals("ok", report.getProperty("status"), () -> "startup check: " + report + "; log:\n" + tail(log));
        assertEquals(home.resolve("jre").toRealPath().toString(), Path.of(report.getProperty("java.home")).toRealPath()
                .toString(), "the product ran on its own runtime");
    }
}
