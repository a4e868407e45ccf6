package org.parseq.cli.tests;

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

/**
 * {@code parseq batch --combine} on real data against the original's numbers
 * (reference/parseq-combos): the 19 Cu spectra of cu-ref-mix.res and the 63 Ni spectra of
 * MES-Ni, each column given as a file of its own that enters at µd. PCA items and the
 * eigenvalues, IE and IND in their params.json to 1e-8, target transformation to 1e-8 relative
 * RMS, the constrained two-component MCR-ALS (632 iterations, S and C to 1e-6 relative RMS, C's
 * error bands around C); bad option values name the key, unfit input names the problem.
 */
class CombineBatchTest {

    private static final String MU_FORMAT = "{\"node\": \"µd\", \"columns\": {\"e\": \"Col0\", \"mu\": \"Col1\"}}";
    private static final Path REFERENCE = SharedData.sharedDir().resolve("reference/parseq-combos");

    @TempDir
    Path temp;

    private record Run(int status, String out, String err) {
    }

    private static Run batch(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ParseqCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private List<String> args(Path out, List<Path> files, String... combines) throws IOException {
        Path format = temp.resolve("FORMAT.json");
        Files.writeString(format, MU_FORMAT);
        List<String> args = new ArrayList<>(List.of("batch", "--pipeline", "xas", "--format", format.toString(),
                "--threads", "2", "--out", out.toString()));
        for (String combine : combines) {
            args.add("--combine");
            args.add(combine);
        }
        files.forEach(f -> args.add(f.toString()));
        return args;
    }

    @Test
    void pcaAndTargetTransformationOfTheCuSpectraAreTheOriginals() throws IOException {
        List<String> names = new ArrayList<>();
        List<Path> files = splitColumns(SharedData.sharedDir().resolve("data/parseq-xas/cu-ref-mix.res"), "cu", names);
        Path out = temp.resolve("out");
        Run run = batch(args(out, files, "pca@µd:n=3,array=mu", "pca-cumulative@mu:n=3",
                "tt@µd:basis=cu2o_ave2+cuo_ave2"));
        assertEquals(0, run.status(), run.err());

        Table eigen = Table.read(REFERENCE.resolve("pca_cu-ref-mix/eigenvalues.txt.gz"));
        JsonNode combination = params(out.resolve(names.get(0) + "-PCA3_1")).get("combination");
        assertEquals("pca-classic", combination.get("kind").asText());
        assertEquals(names, texts(combination.get("parents")));
        assertEquals(9, combination.get("INDminimum").asInt(), "IND has its minimum at 9, as in the original");
        assertEquals(3, combination.get("eigenvectors").size());
        for (int k = 1; k <= 18; k++) {
            assertRelative(eigen.columns[1][k - 1], combination.get("eigenvalues").get(k - 1).asDouble(), 1e-8);
            assertRelative(eigen.columns[2][k - 1], combination.get("IE").get(k - 1).asDouble(), 1e-8);
            assertRelative(eigen.columns[3][k - 1], combination.get("IND").get(k - 1).asDouble(), 1e-8);
        }
        for (int k = 1; k <= 3; k++) {
            Table classic = Table.read(REFERENCE.resolve("pca_cu-ref-mix/PCA-classic_k" + k + ".txt.gz"));
            Table cumulative = Table.read(REFERENCE.resolve("pca_cu-ref-mix/PCA-cumulative_k" + k + ".txt.gz"));
            for (String name : names) {
                double[] item = Table.read(out.resolve(name + "-PCA3_" + k).resolve("mu.txt")).column("mu");
                assertTrue(relativeMax(item, classic.column(name)) < 1e-8, name + " classic k=" + k);
                double[] rebuilt = Table.read(out.resolve(name + "-PCA3_" + k + " (2)").resolve("mu.txt")).column("mu");
                assertTrue(relativeMax(rebuilt, cumulative.column(name)) < 1e-8, name + " cumulative k=" + k);
            }
        }
        for (String target : List.of("mix1", "mix2")) {
            Path folder = out.resolve(target + "-TT");
            Table expected = Table.read(REFERENCE.resolve("tt/A_cu2o-cuo/" + target + ".txt.gz"));
            double deviation = relativeRms(Table.read(folder.resolve("mu.txt")).column("mu"), expected.column("TT_mu"));
            assertTrue(deviation < 1e-8, target + ": " + deviation);
            JsonNode tt = params(folder).get("combination");
            assertEquals(List.of("cu2o_ave2", "cuo_ave2"), texts(tt.get("basis")));
            assertEquals(target, tt.get("target").asText());
        }
        assertEquals("GOOD", params(out.resolve("mix1-TT")).get("state").get("ft").asText(),
                "a combined item goes on through the nodes after its own");
    }

    @Test
    void constrainedMcrOfTheNiSpectraIsTheOriginals() throws IOException {
        List<String> names = new ArrayList<>();
        List<Path> files = splitColumns(SharedData.sharedDir().resolve("data/parseq-tests/MCR-ALS/MES-Ni.txt.gz"),
                "ni", names);
        Path out = temp.resolve("out");
        Run run = batch(args(out, files, "mcr@µd:n=2,c2max=0.1,maxIterations=1500,seed=7"));
        assertEquals(0, run.status(), run.err());
        Path mcr = REFERENCE.resolve("mcr/N2_C2lt0.1_maxIt1500");
        Table s = Table.read(mcr.resolve("S.txt.gz"));
        Table c = Table.read(mcr.resolve("C.txt.gz"));
        Table items = Table.read(mcr.resolve("combined_items_muraw.txt.gz"));
        for (int k = 1; k <= 2; k++) {
            Path folder = out.resolve("r-MCR-ALS-S" + k);
            JsonNode combination = params(folder).get("combination");
            assertEquals(632, combination.get("iterations").asInt(), "the original stopped after 632 iterations");
            assertEquals(7, combination.get("seed").asLong());
            assertEquals("<", combination.get("componentSettings").get(1).get("bound").asText());
            double[] ck = new double[names.size()];
            for (int i = 0; i < ck.length; i++) {
                ck[i] = combination.get("C").get(i).get(k - 1).asDouble();
                double lower = combination.get("C_lower").get(i).get(k - 1).asDouble();
                double upper = combination.get("C_upper").get(i).get(k - 1).asDouble();
                assertTrue(lower <= ck[i] + 1e-15 && ck[i] <= upper + 1e-15, "C" + k + " of item " + i
                        + " within its band");
            }
            assertTrue(relativeRms(ck, c.columns[k]) < 1e-6, "C" + k);
            assertTrue(relativeRms(Table.read(folder.resolve("mu.txt")).column("mu"), items.columns[k]) < 1e-6,
                    "item S" + k);
            assertEquals(s.columns[k].length, combination.get("S_lower").size());
        }
        for (int i = 0; i < names.size(); i++) {
            JsonNode row = params(out.resolve("r-MCR-ALS-S1")).get("combination").get("C").get(i);
            assertEquals(1, row.get(0).asDouble() + row.get(1).asDouble(), 1e-12, "rows of C sum to one");
        }
    }

    @Test
    void badValuesNameTheKeyAndNothingIsComputed() throws IOException {
        List<String> names = new ArrayList<>();
        List<Path> files = splitColumns(SharedData.sharedDir().resolve("data/parseq-xas/cu-ref-mix.res"), "cu", names)
                .subList(0, 4);
        Path out = temp.resolve("out");
        String[][] cases = {{"pca@µd:n=three", "n=three"}, {"pca@µd:array=flat", "n, the number of components"},
            {"mcr@µd:n=2,c3max=0.1", "c3max=0.1"}, {"mcr@µd:n=2,c2max=x", "c2max=x"},
            {"mcr@µd:n=2,c2max=0.1,c2min=0", "c2min=0"}, {"tt@µd:basis=nothing", "basis=nothing"},
            {"pca@µd:n=2,array=nope", "array=nope"}, {"pca@µd:n=2,interpolate=maybe", "interpolate=maybe"},
            {"pcb@µd:n=2", "unknown combination 'pcb'"}, {"pca@XES:n=2", "no node 'XES'"},
            {"average@µd:n=2", "n=2: not a setting of average"}, {"mcr@µd:n=2,s1=nobody", "s1=nobody"},
            {"pca@µd:n=2,xmin=9100,xmax=9000", "xmax=9000"}};
        for (String[] bad : cases) {
            Run run = batch(args(out, files, bad[0]));
            assertEquals(2, run.status(), bad[0] + ": " + run.err());
            assertTrue(run.err().contains(bad[1]), bad[0] + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(Files.exists(out.resolve(names.get(0))), "nothing computed for " + bad[0]);
        }
    }

    @Test
    void unfitInputIsReportedAndTheOtherCombinationsAreMade() throws IOException {
        List<String> names = new ArrayList<>();
        List<Path> files = new ArrayList<>(splitColumns(
                SharedData.sharedDir().resolve("data/parseq-xas/cu-ref-mix.res"), "cu", names).subList(0, 3));
        Path out = temp.resolve("out");
        Run run = batch(args(out, files, "pca@µd:n=4", "pca@µd:n=2,xmin=20000", "average@µd"));
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("pca@µd:n=4: not made: 4 components need at least 4 items; 3 are selected"),
                run.err());
        assertTrue(run.err().contains("holds no point of " + names.get(0)), run.err());
        assertTrue(Files.exists(out.resolve("cu_average3").resolve("mu.txt")), "the average is made");

        Path shorter = temp.resolve("cu/short.dat");
        List<String> lines = Files.readAllLines(files.get(0));
        Files.write(shorter, lines.subList(0, lines.size() - 10));
        files.add(shorter);
        Path out2 = temp.resolve("out2");
        run = batch(args(out2, files, "pca@µd:n=2"));
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("items of different lengths") && run.err().contains("short"), run.err());
        run = batch(args(temp.resolve("out3"), files, "pca@µd:n=2,interpolate=true"));
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.exists(temp.resolve("out3").resolve("short-PCA2_2").resolve("mu.txt")));
    }

    /** Each data column of a table as a file {@code <name>.dat} of two columns, the numbers as they are written. */
    private List<Path> splitColumns(Path table, String folderName, List<String> names) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String[] header = null;
        try (BufferedReader in = reader(table)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] fields = line.replaceFirst("^#\\s*", "").strip().split("\\s+");
                if (header == null) {
                    header = fields;
                } else if (!line.isBlank()) {
                    rows.add(fields);
                }
            }
        }
        Path folder = Files.createDirectories(temp.resolve(folderName));
        List<Path> files = new ArrayList<>();
        for (int column = 1; column < header.length; column++) {
            StringBuilder text = new StringBuilder("# e mu\n");
            for (String[] row : rows) {
                text.append(row[0]).append(' ').append(row[column]).append('\n');
            }
            Path file = folder.resolve(header[column] + ".dat");
            Files.writeString(file, text);
            files.add(file);
            names.add(header[column]);
        }
        return files;
    }

    private static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file), StandardCharsets.UTF_8));
    }

    private static JsonNode params(Path folder) throws IOException {
        return new ObjectMapper().readTree(folder.resolve("params.json").toFile());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertTrue(Math.abs(actual - expected) <= tolerance * Math.abs(expected), actual + " vs " + expected);
    }

    private static double relativeRms(double[] actual, double[] expected) {
        assertEquals(expected.length, actual.length);
        double num = 0;
        double den = 0;
        for (int i = 0; i < actual.length; i++) {
            num += (actual[i] - expected[i]) * (actual[i] - expected[i]);
            den += expected[i] * expected[i];
        }
        return Math.sqrt(num / den);
    }

    /** The largest deviation relative to the largest absolute expected value. */
    private static double relativeMax(double[] actual, double[] expected) {
        assertEquals(expected.length, actual.length);
        double scale = 0;
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
        }
        return worst / scale;
    }

    /** A whitespace table with a header line of column names ({@code # a b c}). */
    private record Table(List<String> names, double[][] columns) {

        static Table read(Path file) throws IOException {
            List<String> names = null;
            List<double[]> rows = new ArrayList<>();
            try (BufferedReader in = reader(file)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    if (line.startsWith("#")) {
                        if (names == null) {
                            names = List.of(line.substring(1).strip().split("\\s+"));
                        }
                        continue;
                    }
                    String[] fields = line.strip().split("\\s+");
                    double[] row = new double[fields.length];
                    for (int i = 0; i < fields.length; i++) {
                        // numpy writes NaN as "nan" (IE and IND are not defined for all n components)
                        row[i] = fields[i].equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(fields[i]);
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
            return new Table(names, columns);
        }

        double[] column(String name) {
            int index = names.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + names);
            }
            return columns[index];
        }
    }
}
