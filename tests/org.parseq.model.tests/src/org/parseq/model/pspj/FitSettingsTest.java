package org.parseq.model.pspj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.core.engine.FitRecord;
import org.parseq.core.engine.FitStatus;
import org.parseq.core.engine.RunReport;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.FitCommands;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.FitSettings;
import org.parseq.model.session.ProjectFile;
import org.parseq.model.session.Session;
import org.parseq.xas.pipeline.XasPipelineProvider;

/**
 * Fits in the data model: the original's projects bring each item's fits with their settings
 * (FEFF files found from the project's folder), a damaged fit key is a problem of its section
 * and key, every settings edit is one undoable command that makes the fit run again (undo takes
 * the earlier outcome back without fitting), and our project files keep settings and results.
 */
class FitSettingsTest {

    @TempDir
    Path folder;

    private final PipelineDefinition xas = new XasPipelineProvider().createPipeline();

    @Test
    void originalProjectsBringTheirFitsWithTheirSettings() throws Exception {
        PspjProject lcf = new PspjReader(List.of(xas)).read(OriginalProjects.xas(folder, "Cu-LCF"));
        FitSettings mix1 = FitCommands.fit(lcf.item("mix1").orElseThrow().item(), "lcf").orElseThrow();
        assertEquals("mu", mix1.getNode());
        List<?> params = (List<?>) FitCommands.settings(mix1).get("params");
        assertEquals(2, params.size());
        assertEquals("cu2o", ((Map<?, ?>) params.get(0)).get("name"));
        assertFalse(FitCommands.settings(mix1).containsKey("result"), "the saved result is not a setting");
        assertTrue(lcf.item("cu2o").orElseThrow().item().getFits().isEmpty(), "a reference has no fit");
    }

    @Test
    void feffFilesAreFoundFromTheProjectsFolder() throws Exception {
        PspjProject cu = new PspjReader(List.of(xas)).read(OriginalProjects.xas(folder, "Cu"));
        FitSettings fit = FitCommands.fit(cu.item("Cu_lnt1").orElseThrow().item(), "exafsfit").orElseThrow();
        assertEquals("bft", fit.getNode());
        String feff = (String) ((List<?>) ((List<?>) FitCommands.settings(fit).get("aux")).get(0)).get(0);
        assertTrue(Path.of(feff).isAbsolute() && Files.exists(Path.of(feff)), feff);
    }

    @Test
    void aDamagedFitKeyIsAProblemOfItsSectionAndTheOtherFitsOpen() throws Exception {
        Path file = OriginalProjects.xas(folder, "Cu");
        OriginalProjects.editedInSection(file, "Cu_lnt2", "exafsfit_params = [{'r'", "exafsfit_params = [{'r' ");
        OriginalProjects.editedInSection(file, "Cu_lnt2", "'lim': [1.27635, 5.1054]", "'lim': [1.27635, 5.1054");
        PspjProject cu = new PspjReader(List.of(xas)).read(file);
        assertTrue(cu.messages().stream().anyMatch(m -> m.contains("[Cu_lnt2], key exafsfit_params")
                && m.contains("EXAFS fit is left out")), cu.messages().toString());
        assertTrue(cu.item("Cu_lnt2").orElseThrow().item().getFits().isEmpty());
        assertEquals(1, cu.item("Cu_lnt1").orElseThrow().item().getFits().size());
    }

    @Test
    void aDamagedFeffFileFailsThatItemsFitNamingItAndTheOthersFit() throws Exception {
        PspjProject cu = new PspjReader(List.of(xas)).read(OriginalProjects.xas(folder, "Cu"));
        Path damaged = folder.resolve("feff0001.dat");
        List<String> lines = Files.readAllLines(folder.resolve("data/foils/FEFF/Cu/feff0001.dat"));
        List<String> cut = new ArrayList<>(lines.subList(0, 20));
        cut.add("  0.700  3.6883E+00  not-a-number");
        Files.write(damaged, cut);
        try (Session session = new Session(xas, new FileSourceResolver(xas), 2)) {
            cu.moveTreeInto(session);
            DataItem lnt2 = session.item("Cu_lnt2");
            FitSettings fit = FitCommands.fit(lnt2, "exafsfit").orElseThrow();
            Map<String, Object> settings = new LinkedHashMap<>(FitCommands.settings(fit));
            List<Object> aux = new ArrayList<>((List<?>) settings.get("aux"));
            List<Object> first = new ArrayList<>((List<?>) aux.get(0));
            first.set(0, damaged.toString());
            aux.set(0, first);
            settings.put("aux", aux);
            session.execute(FitCommands.setFit(session.domain(), List.of(lnt2), "exafsfit", "bft", settings));
            RunReport report = session.run();
            FitRecord failed = session.results().fit(lnt2.getId(), "exafsfit").orElseThrow();
            assertEquals(FitStatus.FAILED, failed.status());
            assertTrue(failed.message().contains("Cu_lnt2") && failed.message().contains("FEFF file")
                    && failed.message().contains(damaged.toString()), failed.message());
            assertTrue(report.failures().stream().anyMatch(f -> f.alias().equals("Cu_lnt2")));
            for (String other : List.of("Cu_lnt1", "Cu_rt1", "Cu_rt2")) {
                assertEquals(FitStatus.FITTED,
                        session.results().fit(session.item(other).getId(), "exafsfit").orElseThrow().status(), other);
            }
        }
    }

    @Test
    void aTieToAnItemOrParameterThatDoesNotExistFailsThatFitNamingIt() throws Exception {
        PspjProject cu = new PspjReader(List.of(xas)).read(OriginalProjects.xas(folder, "Cu"));
        try (Session session = new Session(xas, new FileSourceResolver(xas), 2)) {
            cu.moveTreeInto(session);
            tieFirstDistance(session, "Cu_lnt1", "=fit['Cu_nowhere'].r1");
            tieFirstDistance(session, "Cu_lnt2", "=r7 + 0.1");
            session.run();
            FitRecord unknownItem = session.results().fit(session.item("Cu_lnt1").getId(), "exafsfit").orElseThrow();
            assertEquals(FitStatus.FAILED, unknownItem.status());
            assertTrue(unknownItem.message().contains("Cu_lnt1") && unknownItem.message().contains("Cu_nowhere"),
                    unknownItem.message());
            FitRecord unknownParameter = session.results().fit(session.item("Cu_lnt2").getId(), "exafsfit")
                    .orElseThrow();
            assertEquals(FitStatus.FAILED, unknownParameter.status());
            assertTrue(unknownParameter.message().contains("Cu_lnt2") && unknownParameter.message().contains("r7"),
                    unknownParameter.message());
            assertEquals(FitStatus.FITTED,
                    session.results().fit(session.item("Cu_rt1").getId(), "exafsfit").orElseThrow().status());
        }
    }

    @SuppressWarnings("unchecked")
    private static void tieFirstDistance(Session session, String alias, String tie) {
        DataItem item = session.item(alias);
        Map<String, Object> settings = new LinkedHashMap<>(
                FitCommands.settings(FitCommands.fit(item, "exafsfit").orElseThrow()));
        List<Object> params = new ArrayList<>((List<?>) settings.get("params"));
        Map<String, Object> shell = new LinkedHashMap<>((Map<String, Object>) params.get(0));
        Map<String, Object> r = new LinkedHashMap<>((Map<String, Object>) shell.get("r"));
        r.put("tie", tie);
        shell.put("r", r);
        params.set(0, shell);
        settings.put("params", params);
        session.execute(FitCommands.setFit(session.domain(), List.of(item), "exafsfit", "bft", settings));
    }

    @Test
    void settingsEditsAreUndoableAndProjectsKeepFitsAndResults() throws Exception {
        PspjProject cu = new PspjReader(List.of(xas)).read(OriginalProjects.xas(folder, "Cu"));
        Path ours = folder.resolve("saved/Cu.parseq.json");
        Map<String, Object> before;
        try (Session session = new Session(xas, new FileSourceResolver(xas), 2)) {
            cu.moveTreeInto(session);
            session.run();
            DataItem item = session.item("Cu_lnt1");
            FitRecord first = session.results().fit(item.getId(), "exafsfit").orElseThrow();
            assertEquals(FitStatus.FITTED, first.status(), first.message());
            before = FitCommands.settings(FitCommands.fit(item, "exafsfit").orElseThrow());

            assertTrue(session.execute(FitCommands.setFitSetting(session.domain(), List.of(item), "exafsfit",
                    "kRange", List.of(3.5, 15.0))));
            RunReport refit = session.run();
            assertEquals(1, refit.computed().size(), refit.computed().toString());
            FitRecord second = session.results().fit(item.getId(), "exafsfit").orElseThrow();
            assertNotEquals(first.outcome().result().rFactor(), second.outcome().result().rFactor());

            assertTrue(session.undo());
            assertEquals(before, FitCommands.settings(FitCommands.fit(item, "exafsfit").orElseThrow()));
            RunReport undone = session.run();
            assertTrue(undone.computed().isEmpty(), "the earlier outcome comes back: " + undone.computed());
            assertEquals(first.outcome().result().rFactor(),
                    session.results().fit(item.getId(), "exafsfit").orElseThrow().outcome().result().rFactor());
            ProjectFile.save(session, ours);
        }
        assertTrue(Files.readString(ours).contains("\"exafsfit_result\""), "the result is saved");
        PipelineRegistry registry = new PipelineRegistry();
        registry.register(xas, "test");
        try (Session reopened = ProjectFile.open(ours, registry, new FileSourceResolver(xas), 2)) {
            FitSettings fit = FitCommands.fit(reopened.item("Cu_lnt1"), "exafsfit").orElseThrow();
            assertEquals(before, FitCommands.settings(fit));
            assertEquals("bft", fit.getNode());
            Map<?, ?> saved = (Map<?, ?>) fit.getSavedResult();
            assertEquals("FITTED", saved.get("status"));
            assertTrue(saved.containsKey("exafsfit_params"));
            reopened.run();
            assertEquals(FitStatus.FITTED,
                    reopened.results().fit(reopened.item("Cu_lnt1").getId(), "exafsfit").orElseThrow().status());
        }
    }
}
