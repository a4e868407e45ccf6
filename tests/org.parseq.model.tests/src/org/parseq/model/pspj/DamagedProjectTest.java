package org.parseq.model.pspj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.source.FileSourceResolver;
import org.parseq.model.DataTree;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.ProjectFileException;
import org.parseq.model.session.Session;
import org.parseq.xas.pipeline.XasPipelineProvider;

/**
 * Damaged copies of the original's Cu project: a damaged section is a problem naming the file,
 * the section and the key, the rest of the project opens and its other items read their data; a
 * file that is no project or whose tree cannot be read is refused naming the place.
 */
class DamagedProjectTest {

    @TempDir
    Path folder;

    private final PipelineDefinition xas = new XasPipelineProvider().createPipeline();
    private final PspjReader reader = new PspjReader(List.of(xas));

    @Test
    void damagedKeysAreProblemsOfTheirSectionAndTheOtherItemsOpen() throws Exception {
        Path file = OriginalProjects.xas(folder, "Cu");
        OriginalProjects.editedInSection(file, "Cu_lnt2", "e0Where = [0.02, 0.7]", "e0Where = [0.02, 0.7");
        OriginalProjects.editedInSection(file, "Cu_lnt2", "mu0knots = 12", "mu0knots = twelve");
        OriginalProjects.editedInSection(file, "Cu_rt1", "\"dataSource\": [\"0\"", "\"dataSource\": [\"Col0[::2]\"");
        OriginalProjects.editedInSection(file, "Cu_rt2", "suffix = None", "suffix = None\nthis line has no value");
        OriginalProjects.editedInSection(file, "Cu_lnt1", "../data/Cu_lnt1.fio", "../data/Cu_lnt1_moved.fio");

        PspjProject project = reader.read(file);
        List<String> messages = project.messages();
        assertEquals(4, messages.size(), String.join("\n", messages));
        assertTrue(messages.stream().allMatch(m -> m.startsWith(file.toAbsolutePath().normalize() + ", [")), messages.toString());
        assertProblem(project, "Cu_lnt2", "e0Where", "parameter 'e0Where' must be a list of numbers, not '[0.02, 0.7'");
        assertProblem(project, "Cu_lnt2", "mu0knots", "must be a number, not 'twelve'");
        assertProblem(project, "Cu_rt1", "dataFormat.dataSource[0]", "\"Col0[::2]\": indexing or attributes");
        int badLine = Files.readAllLines(file, StandardCharsets.UTF_8).indexOf("this line has no value") + 1;
        assertProblem(project, "Cu_rt2", "line " + badLine, "expected 'key = value', found 'this line has no value'");

        assertEquals(List.of("Cu_lnt1", "Cu_lnt2", "Cu_rt1", "Cu_rt2"),
                DataTree.items(project.root()).stream().map(DataItem::getAlias).toList(), "every item stays");
        Map<String, Object> lnt2 = project.item("Cu_lnt2").orElseThrow().parameters();
        assertFalse(lnt2.containsKey("e0Where"), "a damaged value leaves the parameter at its default");
        assertFalse(lnt2.containsKey("mu0knots"));
        assertEquals(1.0, lnt2.get("mu0PriorVScale"), "the section's other keys are read");

        PspjItem rt1 = project.item("Cu_rt1").orElseThrow();
        assertNull(rt1.format());
        assertNull(rt1.item().getSource().getFormat());
        assertTrue(rt1.unavailable().contains("its data format cannot be translated (dataFormat.dataSource[0]"),
                rt1.unavailable());

        PspjItem moved = project.item("Cu_lnt1").orElseThrow();
        assertTrue(moved.unavailable().startsWith("data file not found: " + folder.resolve("data/Cu_lnt1_moved.fio")),
                moved.unavailable());
        assertTrue(moved.unavailable().contains("c:/ParSeq/parseq_XAS/data/Cu_lnt1.fio (a Windows path)"));
        assertEquals(folder.resolve("data/Cu_lnt1_moved.fio").toString(), moved.item().getSource().getLocation());
        Exception notFound = assertThrows(Exception.class, () -> LoadedArrays.load(xas, moved.item()));
        assertTrue(notFound.getMessage().contains("Cu_lnt1_moved.fio"), notFound.getMessage());

        // the section with a bad line still reads all its keys and its data
        Map<String, double[]> rt2 = LoadedArrays.load(xas, project.item("Cu_rt2").orElseThrow().item());
        double[][] raw = OriginalProjects.referenceColumns("projects/Cu/Cu_rt2/0_raw.txt.gz");
        LoadedArrays.assertClose(raw[2], rt2.get("itr"), 0, "Cu_rt2 itr");
        assertEquals(5, project.item("Cu_rt2").orElseThrow().parameters().get("mu0PriorSmoothN"));

        // run: the items without data say why, the others compute
        try (Session session = new Session(xas, new FileSourceResolver(xas), 1)) {
            project.moveTreeInto(session);
            session.run();
            NodeResult missing = session.result(session.item("Cu_lnt1"), "currents Tr");
            assertFalse(missing.isGood());
            assertTrue(missing.message().contains("Cu_lnt1_moved.fio"), missing.message());
            NodeResult untranslated = session.result(session.item("Cu_rt1"), "currents Tr");
            assertFalse(untranslated.isGood());
            assertTrue(untranslated.message().contains("no data format"), untranslated.message());
            for (String alias : List.of("Cu_lnt2", "Cu_rt2")) {
                NodeResult bft = session.result(session.item(alias), "BFT, χ̃(k)");
                assertTrue(bft.isGood(), alias + ": " + bft.message());
            }
        }
    }

    @Test
    void aDamagedFormatLiteralIsAProblemOfItsKey() throws Exception {
        Path file = OriginalProjects.xas(folder, "Cu");
        OriginalProjects.editedInSection(file, "Cu_rt2", "\"metadata\": \"\"}", "\"metadata\": \"\"");
        PspjProject project = reader.read(file);
        assertProblem(project, "Cu_rt2", "dataFormat", "not a Python literal, at column");
        assertTrue(project.item("Cu_rt2").orElseThrow().unavailable().contains("its data format is damaged"));
        assertTrue(project.item("Cu_rt1").orElseThrow().inTree());
        assertEquals(1, project.problems().size());
    }

    @Test
    void anItemOfTheTreeWithoutSectionIsLeftOutNamingIt() throws Exception {
        Path file = OriginalProjects.xas(folder, "Cu");
        OriginalProjects.edited(file, "tree = ['Cu_lnt1', 'Cu_lnt2', 'Cu_rt1', 'Cu_rt2']",
                "tree = ['Cu_lnt1', 'Cu_lnt2', 'Cu_rt1', 'Cu_rt3']");
        PspjProject project = reader.read(file);
        assertProblem(project, "Cu_rt3", "", "the item of the [Root] tree has no section; it is left out");
        assertProblem(project, "Cu_rt2", "", "not in the [Root] tree; the section is ignored");
        assertEquals(3, DataTree.items(project.root()).size());
    }

    @Test
    void aTreeThatCannotBeReadRefusesTheProjectNamingSectionAndKey() throws Exception {
        Path file = OriginalProjects.xas(folder, "Cu");
        OriginalProjects.edited(file, "tree = ['Cu_lnt1', 'Cu_lnt2', 'Cu_rt1', 'Cu_rt2']",
                "tree = ['Cu_lnt1', 'Cu_lnt2', 'Cu_rt1', 'Cu_rt2'");
        assertRefused(file, "section [Root], key tree: not a Python literal, at column 42: expected ',' or ']' "
                + "but found the end of the text");
        OriginalProjects.edited(file, "tree = ['Cu_lnt1', 'Cu_lnt2', 'Cu_rt1', 'Cu_rt2'",
                "tree = ['Cu_lnt1', 'Cu_lnt2', 'Cu_lnt1']");
        assertRefused(file, "section [Root], key tree: alias 'Cu_lnt1' appears twice");
        OriginalProjects.edited(file, "tree = ['Cu_lnt1', 'Cu_lnt2', 'Cu_lnt1']", "trees = []");
        assertRefused(file, "section [Root], key tree: missing or empty");
    }

    @Test
    void aFileThatIsNoProjectIsRefused() throws Exception {
        Path json = Files.writeString(folder.resolve("project.pspj"), "{\"format\": \"parseq-project\"}");
        assertRefused(json, "section [ParSeq Application]: missing, so this is not a project of the original ParSeq");
        Path binary = Files.write(folder.resolve("binary.pspj"), new byte[] {(byte) 0x89, 'H', 'D', 'F', (byte) 0xff});
        assertRefused(binary, "not UTF-8 text");
        assertRefused(folder.resolve("absent.pspj"), "cannot be read");
    }

    private void assertRefused(Path file, String message) {
        ProjectFileException refused = assertThrows(ProjectFileException.class, () -> reader.read(file));
        assertTrue(refused.getMessage().startsWith(file.toAbsolutePath().normalize().toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }

    private static void assertProblem(PspjProject project, String section, String key, String message) {
        assertTrue(project.problems().stream().anyMatch(p -> p.section().equals(section) && p.key().equals(key)
                && p.message().contains(message)), "no problem [" + section + "] " + key + ": " + message + " in "
                        + project.problems());
    }
}
