package org.parseq.model.pspj;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.CorrectionCommands;
import org.parseq.model.data.CorrectionSettings;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.ProjectFile;
import org.parseq.model.session.Session;
import org.parseq.xas.pipeline.XasPipelineProvider;

/**
 * Corrections of the Cu foils of the original's Cu project: an edit is one undoable command that
 * changes only its item from its node on; it is saved in our projects and read back, and read
 * from the original's {@code correction_<node>} keys (no shared project has one, so the test
 * adds the line the original writes to a copy of Cu.pspj).
 */
class CorrectionsInProjectsTest {

    private static final Map<String, Object> SPIKES = Map.of("kind", "spikes", "lim", List.of(9100.0, 9600.0),
            "cutoff", "auto");

    @TempDir
    Path folder;

    private final PipelineDefinition xas = new XasPipelineProvider().createPipeline();

    private Session open(Path pspj) throws Exception {
        Session session = new Session(xas, new FileSourceResolver(xas), 1);
        new PspjReader(List.of(xas)).read(pspj).moveTreeInto(session);
        return session;
    }

    @Test
    void aSpikeDeletionChangesOneFoilIsUndoneAndIsSavedAndReopenedWithTheSameArrays() throws Exception {
        Path ours = folder.resolve("saved/Cu-corrected.parseq.json");
        double[] eCorrected;
        double[] chiCorrected;
        try (Session session = open(OriginalProjects.xas(folder, "Cu"))) {
            session.run();
            DataItem foil = session.item("Cu_lnt1");
            DataItem other = session.item("Cu_lnt2");
            double[] e = session.array(foil, "mu", "e");
            double[] chi = session.array(foil, "chi", "chi");
            double[] otherChi = session.array(other, "chi", "chi");

            assertTrue(session.execute(CorrectionCommands.add(session.domain(), List.of(foil), "mu", SPIKES)));
            session.run();
            assertEquals(NodeStatus.GOOD, session.result(foil, "bft").status(), session.result(foil, "bft").message());
            eCorrected = session.array(foil, "mu", "e");
            chiCorrected = session.array(foil, "chi", "chi");
            assertFalse(Arrays.equals(e, eCorrected), "points of µd were deleted");
            assertFalse(Arrays.equals(chi, chiCorrected), "χ follows the corrected µd");
            assertArrayEquals(otherChi, session.array(other, "chi", "chi"), "the other foil is not touched");
            ProjectFile.save(session, ours);

            assertTrue(session.undo());
            session.run();
            assertArrayEquals(e, session.array(foil, "mu", "e"));
            assertArrayEquals(chi, session.array(foil, "chi", "chi"));
            assertTrue(session.redo());
            session.run();
            assertArrayEquals(chiCorrected, session.array(foil, "chi", "chi"));
        }
        assertTrue(Files.readString(ours).contains("\"corrections\""));
        PipelineRegistry registry = new PipelineRegistry();
        registry.register(xas, "test");
        try (Session reopened = ProjectFile.open(ours, registry, new FileSourceResolver(xas), 1)) {
            DataItem foil = reopened.item("Cu_lnt1");
            assertEquals(1, foil.getCorrections().size());
            assertEquals("mu", foil.getCorrections().get(0).getNode());
            assertEquals(SPIKES, CorrectionCommands.settings(foil.getCorrections().get(0)));
            assertTrue(reopened.item("Cu_lnt2").getCorrections().isEmpty());
            reopened.run();
            assertArrayEquals(eCorrected, reopened.array(foil, "mu", "e"));
            assertArrayEquals(chiCorrected, reopened.array(foil, "chi", "chi"));
        }
    }

    @Test
    void theOriginalsCorrectionsAreReadAndComputeAsOursDo() throws Exception {
        String line = "correction_mu = [{'kind': 'delete', 'lim': (9000, 9010), 'use': True}, "
                + "{'kind': 'spikes', 'lim': [9100.0, 9600.0], 'cutoff': 'auto'}, {'kind': 'smooth'}]";
        Path pspj = OriginalProjects.editedInSection(OriginalProjects.xas(folder, "Cu"), "Cu_lnt1",
                "transformNames = each", "transformNames = each\n" + line);
        PspjProject project = new PspjReader(List.of(xas)).read(pspj);
        assertTrue(project.problems().stream().anyMatch(p -> p.section().equals("Cu_lnt1")
                && p.key().equals("correction_mu") && p.message().contains("correction 3")
                && p.message().contains("'smooth'")), project.problems().toString());
        double[] fromPspj;
        try (Session session = new Session(xas, new FileSourceResolver(xas), 1)) {
            project.moveTreeInto(session);
            List<CorrectionSettings> read = session.item("Cu_lnt1").getCorrections();
            assertEquals(2, read.size(), "the unreadable third correction is left out");
            assertEquals(List.of(9000, 9010), CorrectionCommands.settings(read.get(0)).get("lim"));
            session.run();
            fromPspj = session.array(session.item("Cu_lnt1"), "chi", "chi");
        }
        Files.delete(folder.resolve("data"));
        Files.delete(pspj);
        try (Session session = open(OriginalProjects.xas(folder, "Cu"))) {
            DataItem foil = session.item("Cu_lnt1");
            session.run();
            double[] plain = session.array(foil, "chi", "chi");
            session.execute(CorrectionCommands.add(session.domain(), List.of(foil), "mu",
                    Map.of("kind", "delete", "lim", List.of(9000, 9010))));
            session.execute(CorrectionCommands.add(session.domain(), List.of(foil), "mu", SPIKES));
            session.run();
            assertArrayEquals(session.array(foil, "chi", "chi"), fromPspj);
            assertFalse(Arrays.equals(plain, fromPspj));
        }
    }
}
