package org.parseq.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.demo.DemoPipelineProvider;
import org.parseq.model.Elements;
import org.parseq.model.data.ParameterValue;

/** A user's own starting parameters per pipeline (issue 13): kept, read back, and a damaged file never stops a load. */
class UserDefaultsTest {

    private final PipelineDefinition demo = new DemoPipelineProvider().createPipeline();

    @TempDir
    Path userFolder;

    @Test
    void keptValuesReadBackAsTheyWere() throws Exception {
        UserDefaults own = new UserDefaults(userFolder);
        assertFalse(own.exist(demo));
        assertTrue(own.read(demo).isEmpty(), "no file: the program's defaults");
        own.save(demo, List.of(Elements.newParameter("scale", 2.5), Elements.newParameter("smoothingWidth", 7)));
        assertTrue(own.exist(demo));
        UserDefaults.Read read = own.read(demo);
        assertEquals(List.of(), read.problems());
        assertEquals(Map.of("scale", 2.5, "smoothingWidth", 7), asMap(read.values()));
        try (var files = Files.list(userFolder.resolve("defaults"))) {
            assertEquals(List.of(demo.id() + ".json"), files.map(f -> f.getFileName().toString()).toList(),
                    "saved atomically: no temporary file left");
        }
        own.forget(demo);
        assertFalse(own.exist(demo));
    }

    @Test
    void unknownOrWrongValuesAreLeftOutWithTheirReason() throws Exception {
        UserDefaults own = new UserDefaults(userFolder);
        Files.createDirectories(own.file(demo).getParent());
        Files.writeString(own.file(demo), "{\"scale\": 3, \"noSuchThing\": 1, \"smoothingWidth\": \"wide\"}");
        UserDefaults.Read read = own.read(demo);
        assertEquals(Map.of("scale", 3.0), asMap(read.values()));
        assertEquals(2, read.problems().size(), read.problems()::toString);
        assertTrue(read.problems().get(0).contains("noSuchThing is not a parameter"), read.problems()::toString);
        assertTrue(read.problems().get(1).contains("smoothingWidth"), read.problems()::toString);
        assertTrue(read.problems().stream().allMatch(p -> p.startsWith(own.file(demo).toString())),
                "each names the file");
    }

    @Test
    void aDamagedFileGivesTheProgramsDefaultsAndSaysWhy() throws Exception {
        UserDefaults own = new UserDefaults(userFolder);
        Files.createDirectories(own.file(demo).getParent());
        Files.writeString(own.file(demo), "{\"scale\": 3,");
        UserDefaults.Read read = own.read(demo);
        assertTrue(read.isEmpty());
        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0).contains("not JSON"), read.problems()::toString);
    }

    private static Map<String, Object> asMap(List<ParameterValue> values) {
        return values.stream().collect(Collectors.toMap(ParameterValue::getName, ParameterValue::getValue));
    }
}
