package org.parseq.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.cli.ParseqCli;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.Image2D;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.pspj.PspjItem;
import org.parseq.model.pspj.PspjProject;
import org.parseq.model.pspj.PspjReader;
import org.parseq.model.session.ProjectFile;
import org.parseq.model.session.Session;
import org.parseq.xas.pipeline.XasPipelineProvider;
import org.parseq.xes.pipeline.XesPipelineProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code parseq batch --project}: the original's XES-scan project on the stand-in master and
 * its Cu XAS project run headless and find what the original saved; images are written so
 * that they read back to the same doubles; damaged projects and wrong arguments exit 2.
 */
class ProjectBatchTest {

    /** The original's θ → E line from the references before background subtraction (reference/parseq-xes/README.md). */
    private static final double[] CALIBRATION = {-286.0821675897548, 19602.44730601818};
    private static final List<String> XES_ITEMS = List.of("20230908s/entry1025", "elastic_19630", "elastic_19570");
    private static final List<String> CU_ITEMS = List.of("Cu_lnt1", "Cu_lnt2", "Cu_rt1", "Cu_rt2");

    @TempDir
    Path temp;

    private record Run(int status, String out, String err) {
    }

    private static Run batch(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ParseqCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    /** {@code temp/xes/saved/Mo-Kb13.pspj} with {@code data/} holding the stand-in master as 20230908s.h5 and the scans. */
    private Path moKb13() throws IOException {
        return moKb13(List.of("1025", "1030", "1034"));
    }

    /** The same with only these scans beside the master. */
    private Path moKb13(List<String> scans) throws IOException {
        Path source = SharedData.sharedDir().resolve("data/xes-scan");
        Path data = Files.createDirectories(temp.resolve("xes/data"));
        Files.copy(source.resolve("20230908s-standin.h5"), data.resolve("20230908s.h5"));
        for (String scan : scans) {
            Files.copy(source.resolve("scan-" + scan + "_eiger_xes.h5"), data.resolve("scan-" + scan + "_eiger_xes.h5"));
        }
        Path saved = Files.createDirectories(temp.resolve("xes/saved"));
        return Files.copy(source.resolve("Mo-Kb13.pspj"), saved.resolve("Mo-Kb13.pspj"));
    }

    /** {@code temp/xas/saved/Cu.pspj} with the Cu scans in {@code data/}, all but those left out. */
    private Path cuProject(List<String> leftOut) throws IOException {
        Path source = SharedData.sharedDir().resolve("data/parseq-xas");
        Path data = Files.createDirectories(temp.resolve("xas/data"));
        for (String item : CU_ITEMS) {
            if (!leftOut.contains(item)) {
                Files.copy(source.resolve(item + ".fio"), data.resolve(item + ".fio"));
            }
        }
        Path saved = Files.createDirectories(temp.resolve("xas/saved"));
        return Files.copy(source.resolve("saved/Cu.pspj"), saved.resolve("Cu.pspj"));
    }

    private static PspjProject read(Path project, PipelineDefinition pipeline) throws Exception {
        return new PspjReader(List.of(pipeline)).read(project);
    }

    @Test
    void moKb13RunsAsAWholeAndWritesWhatTheOriginalFound() throws Exception {
        Path project = moKb13();
        Path out = temp.resolve("out");
        Run run = batch("batch", "--project", project.toString(), "--threads", "2", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        PipelineDefinition xes = new XesPipelineProvider().createPipeline();
        PspjProject saved = read(project, xes);
        double worstFwhm = 0;
        for (String alias : XES_ITEMS) {
            JsonNode params = json(out.resolve(alias).resolve("params.json"));
            assertEquals("GOOD", params.get("state").get("energy_xes").asText(), alias);
            JsonNode found = params.get("parameters");
            PspjItem original = saved.item(alias).orElseThrow();
            assertEquals(((Number) original.otherValues().get("cutoffMaxBelow")).doubleValue(),
                    found.get("cutoffMaxBelow").asDouble(), 0.0, alias + " cutoffMaxBelow");
            List<?> bandLine = (List<?>) original.otherValues().get("bandLine");
            assertEquals(bandLine.get(0), found.get("bandLine").get("slope").asDouble(), alias + " band slope");
            assertEquals(bandLine.get(1), found.get("bandLine").get("offset").asDouble(), alias + " band offset");
            assertEquals(bandLine.get(2), found.get("bandLine").get("width").asDouble(), alias + " band width");
            // the calibration is found over all items together: the same line for every item
            assertEquals(1, found.get("calibrationPoly").get("slope").asDouble() / CALIBRATION[0], 1e-8, alias);
            assertEquals(1, found.get("calibrationPoly").get("intercept").asDouble() / CALIBRATION[1], 1e-8, alias);
            assertTrue(found.get("fwhm").isNumber() && found.get("fwhm_bottom").isNumber(), alias);
            // the parameters used are the project's, in the original's shape
            assertEquals(20000.0, found.get("cutoff").asDouble());
            assertEquals(0.04, found.get("bandROI").get("width").asDouble());
            assertEquals("elastic_19630; elastic_19570", found.get("calibrationData").get("base").asText());
            assertEquals(7, found.get("calibrationHalfPeakWidthSteps").asInt());

            Path image = out.resolve(alias).resolve("theta_scan.xes2D.txt");
            ArrayTables.Header header = ArrayTables.header(image);
            assertEquals("xes2D", header.name());
            assertArrayEquals(new int[] {151, 1030}, header.shape());
            assertEquals(List.of("theta", "index"), header.axes());
            assertEquals(151, ArrayTables.rows(image).length);
            assertEquals(1030, ArrayTables.rows(image)[0].length);
            double[][] theta = ArrayTables.rows(out.resolve(alias).resolve("theta_scan.txt"));
            assertEquals(151, theta.length, "the image's row axis, θ, is in the node's table");
            assertTrue(Files.exists(out.resolve(alias).resolve("energy_xes.txt")));
            assertEquals("# energy_bottom xes_bottom",
                    Files.readAllLines(out.resolve(alias).resolve("energy_xes.xes_bottom.txt")).get(0));

            Path reference = SharedData.sharedDir().resolve("reference/parseq-xes").resolve(alias);
            if (Files.isDirectory(reference)) {
                // the image after cut-off and I0 normalisation is the original's, number for number
                assertArrayEquals(ArrayTables.flat(ArrayTables.rows(reference.resolve("0_2D_xes2D.txt.gz"))),
                        ArrayTables.flat(ArrayTables.rows(image)), 0.0, alias + " xes2D");
                // FWHM in eV scale with the slope where the original's line differs (its calibration quirk)
                JsonNode theirs = json(reference.resolve("params.json"));
                double slopeRatio = CALIBRATION[0] / theirs.get("transformParams").get("calibrationPoly").get(0).asDouble();
                for (String fwhm : List.of("fwhm", "fwhm_bottom")) {
                    double expected = theirs.get("scalars").get(fwhm).asDouble() * Math.abs(slopeRatio);
                    worstFwhm = Math.max(worstFwhm, Math.abs(found.get(fwhm).asDouble() - expected));
                    assertEquals(expected, found.get(fwhm).asDouble(), 1e-3, alias + " " + fwhm);
                }
            }
        }
        System.out.println("Mo-Kb13 batch: worst |FWHM - original's| = " + worstFwhm + " eV");
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(1 + XES_ITEMS.size(), summary.size(), String.join("\n", summary));
    }

    /** The images written read back to the very doubles the engine computed. */
    @Test
    void imagesReadBackToTheSameDoubles() throws Exception {
        Path project = moKb13();
        Path out = temp.resolve("out");
        assertEquals(0, batch("batch", "--project", project.toString(), "--out", out.toString()).status());
        PipelineDefinition xes = new XesPipelineProvider().createPipeline();
        PspjProject opened = read(project, xes);
        try (Session session = new Session(xes, new FileSourceResolver(xes), 1)) {
            opened.moveTreeInto(session);
            session.run();
            for (String alias : XES_ITEMS) {
                NodeResult scan = session.result(session.item(alias), "theta_scan");
                Image2D computed = scan.image("xes2D").orElseThrow();
                double[][] written = ArrayTables.rows(out.resolve(alias).resolve("theta_scan.xes2D.txt"));
                assertEquals(computed.rows(), written.length);
                for (int row = 0; row < written.length; row++) {
                    double[] expected = java.util.Arrays.copyOfRange(computed.values(), row * computed.columns(),
                            (row + 1) * computed.columns());
                    assertArrayEquals(expected, written[row], 0.0, alias + " row " + row);
                }
                double[][] xesTable = ArrayTables.rows(out.resolve(alias).resolve("energy_xes.txt"));
                double[] energy = session.array(session.item(alias), "energy_xes", "energy");
                assertArrayEquals(energy, java.util.Arrays.stream(xesTable).mapToDouble(r -> r[0]).toArray(), 0.0);
            }
        }
    }

    /** Without a project: the scans as HDF5 entries with the project's parameters in PARAMS.json. */
    @Test
    void theXesPipelineOnFilesCalibratesOverTheFilesGivenTogether() throws Exception {
        moKb13();
        Path data = temp.resolve("xes/data/20230908s.h5");
        Path format = Files.writeString(temp.resolve("FORMAT.json"), """
                {"node": "2D theta scan", "columns": {"theta": "linspace(-0.25, 0.25, 151)",
                 "i0": "d[\\"measurement/albaem-01_ch1\\"] + d[\\"measurement/albaem-01_ch2\\"]",
                 "xes2D": "instrument/eiger_xes/proj_corrected"}}
                """);
        Path params = Files.writeString(temp.resolve("PARAMS.json"), """
                {"cutoffNeeded": true, "cutoff": 20000,
                 "bandROI": {"kind": "BandROI", "begin": [442.819, -0.105], "end": [609.658, 0.132], "width": 0.04},
                 "bandUse": true, "thetaRange": [-0.25, 0.25], "calibrationFind": true,
                 "calibrationData": {"base": ["20230908s/entry1030", "20230908s/entry1034"],
                                     "energy": [19630.0, 19570.0], "slice": [":", ":"]},
                 "calibrationHalfPeakWidthSteps": 7}
                """);
        Path out = temp.resolve("out");
        Run run = batch("batch", "--pipeline", "xes", "--format", format.toString(), "--params", params.toString(),
                "--threads", "2", "--out", out.toString(), data + "::/entry1025", data + "::/entry1030",
                data + "::/entry1034");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("ignored: bandROI.kind"), run.err());
        for (String entry : List.of("entry1025", "entry1030", "entry1034")) {
            Path item = out.resolve("20230908s").resolve(entry);
            JsonNode found = json(item.resolve("params.json")).get("parameters");
            assertEquals(1, found.get("calibrationPoly").get("slope").asDouble() / CALIBRATION[0], 1e-8, entry);
            assertEquals("20230908s/entry1030; 20230908s/entry1034",
                    found.get("calibrationData").get("base").asText());
            assertArrayEquals(new int[] {151, 1030}, ArrayTables.header(item.resolve("theta_scan.xes2D.txt")).shape());
        }

        // an entry that is not in the file fails alone: the calibration runs for the others
        Path withBad = temp.resolve("out-bad");
        run = batch("batch", "--pipeline", "xes", "--format", format.toString(), "--params", params.toString(),
                "--out", withBad.toString(), data + "::/entry1030", data + "::/entry9999", data + "::/entry1034");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("::/entry9999: "), run.err());
        for (String entry : List.of("entry1030", "entry1034")) {
            JsonNode found = json(withBad.resolve("20230908s").resolve(entry).resolve("params.json"));
            assertEquals("GOOD", found.get("state").get("energy_xes").asText(), entry);
            assertEquals(1, found.get("parameters").get("calibrationPoly").get("slope").asDouble() / CALIBRATION[0],
                    1e-8, entry);
        }
    }

    @Test
    void theCuProjectFindsTheSavedE0() throws Exception {
        Path project = cuProject(List.of());
        Path out = temp.resolve("out");
        Run run = batch("batch", "--project", project.toString(), "--threads", "2", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        PspjProject saved = read(project, new XasPipelineProvider().createPipeline());
        double worst = 0;
        for (String alias : CU_ITEMS) {
            JsonNode params = json(out.resolve(alias).resolve("params.json"));
            double e0 = params.get("parameters").get("e0").asDouble();
            double savedE0 = (Double) saved.item(alias).orElseThrow().otherValues().get("e0");
            worst = Math.max(worst, Math.abs(e0 - savedE0));
            assertEquals(savedE0, e0, 1e-9, alias + " E0");
            assertEquals("GOOD", params.get("state").get("bft").asText(), alias);
            assertEquals("# e mu mu_der pre_edge post_edge norm flat mu0prior mu0",
                    Files.readAllLines(out.resolve(alias).resolve("mu.txt")).get(0));
        }
        System.out.println("Cu.pspj batch: worst |E0 - saved E0| = " + worst + " eV");
    }

    /** Our own project format: the Cu project saved by us runs to the same E0. */
    @Test
    void ourProjectFormatRunsToo() throws Exception {
        Path original = cuProject(List.of());
        PipelineDefinition xas = new XasPipelineProvider().createPipeline();
        Path ours = temp.resolve("xas/saved/Cu.parseq.json");
        try (Session session = new Session(xas, new FileSourceResolver(xas), 1)) {
            read(original, xas).moveTreeInto(session);
            ProjectFile.save(session, ours);
        }
        Path fromOriginal = temp.resolve("out-pspj");
        Path fromOurs = temp.resolve("out-ours");
        assertEquals(0, batch("batch", "--project", original.toString(), "--out", fromOriginal.toString()).status());
        Run run = batch("batch", "--project", ours.toString(), "--out", fromOurs.toString());
        assertEquals(0, run.status(), run.err());
        for (String alias : CU_ITEMS) {
            JsonNode a = json(fromOriginal.resolve(alias).resolve("params.json")).get("parameters");
            JsonNode b = json(fromOurs.resolve(alias).resolve("params.json")).get("parameters");
            assertEquals(a, b, alias);
            assertArrayEquals(ArrayTables.flat(ArrayTables.rows(fromOriginal.resolve(alias).resolve("chi.txt"))),
                    ArrayTables.flat(ArrayTables.rows(fromOurs.resolve(alias).resolve("chi.txt"))), 0.0, alias);
        }
    }

    @Test
    void itemsWithoutTheirDataAreReportedAndTheOthersRun() throws Exception {
        Path project = cuProject(List.of("Cu_rt2"));
        Path out = temp.resolve("out");
        Run run = batch("batch", "--project", project.toString(), "--out", out.toString());
        assertEquals(1, run.status(), run.err());
        String line = run.err().lines().filter(l -> l.contains("Cu_rt2")).findFirst().orElse("");
        assertTrue(line.contains("Cu_rt2.fio") && line.contains("not found"), run.err());
        for (String alias : List.of("Cu_lnt1", "Cu_lnt2", "Cu_rt1")) {
            assertEquals("GOOD", json(out.resolve(alias).resolve("params.json")).get("state").get("bft").asText());
        }
        JsonNode missing = json(out.resolve("Cu_rt2").resolve("params.json"));
        assertNotNull(missing.get("error").textValue());
        assertFalse(Files.exists(out.resolve("Cu_rt2").resolve("mu.txt")));
        assertTrue(run.err().contains("3 of 4 items done, 1 failed"), run.err());
    }

    /** The emission scan's detector file is missing: the calibration over all items still runs for the others. */
    @Test
    void anItemWhoseDataCannotBeReadHoldsBackNoneOfTheOthers() throws Exception {
        Path project = moKb13(List.of("1030", "1034"));
        Path out = temp.resolve("out");
        Run run = batch("batch", "--project", project.toString(), "--out", out.toString());
        assertEquals(1, run.status(), run.err());
        String line = run.err().lines().filter(l -> l.contains("20230908s/entry1025")).findFirst().orElse("");
        assertTrue(line.contains("/entry1025/instrument/eiger_xes/proj_corrected"), run.err());
        JsonNode failed = json(out.resolve("20230908s/entry1025/params.json"));
        assertEquals("SOURCE_NOT_FOUND", failed.get("state").get("theta_scan").asText());
        for (String alias : List.of("elastic_19630", "elastic_19570")) {
            JsonNode params = json(out.resolve(alias).resolve("params.json"));
            assertEquals("GOOD", params.get("state").get("energy_xes").asText(), alias);
            assertEquals(1, params.get("parameters").get("calibrationPoly").get("slope").asDouble() / CALIBRATION[0],
                    1e-8, alias);
        }
        assertTrue(run.err().contains("2 of 3 items done, 1 failed"), run.err());
    }

    @Test
    void aDamagedProjectExitsTwoNamingTheFileAndSection() throws Exception {
        Path project = moKb13();
        Path damaged = temp.resolve("xes/saved/damaged.pspj");
        Files.writeString(damaged, Files.readString(project).replace(
                "tree = ['20230908s/entry1025', 'elastic_all', ['elastic_19630', 'elastic_19570']]",
                "tree = ['20230908s/entry1025', 'elastic_all', ['elastic_19630'"));
        Run run = batch("batch", "--project", damaged.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains(damaged.toString()) && run.err().contains("[Root]"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");

        Path ours = Files.writeString(temp.resolve("broken.parseq.json"), "{\"format\": \"parseq-project\",\n \"version\": ");
        run = batch("batch", "--project", ours.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains(ours.toString()) && run.err().contains("line 2"), run.err());

        Path notThere = temp.resolve("nothing.pspj");
        run = batch("batch", "--project", notThere.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains(notThere.toString()), run.err());
    }

    @Test
    void aProjectTakesNoFormatPipelineOrFiles() throws Exception {
        Path project = cuProject(List.of());
        Path format = Files.writeString(temp.resolve("FORMAT.json"), "{}");
        Map<List<String>, String> wrong = Map.of(
                List.of("--format", format.toString()), "--format",
                List.of("--pipeline", "xas"), "--pipeline",
                List.of(temp.resolve("xas/data/Cu_rt1.fio").toString()), "FILE");
        for (Map.Entry<List<String>, String> extra : wrong.entrySet()) {
            List<String> args = new java.util.ArrayList<>(List.of("batch", "--project", project.toString(), "--out",
                    temp.resolve("out").toString()));
            args.addAll(extra.getKey());
            Run run = batch(args.toArray(String[]::new));
            assertEquals(2, run.status(), run.err());
            assertTrue(run.err().contains("--project") && run.err().contains(extra.getValue()), run.err());
            assertFalse(Files.exists(temp.resolve("out")), "nothing runs");
        }
        Run neither = batch("batch", "--out", temp.resolve("out").toString());
        assertEquals(2, neither.status(), neither.err());
        assertTrue(neither.err().contains("--pipeline") && neither.err().contains("--project"), neither.err());
    }
}
