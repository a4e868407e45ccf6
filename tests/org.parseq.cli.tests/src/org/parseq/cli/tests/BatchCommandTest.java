package org.parseq.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.cli.ParseqCli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code parseq batch} on the Cu foils of the reference, on a bad file among them, and on a bad FORMAT.json. */
class BatchCommandTest {


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

    private Path format(String text) throws IOException {
        Path file = temp.resolve("FORMAT.json");
        Files.writeString(file, text);
        return file;
    }

    private static List<String> foilFiles() {
        Path foils = SharedData.sharedDir().resolve("data/parseq-xas/foils");
        return CuFoils.NAMES.stream().map(f -> foils.resolve(f + ".dat").toString()).toList();
    }

    @Test
    void theCuFoilsReproduceTheReference() throws IOException {
        Path out = temp.resolve("out");
        List<String> args = new ArrayList<>(List.of("batch", "--pipeline", "xas", "--format",
                format(CuFoils.FORMAT).toString(), "--threads", "2", "--out", out.toString()));
        args.addAll(foilFiles());
        Run run = batch(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(1 + CuFoils.NAMES.size(), summary.size(), String.join("\n", summary));
        for (String foil : CuFoils.NAMES) {
            Path item = out.resolve(foil);
            Path reference = SharedData.sharedDir().resolve("reference/parseq-xas/defaults/foils/" + foil);
            assertEquals("# e mu mu_der pre_edge post_edge norm flat mu0prior mu0",
                    Files.readAllLines(item.resolve("mu.txt")).get(0));
            assertEquals("# k chi", Files.readAllLines(item.resolve("chi.txt")).get(0));
            assertEquals("# r ft ftr fti", Files.readAllLines(item.resolve("ft.txt")).get(0));
            assertEquals("# bftk bft", Files.readAllLines(item.resolve("bft.txt")).get(0));
            assertTrue(Files.exists(item.resolve("currents_tr.txt")));
            assertFalse(Files.exists(item.resolve("counts_pfy.txt")));
            double[][] chi = readTable(item.resolve("chi.txt"));
            double[][] chiRef = readTable(reference.resolve("2_chi.txt.gz"));
            assertArrayEquals(chiRef[0], chi[0], 0.0, foil + ": k grid");
            assertTrue(relRms(chi[1], chiRef[1]) <= 1e-4, foil + ": chi " + relRms(chi[1], chiRef[1]));
            double[][] ft = readTable(item.resolve("ft.txt"));
            double[][] ftRef = readTable(reference.resolve("3_ft.txt.gz"));
            assertArrayEquals(ftRef[0], ft[0], 0.0, foil + ": r grid");
            assertTrue(relRms(ft[1], ftRef[1]) <= 1e-4, foil + ": |FT|");
            JsonNode params = new ObjectMapper().readTree(item.resolve("params.json").toFile());
            JsonNode expected = new ObjectMapper().readTree(reference.resolve("params.json").toFile()).get("scalars");
            assertTrue(params.get("parameters").get("e0").isNumber());
            assertEquals(expected.get("e0").asDouble(), params.get("parameters").get("e0").asDouble(), 1e-3);
            assertEquals(1, params.get("parameters").get("edgeStep").asDouble() / expected.get("edge_step").asDouble(),
                    1e-5);
            assertEquals(0.025, params.get("parameters").get("dk").asDouble());
            assertEquals("GOOD", params.get("state").get("bft").asText());
            assertEquals("NOT_ON_PATH", params.get("state").get("counts_pfy").asText());
        }
    }

    @Test
    void aBadFileFailsAloneWithExitOne() throws IOException {
        Path broken = temp.resolve("broken.dat");
        Files.writeString(broken, "# a header\n8979 1 2\n8980 x\n");
        Path out = temp.resolve("out");
        List<String> args = new ArrayList<>(List.of("batch", "--pipeline", "xas", "--format",
                format(CuFoils.FORMAT).toString(), "--threads", "1", "--out", out.toString()));
        args.add(foilFiles().get(0));
        args.add(broken.toString());
        args.add(foilFiles().get(1));
        Run run = batch(args.toArray(String[]::new));
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains(broken.toString() + ": "), run.err());
        assertTrue(Files.exists(out.resolve(CuFoils.NAMES.get(0)).resolve("bft.txt")));
        assertTrue(Files.exists(out.resolve(CuFoils.NAMES.get(1)).resolve("bft.txt")));
        assertFalse(Files.exists(out.resolve("broken").resolve("mu.txt")));
        assertEquals(4, Files.readAllLines(out.resolve("summary.csv")).size());
    }

    @Test
    void aBadFormatFileExitsTwoWithOneClearLine() throws IOException {
        Path format = format("{\"node\": \"currents Tr\", \"columns\": {\"eraw\": \"Col1\", \"i0\": \"Col3+\"}}");
        Run run = batch("batch", "--pipeline", "xas", "--format", format.toString(), "--out",
                temp.resolve("out").toString(), foilFiles().get(0));
        assertEquals(2, run.status());
        assertTrue(run.err().contains(format.toString()) && run.err().contains("columns.i0"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");

        Path unknownNode = format("{\"node\": \"XES\", \"columns\": {\"eraw\": \"Col1\"}}");
        run = batch("batch", "--pipeline", "xas", "--format", unknownNode.toString(), "--out",
                temp.resolve("out").toString(), foilFiles().get(0));
        assertEquals(2, run.status());
        assertTrue(run.err().contains("has no node 'XES'"), run.err());

        Path missingArray = format("{\"node\": \"currents Tr\", \"columns\": {\"eraw\": \"Col1\", \"i0\": \"3\"}}");
        run = batch("batch", "--pipeline", "xas", "--format", missingArray.toString(), "--out",
                temp.resolve("out").toString(), foilFiles().get(0));
        assertEquals(2, run.status());
        assertTrue(run.err().contains("'itr'"), run.err());

        Path notJson = format("{\"node\": ");
        run = batch("batch", "--pipeline", "xas", "--format", notJson.toString(), "--out",
                temp.resolve("out").toString(), foilFiles().get(0));
        assertEquals(2, run.status());
        assertTrue(run.err().contains("not valid JSON"), run.err());
    }

    @Test
    void badArgumentsExitTwo() throws IOException {
        Run missingOut = batch("batch", "--pipeline", "xas", "--format", format(CuFoils.FORMAT).toString(),
                foilFiles().get(0));
        assertEquals(2, missingOut.status());
        assertTrue(missingOut.err().contains("--out"), missingOut.err());
        Run unknownPipeline = batch("batch", "--pipeline", "nope", "--format", format(CuFoils.FORMAT).toString(),
                "--out", temp.toString(), foilFiles().get(0));
        assertEquals(2, unknownPipeline.status());
        assertTrue(unknownPipeline.err().contains("no pipeline 'nope'"), unknownPipeline.err());
        Path params = temp.resolve("PARAMS.json");
        Files.writeString(params, "{\"kw\": \"two\"}");
        Run badParameter = batch("batch", "--pipeline", "xas", "--format", format(CuFoils.FORMAT).toString(),
                "--params", params.toString(), "--out", temp.toString(), foilFiles().get(0));
        assertEquals(2, badParameter.status());
        assertTrue(badParameter.err().contains(params.toString()) && badParameter.err().contains("'kw'"),
                badParameter.err());
    }

    @Test
    void projectParametersApplyByTheOriginalsNames() throws IOException {
        Path params = temp.resolve("PARAMS.json");
        Files.writeString(params, """
                {"kw": 3, "krange": [3.0, null], "rebinNeeded": true,
                 "rebinRegions": {"deltas": [1.0, 0.2, 0.5, 0.05], "splitters": [-15, 15, 2.5, "inf"]},
                 "bftWindowRange": null, "e0": 8979.0}
                """);
        Path out = temp.resolve("out");
        Run run = batch("batch", "--pipeline", "xas", "--format", format(CuFoils.FORMAT).toString(), "--params",
                params.toString(), "--out", out.toString(), foilFiles().get(0));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("ignored: e0"), run.err());
        JsonNode used = new ObjectMapper().readTree(out.resolve(CuFoils.NAMES.get(0)).resolve("params.json").toFile())
                .get("parameters");
        assertEquals(3, used.get("kw").asInt());
        assertTrue(used.get("krange").get(1).isNull());
        assertEquals(0.05, used.get("rebinRegions").get("deltas").get(3).asDouble());
        assertEquals("inf", used.get("rebinRegions").get("splitters").get(3).asText());
        assertTrue(used.get("bftWindowRange").isNull());
        double[][] chi = readTable(out.resolve(CuFoils.NAMES.get(0)).resolve("chi.txt"));
        assertEquals(3.0, chi[0][0]);
    }

    static double relRms(double[] actual, double[] expected) {
        assertEquals(expected.length, actual.length);
        double num = 0;
        double den = 0;
        for (int i = 0; i < actual.length; i++) {
            num += (actual[i] - expected[i]) * (actual[i] - expected[i]);
            den += expected[i] * expected[i];
        }
        return Math.sqrt(num / den);
    }

    static double[][] readTable(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.strip().split("\\s+");
                double[] row = new double[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    row[i] = Double.parseDouble(fields[i]);
                }
                rows.add(row);
            }
        }
        double[][] columns = new double[rows.get(0).length][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.length; c++) {
                columns[c][r] = rows.get(r)[c];
            }
        }
        return columns;
    }
}
