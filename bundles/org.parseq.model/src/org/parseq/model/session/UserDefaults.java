package org.parseq.model.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.Elements;
import org.parseq.model.data.ParameterValue;

/**
 * A user's own starting parameters for a pipeline, kept between sessions in
 * {@code defaults/<pipeline id>.json} of the user folder: what a scientist tuned once for
 * the beamline they always measure at, so that every new scan starts there rather than at
 * the program's defaults. Values the pipeline no longer knows, or no longer accepts, are left
 * out when read, each with a line saying why, so that an old file never stops a load.
 */
public final class UserDefaults {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    /** @param userFolder the user's ParSeq folder, e.g. {@code ~/.parseq} */
    public UserDefaults(Path userFolder) {
        this.folder = userFolder.resolve("defaults");
    }

    /** What a read found: the values to start with and, for each left out, why. */
    public record Read(List<ParameterValue> values, List<String> problems) {
        public boolean isEmpty() {
            return values.isEmpty();
        }
    }

    public Path file(PipelineDefinition pipeline) {
        return folder.resolve(pipeline.id() + ".json");
    }

    public boolean exist(PipelineDefinition pipeline) {
        return Files.isRegularFile(file(pipeline));
    }

    /** The user's starting values for this pipeline; none if there is no file. */
    public Read read(PipelineDefinition pipeline) {
        Path file = file(pipeline);
        if (!Files.isRegularFile(file)) {
            return new Read(List.of(), List.of());
        }
        JsonNode json;
        try {
            json = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Read(List.of(), List.of(file + ": " + brief(e) + "; the program's defaults are used"));
        }
        if (json == null || !json.isObject()) {
            return new Read(List.of(), List.of(file + ": not an object of parameter values; the program's defaults"
                    + " are used"));
        }
        List<ParameterValue> values = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        json.fields().forEachRemaining(field -> {
            ParameterDescriptor descriptor = pipeline.parameter(field.getKey()).orElse(null);
            if (descriptor == null) {
                problems.add(file + ": " + field.getKey() + " is not a parameter of " + pipeline.name() + "; left out");
                return;
            }
            try {
                Object value = descriptor.coerce(ParameterJson.fromJson(field.getValue()));
                values.add(Elements.newParameter(field.getKey(), value));
            } catch (IllegalArgumentException e) {
                problems.add(file + ": " + field.getKey() + ": " + e.getMessage() + "; left out");
            }
        });
        return new Read(values, problems);
    }

    /** Keeps these values (an item's own parameters) as the user's defaults, replacing earlier ones. */
    public void save(PipelineDefinition pipeline, Collection<ParameterValue> parameters) throws IOException {
        Map<String, JsonNode> sorted = new LinkedHashMap<>();
        parameters.stream().sorted(java.util.Comparator.comparing(ParameterValue::getName))
                .forEach(p -> sorted.put(p.getName(), ParameterJson.toJson(p.getValue())));
        ObjectNode json = JSON.createObjectNode();
        json.setAll(sorted);
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + pipeline.id(), ".saving");
        try {
            Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json),
                    StandardCharsets.UTF_8);
            Files.move(temporary, file(pipeline), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Goes back to the program's defaults for this pipeline. */
    public void forget(PipelineDefinition pipeline) throws IOException {
        Files.deleteIfExists(file(pipeline));
    }

    private static String brief(IOException e) {
        return e instanceof JsonProcessingException json ? "not JSON (" + json.getOriginalMessage() + ")"
                : e.getMessage();
    }
}
