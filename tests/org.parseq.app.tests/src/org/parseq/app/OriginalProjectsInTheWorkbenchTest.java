package org.parseq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.ui.workbench.ProjectActions;
import org.parseq.ui.workbench.SessionSwitcher;
import org.parseq.testsupport.SharedData;
import org.parseq.workbench.testsupport.WorkbenchScenario;

/**
 * Every project of the original ParSeq in the shared data ({@code parseq-xas/saved/*.pspj}) opens
 * in the workbench as File &gt; Open Project opens it, laid out as on the machine that saved it
 * ({@code saved/} beside {@code data/}): its items are in the tree and compute, and saving will
 * ask for a project of our own format rather than overwrite the original's.
 */
@org.junit.jupiter.api.Order(5)
class OriginalProjectsInTheWorkbenchTest {

    @Test
    void everyOriginalProjectOpensAndComputes() throws Exception {
        Path data = SharedData.folder().resolve("data/parseq-xas");
        List<Path> projects;
        try (Stream<Path> files = Files.list(data.resolve("saved"))) {
            projects = files.filter(f -> f.toString().endsWith(".pspj")).sorted().toList();
        }
        assertEquals(6, projects.size(), () -> "the original's projects: " + projects);
        Path folder = Files.createTempDirectory("parseq-original-projects");
        Path saved = Files.createDirectories(folder.resolve("saved"));
        Files.createSymbolicLink(folder.resolve("data"), data.toAbsolutePath());

        WorkbenchScenario.run(List.of("-clearPersistedState", "--pipeline", "xas"), (ui, shell, context) -> {
            WorkbenchSession workbench = context.get(WorkbenchSession.class);
            SessionSwitcher switcher = context.get(SessionSwitcher.class);
            for (Path original : projects) {
                Path project = Files.copy(original, saved.resolve(original.getFileName()));
                DialogAnswer problems = DialogAnswer.press(shell.getDisplay(), shell, "Open Project", "OK", null);
                assertTrue(ProjectActions.open(shell, switcher, project), () -> project + ": not opened");
                ui.waitForResults(workbench);
                Session session = workbench.session();
                String name = project.getFileName().toString();
                assertEquals("xas", session.pipeline().id(), name);
                assertFalse(session.items().isEmpty(), name + ": no items");
                long good = session.items().stream().filter(item -> session.result(item, "mu").isGood()).count();
                assertTrue(good > 0, name + ": no item computes µd");
                assertNull(workbench.projectFile(), name + ": Save asks for a project of our format");
                System.out.println(name + ": " + session.items().size() + " items, " + good + " good at µd"
                        + (problems.answered() ? "; reported: " + problems.text() : ""));
                if (name.equals("Cu.pspj")) {
                    assertEquals(4, session.items().size());
                    for (DataItem item : session.items()) {
                        assertTrue(session.result(item, "mu").isGood(), item.getAlias());
                    }
                }
                ui.settle(300);
            }
        });
    }
}
