package org.parseq.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.cli.ParseqCli;
import org.parseq.io.DataFormatException;
import org.parseq.io.athena.AthenaGroup;
import org.parseq.io.athena.AthenaProject;
import org.parseq.io.read.XdiFile;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.jhdf.HdfFile;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * {@code --output} in every format with {@code --scripts} on the three Cu foils at all nodes: the
 * plotting scripts run with Debian's python3 (matplotlib, h5py; Agg), write PNGs and load the
 * arrays we computed; the NeXus file runs again to the same arrays bit for bit; XDI and Athena
 * exports read back with our readers; output is not overwritten unasked.
 */
class ExportFormatsTest {

    /** The Python that runs the scripts: Debian's, whose numpy, matplotlib and h5py CI installs. */
    private static final String PYTHON = System.getProperty("parseq.python", "/usr/bin/python3");
    /** Set to true to skip the scripts where that Python lacks the packages (never on CI). */
    private static final String SKIP_SCRIPTS = "parseq.skipPythonScripts";

    private static final List<String> FORMATS = List.of("text", "json", "hdf5", "nexus", "xdi", "athena");
    private static final List<String> NODES = List.of("currents_tr", "mu", "chi", "ft", "bft");

    @TempDir
    Path temp;

    private record Run(int status, String err) {
    }

    private Run batch(String... options) throws IOException {
        Path format = temp.resolve("FORMAT.json");
        Files.writeString(format, CuFoils.FORMAT);
        List<String> args = new ArrayList<>(List.of("batch", "--pipeline", "xas", "--format", format.toString(),
                "--threads", "2"));
        args.addAll(List.of(options));
        Path foils = SharedData.sharedDir().resolve("data/parseq-xas/foils");
        CuFoils.NAMES.forEach(f -> args.add(foils.resolve(f + ".dat").toString()));
        return cli(args);
    }

    private static Run cli(List<String> args) {
        StringWriter err = new StringWriter();
        int status = ParseqCli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        return new Run(status, err.toString());
    }

    @Test
    void everyFormatsPlottingScriptRedrawsTheArraysWeComputed() throws Exception {
        Path out = temp.resolve("out");
        List<String> options = new ArrayList<>(List.of("--out", out.toString(), "--scripts"));
        FORMATS.forEach(format -> options.addAll(List.of("--output", format)));
        Run run = batch(options.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        requirePython();
        for (String format : FORMATS) {
            Path script = out.resolve("plot_" + format + ".py");
            Path dump = temp.resolve("loaded-" + format + ".txt");
            ProcessBuilder python = new ProcessBuilder(PYTHON, script.toString()).redirectErrorStream(true);
            python.environment().put("MPLBACKEND", "Agg");
            python.environment().put("PARSEQ_PLOT_DUMP", dump.toString());
            python.environment().put("MPLCONFIGDIR", temp.resolve("mpl").toString());
            Process process = python.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), script + " did not finish");
            assertEquals(0, process.exitValue(), script + ":\n" + output);
            try (Stream<Path> pngs = Files.list(out.resolve("plots").resolve(format))) {
                List<Path> written = pngs.filter(p -> p.toString().endsWith(".png")).toList();
                int expected = switch (format) {
                    case "xdi" -> 2; // µ(E), χ(k)
                    case "athena" -> 1; // µ(E)
                    default -> NODES.size();
                };
                assertEquals(expected, written.size(), format + ": " + written);
                for (Path png : written) {
                    assertTrue(Files.size(png) > 10_000, png + " is nearly empty");
                }
            }
            int compared = compareLoadedWithOurs(dump, out, format);
            assertTrue(compared >= (format.equals("athena") ? 6 : format.equals("xdi") ? 12 : 30),
                    format + ": only " + compared + " arrays loaded");
        }
    }

    /** Python with the packages, or a failure saying how to get them (skipped only when asked). */
    private static void requirePython() throws IOException, InterruptedException {
        String problem;
        try {
            Process check = new ProcessBuilder(PYTHON, "-c", "import numpy, matplotlib, h5py").redirectErrorStream(true)
                    .start();
            String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            check.waitFor(60, TimeUnit.SECONDS);
            problem = check.exitValue() == 0 ? null : output.strip();
        } catch (IOException e) {
            problem = e.getMessage();
        }
        if (problem == null) {
            return;
        }
        String message = PYTHON + " cannot import numpy, matplotlib and h5py (" + problem + "): install them with "
                + "'apt-get install python3-matplotlib python3-h5py python3-numpy' (.ci/run does), or skip the "
                + "scripts locally with -D" + SKIP_SCRIPTS + "=true";
        if (Boolean.getBoolean(SKIP_SCRIPTS)) {
            Assumptions.abort(message);
        }
        fail(message);
    }

    /**
     * Every array a script loaded ({@code row|alias|node|array}, shape, values) against the same
     * array of the text output: bit for bit, but χ of XDI, which is χ·k^kw divided by k^kw in the
     * file and multiplied back by the script.
     */
    private static int compareLoadedWithOurs(Path dump, Path out, String format) throws IOException {
        int compared = 0;
        Map<Path, double[][]> tables = new HashMap<>();
        for (String line : Files.readAllLines(dump)) {
            String[] fields = line.split("\t", -1);
            String[] id = fields[0].split("\\|");
            String alias = id[1];
            String node = id[2];
            String array = id[3];
            Path table = out.resolve(alias).resolve(node + ".txt");
            List<String> names = List.of(Files.readAllLines(table).get(0).substring(2).split(" "));
            int column = names.indexOf(array);
            assertTrue(column >= 0, fields[0] + ": not in " + table);
            double[][] rows = tables.computeIfAbsent(table, t -> {
                try {
                    return ArrayTables.rows(t);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            double[] ours = Arrays.stream(rows).mapToDouble(r -> r[column]).toArray();
            double[] loaded = Arrays.stream(fields[2].split(" ")).mapToDouble(ExportFormatsTest::pythonFloat)
                    .toArray();
            assertEquals(fields[1], Integer.toString(ours.length), fields[0] + " shape");
            boolean rescaled = format.equals("xdi") && array.equals("chi");
            for (int i = 0; i < ours.length; i++) {
                if (rescaled) {
                    assertEquals(ours[i], loaded[i], 1e-13 * Math.max(1, Math.abs(ours[i])), fields[0] + "[" + i + "]");
                } else {
                    assertEquals(Double.doubleToLongBits(ours[i]), Double.doubleToLongBits(loaded[i]),
                            format + " " + fields[0] + "[" + i + "]: " + ours[i] + " vs " + loaded[i]);
                }
            }
            compared++;
        }
        return compared;
    }

    private static double pythonFloat(String text) {
        return switch (text) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    @Test
    void theNexusFileRunsAgainToTheSameArraysBitForBit() throws IOException {
        Path first = temp.resolve("first");
        Run run = batch("--out", first.toString(), "--output", "nexus", "--output", "text");
        assertEquals(0, run.status(), run.err());
        Path nexus = first.resolve("results.nxs");
        try (HdfFile file = new HdfFile(nexus)) {
            Path foils = SharedData.sharedDir().resolve("data/parseq-xas/foils");
            for (int i = 0; i < CuFoils.NAMES.size(); i++) {
                String entry = "/entry" + (i + 1);
                assertEquals("NXentry", file.getByPath(entry).getAttribute("NX_class").getData());
                assertEquals(CuFoils.NAMES.get(i), file.getDatasetByPath(entry + "/title").getData());
                Node mu = file.getByPath(entry + "/mu");
                assertEquals("NXdata", mu.getAttribute("NX_class").getData());
                assertEquals("mu", mu.getAttribute("signal").getData());
                assertArrayEquals(new String[] {"e"}, (String[]) mu.getAttribute("axes").getData());
                assertEquals("eV", file.getByPath(entry + "/mu/e").getAttribute("units").getData());
                assertEquals("k", ((String[]) file.getByPath(entry + "/chi").getAttribute("axes").getData())[0]);
                Node load = file.getByPath(entry + "/process00_load");
                assertEquals("NXprocess", load.getAttribute("NX_class").getData());
                assertEquals(foils.resolve(CuFoils.NAMES.get(i) + ".dat").toAbsolutePath().toString(),
                        file.getDatasetByPath(entry + "/process00_load/raw_file").getData());
                assertTrue(((String) file.getDatasetByPath(entry + "/process00_load/data_format").getData())
                        .contains("Col3+Col4"));
                List<String> processes = ((Group) file.getByPath(entry)).getChildren().keySet().stream()
                        .filter(name -> name.startsWith("process") && !name.equals("process00_load")).sorted().toList();
                assertTrue(processes.size() >= 4, "one NXprocess per transform: " + processes);
                for (int p = 0; p < processes.size(); p++) {
                    String process = entry + "/" + processes.get(p);
                    assertEquals("NXprocess", file.getByPath(process).getAttribute("NX_class").getData());
                    assertEquals("ParSeq", file.getDatasetByPath(process + "/program").getData());
                    assertEquals(p + 1, ((Number) file.getDatasetByPath(process + "/sequence_index").getData())
                            .intValue());
                    assertEquals("NXparameters",
                            file.getByPath(process + "/parameters").getAttribute("NX_class").getData());
                }
            }
        }
        Path again = temp.resolve("again");
        Run rerun = cli(List.of("batch", "--project", nexus.toString(), "--out", again.toString(), "--output", "text"));
        assertEquals(0, rerun.status(), rerun.err());
        int compared = 0;
        for (String foil : CuFoils.NAMES) {
            for (String node : NODES) {
                byte[] expected = Files.readAllBytes(first.resolve(foil).resolve(node + ".txt"));
                assertArrayEquals(expected, Files.readAllBytes(again.resolve(foil).resolve(node + ".txt")),
                        foil + " " + node + ": the re-run from the NeXus file differs");
                compared++;
            }
        }
        assertEquals(CuFoils.NAMES.size() * NODES.size(), compared);
    }

    @Test
    void xdiAndAthenaExportsReadBackWithOurReaders() throws IOException, DataFormatException {
        Path out = temp.resolve("exchange");
        Run run = batch("--out", out.toString(), "--output", "text,xdi,athena");
        assertEquals(0, run.status(), run.err());
        List<AthenaGroup> groups = AthenaProject.read(out.resolve("results.prj")).groups();
        assertEquals(CuFoils.NAMES.size(), groups.size());
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < CuFoils.NAMES.size(); i++) {
            String foil = CuFoils.NAMES.get(i);
            double[][] mu = ArrayTables.rows(out.resolve(foil).resolve("mu.txt"));
            double[] energy = Arrays.stream(mu).mapToDouble(r -> r[0]).toArray();
            double[] muValues = Arrays.stream(mu).mapToDouble(r -> r[1]).toArray();
            double e0 = mapper.readTree(out.resolve(foil).resolve("params.json").toFile()).get("scalars").get("e0")
                    .asDouble();
            XdiFile xdi = XdiFile.read(out.resolve(foil).resolve("mu.xdi"));
            assertEquals(List.of("energy", "mutrans"), xdi.labels());
            assertArrayEquals(energy, xdi.table().column(0));
            assertArrayEquals(muValues, xdi.table().column(1));
            assertEquals(e0 + " eV", xdi.field("Scan.edge_energy"));
            assertEquals(foil, xdi.field("Sample.name"));
            assertTrue(xdi.comments().stream().anyMatch(c -> c.startsWith("preedgeWhere = ")), xdi.comments().toString());
            XdiFile chi = XdiFile.read(out.resolve(foil).resolve("chi.xdi"));
            assertEquals(List.of("k", "chi"), chi.labels());
            double[][] chiTable = ArrayTables.rows(out.resolve(foil).resolve("chi.txt"));
            assertArrayEquals(Arrays.stream(chiTable).mapToDouble(r -> r[0]).toArray(), chi.table().column(0));

            AthenaGroup group = groups.get(i);
            assertEquals(foil, group.label());
            assertArrayEquals(energy, group.array("energy"));
            assertArrayEquals(muValues, group.array("mu"));
            assertEquals(e0, group.e0().orElseThrow(), 1e-9);
        }
    }

    @Test
    void outputOfAnEarlierRunIsReplacedOnlyWithOverwrite() throws IOException {
        Path out = temp.resolve("twice");
        assertEquals(0, batch("--out", out.toString(), "--output", "nexus").status());
        long written = Files.getLastModifiedTime(out.resolve("results.nxs")).toMillis();
        Run again = batch("--out", out.toString(), "--output", "nexus");
        assertEquals(2, again.status(), again.err());
        assertTrue(again.err().contains("refusing to overwrite") && again.err().contains("--overwrite"), again.err());
        assertEquals(written, Files.getLastModifiedTime(out.resolve("results.nxs")).toMillis());
        Run replaced = batch("--out", out.toString(), "--output", "nexus", "--overwrite");
        assertEquals(0, replaced.status(), replaced.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("results.nxs", "summary.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }
}
