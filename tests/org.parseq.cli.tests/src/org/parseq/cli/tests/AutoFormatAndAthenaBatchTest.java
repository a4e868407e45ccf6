package org.parseq.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.cli.ParseqCli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code parseq batch --format auto} on the Cu foils, and an Athena project as the batch's input. */
class AutoFormatAndAthenaBatchTest {

    private static final String FOIL_FORMAT = """
            {"node": "currents Tr", "columns": {"eraw": "Col1", "i0": "Col3+Col4", "itr": "Col5+Col6"},
             "comments": "#"}
            """;
    private static final List<String> FOILS = List.of("Cu-foil_EXAFS_23068", "Cu-foil_EXAFS_23069");

    @TempDir
    Path temp;

    private record Run(int status, String err) {
    }

    private static Run batch(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ParseqCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(status, err.toString());
    }

    @Test
    void theAutomaticFormatGivesTheResultsOfTheHandWrittenOne() throws IOException {
        Path format = temp.resolve("FORMAT.json");
        Files.writeString(format, FOIL_FORMAT);
        Path foils = SharedData.sharedDir().resolve("data/parseq-xas/foils");
        List<String> files = FOILS.stream().map(f -> foils.resolve(f + ".dat").toString()).toList();
        List<String> manual = new ArrayList<>(List.of("batch", "--pipeline", "xas", "--format", format.toString(),
                "--out", temp.resolve("manual").toString()));
        manual.addAll(files);
        List<String> auto = new ArrayList<>(List.of("batch", "--pipeline", "xas", "--format", "auto",
                "--out", temp.resolve("auto").toString()));
        auto.addAll(files);
        Run manualRun = batch(manual);
        Run autoRun = batch(auto);
        assertEquals(0, manualRun.status(), manualRun.err());
        assertEquals(0, autoRun.status(), autoRun.err());
        assertTrue(autoRun.err().contains("--format auto: energy = Col1, I0 = Col3+Col4, It = Col5+Col6; "
                + "µ = ln(I0/It) (transmission)"), autoRun.err());
        for (String foil : FOILS) {
            for (String node : List.of("currents_tr.txt", "mu.txt", "chi.txt")) {
                assertEquals(Files.readString(temp.resolve("manual").resolve(foil).resolve(node)),
                        Files.readString(temp.resolve("auto").resolve(foil).resolve(node)), foil + " " + node);
            }
        }
    }

    @Test
    void anAthenaProjectIsItsGroupsWithTheirRanges() throws IOException {
        Path format = temp.resolve("FORMAT.json");
        Files.writeString(format, "{\"node\": \"µd\", \"columns\": {\"e\": \"energy\", \"mu\": \"mu\"}}");
        Path project = SharedData.sharedDir().resolve("data/athena-prj/cu.prj");
        Path out = temp.resolve("out");
        Run run = batch(List.of("batch", "--pipeline", "xas", "--format", format.toString(), "--out", out.toString(),
                project.toString()));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("3 of 3 items done"), run.err());
        for (String group : List.of("weai", "dpwo", "wxff")) {
            Path item = out.resolve("cu").resolve(group);
            assertTrue(Files.exists(item.resolve("chi.txt")), group);
            JsonNode parameters = new ObjectMapper().readTree(item.resolve("params.json").toFile()).get("parameters");
            // Athena's nor1/nor2 (eV above E0) are our postedgeWhere as they are
            JsonNode postedge = parameters.findValue("postedgeWhere");
            assertEquals(150.0, postedge.get(0).asDouble(), parameters.toString());
        }
    }
}
