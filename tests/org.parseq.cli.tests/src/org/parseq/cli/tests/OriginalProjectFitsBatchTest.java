package org.parseq.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parseq.cli.ParseqCli;
import org.parseq.model.pspj.PspjItem;
import org.parseq.model.pspj.PspjProject;
import org.parseq.model.pspj.PspjReader;
import org.parseq.xas.pipeline.XasPipelineProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fits of the original's projects run in batch from the .pspj alone (transforms, then
 * fits, on our own arrays) and are written under "fits" in params.json in the original's keys,
 * so that they compare one to one with the reference re-runs
 * (reference/parseq-xas/projects/&lt;project&gt;/&lt;item&gt;/params.json, "fitParams"): values within
 * 1e-4, errors within 1e-3, R within 1e-4 relative. The EXAFS errors compared are errorA and
 * errorB: the reference's "error" entries are the project's stale values (the original's EXAFS
 * fit writes errorA and errorB only).
 */
class OriginalProjectFitsBatchTest {

    private static final double VALUE_TOL = 1e-4;
    private static final double ERROR_TOL = 1e-3;
    private static final double R_TOL = 1e-4;

    @TempDir
    Path temp;

    private Path runBatch(String name, StringWriter err) throws Exception {
        Path data = SharedData.sharedDir().resolve("data/parseq-xas").toAbsolutePath();
        Files.createSymbolicLink(temp.resolve("data"), data);
        Path project = Files.copy(data.resolve("saved/" + name + ".pspj"),
                Files.createDirectories(temp.resolve("saved")).resolve(name + ".pspj"));
        Path out = temp.resolve("out");
        ParseqCli.run(new String[] {"batch", "--project", project.toString(), "--threads", "2", "--out",
            out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        return out;
    }

    private static JsonNode read(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static Path reference(String project, String item) {
        return SharedData.sharedDir().resolve("reference/parseq-xas/projects").resolve(project).resolve(item)
                .resolve("params.json");
    }

    /** Relative, with an absolute floor of 1e-12 for values that are 0 (a weight at its bound, rounding apart). */
    private static void close(double expected, double actual, double tolerance, String what) {
        double scale = Math.max(Math.abs(expected), 1e-300);
        assertTrue(Math.abs(actual - expected) <= Math.max(tolerance * scale, 1e-12),
                what + ": expected " + expected + ", got " + actual + " (relative " + Math.abs(actual - expected) / scale
                        + ")");
    }

    @Test
    void cuExafsFitsOfFourItemsReproduceTheOriginal() throws Exception {
        StringWriter err = new StringWriter();
        Path out = runBatch("Cu", err);
        for (String alias : List.of("Cu_lnt1", "Cu_lnt2", "Cu_rt1", "Cu_rt2")) {
            JsonNode fits = read(out.resolve(alias).resolve("params.json")).get("fits");
            assertTrue(fits != null && fits.has("exafsfit_params"), alias + ": no EXAFS fit written; " + err);
            JsonNode expected = read(reference("Cu", alias)).get("fitParams");
            JsonNode result = fits.get("exafsfit_result");
            assertEquals("FITTED", result.get("status").asText(), alias + ": " + result.get("mesg"));
            JsonNode shell = fits.get("exafsfit_params").get(0);
            JsonNode refShell = expected.get("exafsfit_params").get(0);
            for (String q : List.of("r", "n", "s", "e")) {
                String what = alias + " " + q + "1";
                close(refShell.get(q).get("value").asDouble(), shell.get(q).get("value").asDouble(), VALUE_TOL, what);
                close(refShell.get(q).get("errorA").asDouble(), shell.get(q).get("errorA").asDouble(), ERROR_TOL,
                        what + " errorA");
                close(refShell.get(q).get("errorB").asDouble(), shell.get(q).get("errorB").asDouble(), ERROR_TOL,
                        what + " errorB");
            }
            JsonNode refResult = expected.get("exafsfit_result");
            close(refResult.get("R").asDouble(), result.get("R").asDouble(), R_TOL, alias + " R");
            close(refResult.get("Nind").asDouble(), result.get("Nind").asDouble(), 1e-9, alias + " Nind");
            assertEquals(refResult.get("nparam").asInt(), result.get("nparam").asInt(), alias + " nparam");
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    double ref = refResult.get("corr").get(i).get(j).asDouble();
                    double mine = result.get("corr").get(i).get(j).asDouble();
                    assertTrue(Math.abs(ref - mine) <= ERROR_TOL * Math.max(1, Math.abs(ref)),
                            alias + " corr[" + i + "][" + j + "] " + ref + " vs " + mine);
                }
            }
        }
    }

    @Test
    void cuLcfOfTwoMixturesReproducesTheOriginal() throws Exception {
        StringWriter err = new StringWriter();
        Path out = runBatch("Cu-LCF", err);
        for (String alias : List.of("mix1", "mix2")) {
            JsonNode fits = read(out.resolve(alias).resolve("params.json")).get("fits");
            assertTrue(fits != null && fits.has("lcf_params"), alias + ": no LCF written; " + err);
            JsonNode expected = read(reference("Cu-LCF", alias)).get("fitParams");
            JsonNode refParams = expected.get("lcf_params");
            JsonNode params = fits.get("lcf_params");
            assertEquals(refParams.size(), params.size());
            for (int i = 0; i < refParams.size(); i++) {
                JsonNode ref = refParams.get(i);
                JsonNode mine = params.get(i);
                String what = alias + " " + ref.get("name").asText();
                assertEquals(ref.get("name").asText(), mine.get("name").asText());
                close(ref.get("w").asDouble(), mine.get("w").asDouble(), VALUE_TOL, what + " w");
                close(ref.get("wError").asDouble(), mine.get("wError").asDouble(), ERROR_TOL, what + " wError");
                if (ref.get("w").asDouble() > 1e-6) {
                    // a reference whose weight ends at 0 leaves its shift undetermined by the data
                    close(ref.get("dx").asDouble(), mine.get("dx").asDouble(), VALUE_TOL, what + " dx");
                    close(ref.get("dxError").asDouble(), mine.get("dxError").asDouble(), ERROR_TOL, what + " dxError");
                }
            }
            JsonNode result = fits.get("lcf_result");
            assertEquals("FITTED", result.get("status").asText(), alias + ": " + result.get("mesg"));
            close(expected.get("lcf_result").get("R").asDouble(), result.get("R").asDouble(), R_TOL, alias + " R");
            assertEquals(expected.get("lcf_result").get("nparam").asInt(), result.get("nparam").asInt());
        }
    }

    /**
     * CeRu2: Ce L3 and Ru K share their Ce–Ru distance. CE0074 fits alone first, then RU0074
     * fits jointly with it from CE0074's fitted values, and reports the R of the last item of
     * the joint fit, CE0074's, as the original does (xas-algorithms.md §9.5: 0.0162778419),
     * within the acceptance. RU0074's kmax is its datakmax, so whether its last energy point is
     * de-weighted in the µ0 fit hangs on the last bit of E0 (§12.1); µ by the original's
     * logarithm (VectorLog) and its spline solve and integral give the original's E0, and so
     * its decision. CE0074 then holds the joint result too (§9.5c): its values from the joint
     * fit and the same R (its own fit alone gives 0.01474).
     */
    @Test
    void ceRu2JointFitOfTwoEdgesReportsTheOriginalsR() throws Exception {
        StringWriter err = new StringWriter();
        Path out = runBatch("CeRu2", err);
        JsonNode ru = read(out.resolve("RU0074").resolve("params.json")).get("fits");
        JsonNode result = ru.get("exafsfit_result");
        assertEquals("FITTED", result.get("status").asText(), result.get("mesg").asText());
        close(0.0162778419, result.get("R").asDouble(), R_TOL, "RU0074 joint R");
        assertEquals(result.get("nparam").asInt(), result.get("info").get("fitKeys").size());
        assertEquals(result.get("nparam").asInt(), result.get("corr").size(), "one row per varied parameter");
        JsonNode tied = ru.get("exafsfit_params").get(1).get("r");
        assertTrue(!tied.has("error"), "the tied Ce–Ru distance is not varied, so it has no error: " + tied);

        // as in the original (§9.5c), CE0074 holds the joint result, not its own fit alone
        JsonNode ce = read(out.resolve("CE0074").resolve("params.json")).get("fits");
        JsonNode ceResult = ce.get("exafsfit_result");
        System.out.println("CeRu2 batch: RU0074 R = " + result.get("R").asDouble() + ", CE0074 R = "
                + ceResult.get("R").asDouble());
        assertEquals("FITTED", ceResult.get("status").asText(), ceResult.get("mesg").asText());
        assertEquals(result.get("R").asDouble(), ceResult.get("R").asDouble(), 0, "the same R for both items");
        assertEquals(result.get("corr"), ceResult.get("corr"), "the same correlations");
        assertEquals(result.get("Nind").asDouble(), ceResult.get("Nind").asDouble(), 0, "Nind of both items");
        assertEquals(tied.get("value").asDouble(), ce.get("exafsfit_params").get(0).get("r").get("value").asDouble(), 0,
                "CE0074's Ce–Ru distance is the one RU0074 is tied to");
        assertTrue(ce.get("exafsfit_params").get(0).get("r").has("errorA"), "varied in the joint fit: " + ce);
        assertEquals(3, ce.get("exafsfit_params").size() - 1, "CE0074 keeps its own three shells");
    }

    /**
     * A damaged FEFF file fails the fit of the item that names it, with a message naming the
     * item, the file and the line; the other items of the project fit.
     */
    @Test
    void aDamagedFeffFileFailsOnlyTheFitThatUsesIt() throws Exception {
        Path feff = SharedData.sharedDir().resolve("data/parseq-xas/foils/FEFF/Cu/feff0001.dat");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(feff, java.nio.charset.StandardCharsets.ISO_8859_1));
        lines.set(30, lines.get(30).replace("E-01", "E-0x"));
        Path damaged = Files.write(Files.createDirectories(temp.resolve("feff")).resolve("feff0001.dat"), lines,
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Path data = SharedData.sharedDir().resolve("data/parseq-xas").toAbsolutePath();
        Files.createSymbolicLink(temp.resolve("data"), data);
        String text = Files.readString(data.resolve("saved/Cu.pspj"));
        String original = "'../data/foils/FEFF/Cu/feff0001.dat'";
        int at = text.indexOf(original, text.indexOf("[Cu_lnt2]"));
        String edited = text.substring(0, at) + "'" + damaged + "'" + text.substring(at + original.length());
        Path project = Files.writeString(Files.createDirectories(temp.resolve("saved")).resolve("Cu.pspj"), edited);
        Path out = temp.resolve("out");
        StringWriter err = new StringWriter();
        ParseqCli.run(new String[] {"batch", "--project", project.toString(), "--threads", "2", "--out",
            out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        for (String alias : List.of("Cu_lnt1", "Cu_lnt2", "Cu_rt1", "Cu_rt2")) {
            JsonNode result = read(out.resolve(alias).resolve("params.json")).get("fits").get("exafsfit_result");
            if (alias.equals("Cu_lnt2")) {
                String message = result.get("mesg").asText();
                assertEquals("FAILED", result.get("status").asText(), message);
                assertTrue(message.contains("Cu_lnt2") && message.contains(damaged.toString())
                        && message.contains("line 31"), message);
            } else {
                assertEquals("FITTED", result.get("status").asText(), alias + ": " + result.get("mesg"));
            }
        }
    }

    /** Every item the original saved with a fit gets that fit's result in params.json, fitted. */
    @ParameterizedTest
    @ValueSource(strings = {"CeRu2", "CrFeCoCu-foils", "Cu-LCF", "Cu", "Fe2O3_selfAbsorptionCorrection", "HERFDvsTr"})
    void everySavedFitRunsInBatch(String name) throws Exception {
        StringWriter err = new StringWriter();
        Path out = runBatch(name, err);
        PspjProject saved = new PspjReader(List.of(new XasPipelineProvider().createPipeline()))
                .read(temp.resolve("saved").resolve(name + ".pspj"));
        int fitted = 0;
        for (PspjItem item : saved.items()) {
            if (!item.inTree() || item.item().getFits().isEmpty()) {
                continue;
            }
            JsonNode fits = read(out.resolve(item.alias()).resolve("params.json")).get("fits");
            for (var fit : item.item().getFits()) {
                JsonNode result = fits.get(fit.getKind() + "_result");
                assertTrue(result != null, name + ": " + item.alias() + " has no " + fit.getKind() + "_result");
                assertEquals("FITTED", result.get("status").asText(),
                        name + ": " + item.alias() + " " + fit.getKind() + ": " + result.get("mesg"));
                assertTrue(result.get("R").asDouble() < 0.1, name + ": " + item.alias() + " R " + result.get("R"));
                fitted++;
            }
        }
        System.out.println(name + ".pspj batch: " + fitted + " fits");
    }
}
