package org.parseq.model.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSourceResolver;
import org.parseq.core.registry.PipelineRegistry;
import org.parseq.demo.DemoPipelineProvider;
import org.parseq.demo.SyntheticPeak;
import org.parseq.model.DataCommands;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;

class ProjectFileTest {

    @TempDir
    Path folder;

    /** Reads three-column text files (x, counts, monitor), so that sources are real files. */
    private static final ItemSourceResolver TEXT_FILES = (location, containerPath, format) -> {
        Path path = Path.of(location);
        return new ItemSource() {
            @Override
            public Object identity() {
                return path;
            }

            @Override
            public Map<String, double[]> load() throws IOException {
                List<String> lines = Files.readAllLines(path);
                double[][] columns = new double[3][lines.size()];
                for (int i = 0; i < lines.size(); i++) {
                    String[] fields = lines.get(i).trim().split("\\s+");
                    for (int c = 0; c < 3; c++) {
                        columns[c][i] = Double.parseDouble(fields[c]);
                    }
                }
                return Map.of("x", columns[0], "counts", columns[1], "monitor", columns[2]);
            }
        };
    };

    private final PipelineRegistry pipelines = new PipelineRegistry();

    ProjectFileTest() {
        pipelines.register(new DemoPipelineProvider().createPipeline(), "test");
    }

    private static Path writeData(Path file, double scale) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add(i + " " + scale * (100 + 50 * Math.exp(-Math.pow(i - 25, 2) / 20)) + " 1000");
        }
        return Files.write(file, lines);
    }

    private Session sessionWithFilesGroupAndCombination() throws IOException {
        Session session = new Session(new DemoPipelineProvider().createPipeline(), TEXT_FILES, 2);
        DataItem one = session.load("one", "raw", writeData(folder.resolve("data/one.txt"), 1).toString(), null, null);
        DataItem two = session.load("two", "raw", writeData(folder.resolve("data/two.txt"), 2).toString(), null, null);
        session.setParameter(List.of(one), "scale", 3.5);
        session.setParameter(List.of(two), "smoothingWidth", 7);
        session.execute(DataCommands.group(session.domain(), session.root(), List.of(one, two), "pair"));
        session.execute(DataCommands.combine(session.domain(), session.root(), List.of(one, two), "sum", "normalised"));
        session.execute(DataCommands.setStopNode(session.domain(), List.of(two), "normalised"));
        session.execute(DataCommands.setColour(session.domain(), one, "#123456"));
        session.run();
        return session;
    }

    @Test
    void aSavedProjectOpensWithTheSameTreeParametersAndResults() throws Exception {
        Path project = folder.resolve("pair.parseq.json");
        try (Session saved = sessionWithFilesGroupAndCombination()) {
            ProjectFile.save(saved, project);
            try (Session opened = ProjectFile.open(project, pipelines, TEXT_FILES, 1)) {
                assertTrue(EcoreUtil.equals(saved.root(), opened.root()), Files.readString(project));
                assertTrue(opened.run().failures().isEmpty());
                for (DataItem item : saved.items()) {
                    DataItem reopened = opened.item(item.getAlias());
                    assertArrayEquals(saved.array(item, "normalised", "y"), opened.array(reopened, "normalised", "y"));
                }
                assertTrue(!opened.domain().getCommandStack().canUndo(), "opening is not an edit to undo");
            }
        }
    }

    @Test
    void sourcesAreFoundRelativeToTheProjectWhenTheFolderMoves() throws Exception {
        Path project = folder.resolve("study/project.parseq.json");
        try (Session saved = sessionWithFilesGroupAndCombination()) {
            Files.createDirectories(folder.resolve("study"));
            Files.move(folder.resolve("data"), folder.resolve("study/data"));
            for (DataItem item : saved.items()) {
                if (item.getSource() != null && item.getSource().getLocation() != null) {
                    item.getSource().setLocation(item.getSource().getLocation().replace("/data/", "/study/data/"));
                }
            }
            ProjectFile.save(saved, project);
        }
        Path moved = folder.resolve("moved");
        Files.move(folder.resolve("study"), moved);
        try (Session opened = ProjectFile.open(moved.resolve("project.parseq.json"), pipelines, TEXT_FILES, 1)) {
            assertTrue(opened.run().failures().isEmpty());
            DataItem one = opened.item("one");
            assertEquals(moved.resolve("data/one.txt").toString(), one.getSource().getLocation());
            DataGroup pair = (DataGroup) opened.root().getChildren().get(0);
            assertEquals("pair", pair.getAlias());
        }
    }

    @Test
    void aSaveInterruptedMidwayLeavesTheOldFileIntact() throws Exception {
        Path project = folder.resolve("p.parseq.json");
        try (Session session = sessionWithFilesGroupAndCombination()) {
            ProjectFile.save(session, project);
            String before = Files.readString(project);
            session.setParameter(List.of(session.item("one")), "scale", 9.0);

            ProjectFileException error = assertThrows(ProjectFileException.class,
                    () -> ProjectFile.save(session, project, out -> new FilterOutputStream(out) {
                        private int written;

                        @Override
                        public void write(byte[] bytes, int offset, int length) throws IOException {
                            if (written + length > 200) {
                                throw new IOException("No space left on device");
                            }
                            written += length;
                            out.write(bytes, offset, length);
                        }

                        @Override
                        public void write(int b) throws IOException {
                            write(new byte[] {(byte) b}, 0, 1);
                        }
                    }));
            assertTrue(error.getMessage().contains("previous file is unchanged"), error.getMessage());
            assertEquals(before, Files.readString(project));
            try (var files = Files.list(folder)) {
                assertEquals(List.of("data", "p.parseq.json"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                        "no half-written file is left behind");
            }
        }
    }

    @Test
    void aDamagedFileGivesAnErrorNamingTheLineAndColumn() throws IOException {
        Path project = Files.writeString(folder.resolve("broken.parseq.json"),
                "{\n  \"format\": \"parseq-project\",\n  \"version\": 1,\n  \"tree\": [ {\"type\": \"item\",, } ]\n}\n");
        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFile.open(project, pipelines, TEXT_FILES, 1));
        assertTrue(error.getMessage().startsWith(project.toString() + ", line 4, column "), error.getMessage());
    }

    @Test
    void aMissingFieldIsNamedByItsPlace() throws IOException {
        Path project = Files.writeString(folder.resolve("p.parseq.json"), """
                {"format": "parseq-project", "version": 1, "pipeline": "demo",
                 "tree": [{"type": "group", "id": "g", "alias": "g", "children": [
                     {"type": "item", "id": "i", "alias": "i", "source": {"uri": "synthetic:seed=1"}}]}]}
                """);
        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFile.open(project, pipelines, SyntheticPeak.RESOLVER, 1));
        assertTrue(error.getMessage().endsWith("tree[0].children[0].entryNode: missing, or not a non-empty text"),
                error.getMessage());
    }

    @Test
    void aFileOfANewerVersionSaysSo() throws IOException {
        Path project = Files.writeString(folder.resolve("new.parseq.json"),
                "{\"format\": \"parseq-project\", \"version\": 7, \"pipeline\": \"demo\", \"tree\": []}");
        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFile.open(project, pipelines, TEXT_FILES, 1));
        assertTrue(error.getMessage().contains("written by a newer ParSeq (project format version 7"),
                error.getMessage());
    }
}
