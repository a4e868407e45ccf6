package org.parseq.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.cli.ParseqCli;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.CorrectionCommands;
import org.parseq.model.data.DataItem;
import org.parseq.model.pspj.PspjReader;
import org.parseq.model.session.ProjectFile;
import org.parseq.model.session.Session;
import org.parseq.xas.pipeline.XasPipelineProvider;

/**
 * {@code parseq batch --project} applies an item's corrections as the workbench does: a spike
 * deletion at µd on one Cu foil of the original's Cu project, saved as our project, gives in the
 * batch output the χ the session computed, and the other foils' χ as without it.
 */
class CorrectionsBatchTest {

    @TempDir
    Path temp;

    @Test
    void aSavedSpikeDeletionIsAppliedByTheBatch() throws Exception {
        Path source = SharedData.sharedDir().resolve("data/parseq-xas");
        Path data = Files.createDirectories(temp.resolve("xas/data"));
        for (String item : List.of("Cu_lnt1", "Cu_lnt2", "Cu_rt1", "Cu_rt2")) {
            Files.copy(source.resolve(item + ".fio"), data.resolve(item + ".fio"));
        }
        Path saved = Files.createDirectories(temp.resolve("xas/saved"));
        Path pspj = Files.copy(source.resolve("saved/Cu.pspj"), saved.resolve("Cu.pspj"));
        Path ours = saved.resolve("Cu-corrected.parseq.json");
        PipelineDefinition xas = new XasPipelineProvider().createPipeline();
        double[] corrected;
        double[] plain;
        double[] other;
        try (Session session = new Session(xas, new FileSourceResolver(xas), 1)) {
            new PspjReader(List.of(xas)).read(pspj).moveTreeInto(session);
            session.run();
            DataItem foil = session.item("Cu_lnt1");
            plain = session.array(foil, "chi", "chi");
            other = session.array(session.item("Cu_rt1"), "chi", "chi");
            session.execute(CorrectionCommands.add(session.domain(), List.of(foil), "mu",
                    Map.of("kind", "spikes", "lim", List.of(9100.0, 9600.0), "cutoff", "auto")));
            session.run();
            corrected = session.array(foil, "chi", "chi");
            ProjectFile.save(session, ours);
        }
        assertFalse(Arrays.equals(plain, corrected));

        Path out = temp.resolve("out");
        StringWriter err = new StringWriter();
        int status = ParseqCli.run(new String[] {"batch", "--project", ours.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, status, err.toString());
        assertClose(corrected, chi(out, "Cu_lnt1"), "the corrected foil");
        assertClose(other, chi(out, "Cu_rt1"), "a foil without corrections");
    }

    private static double[] chi(Path out, String foil) throws Exception {
        return Arrays.stream(ArrayTables.rows(out.resolve(foil).resolve("chi.txt"))).mapToDouble(r -> r[1]).toArray();
    }

    private static void assertClose(double[] expected, double[] written, String what) {
        assertEquals(expected.length, written.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs(expected[i] - written[i]) <= 1e-12 * Math.max(1, Math.abs(expected[i])),
                    what + " at " + i + ": " + expected[i] + " vs " + written[i]);
        }
    }
}
