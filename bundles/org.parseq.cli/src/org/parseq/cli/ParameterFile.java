package org.parseq.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.ParameterValues;
import org.parseq.core.pipeline.PipelineDefinition;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * PARAMS.json: parameter values by the original's names, as its project files hold them, read
 * by the rules of {@link ParameterValues} (nested dictionaries as {@code dict.key}, {@code null}
 * in a number list as NaN, {@code "inf"} as infinity, a list for a text parameter joined by
 * {@code "; "}). Names that are not parameters of the pipeline (the original's outputs such as
 * e0, or transforms not ported) are reported and ignored.
 *
 * @param values  checked values by parameter name
 * @param ignored names that are not parameters of the pipeline
 */
record ParameterFile(Map<String, Object> values, List<String> ignored) {

    static ParameterFile none() {
        return new ParameterFile(Map.of(), List.of());
    }

    static ParameterFile read(Path file, PipelineDefinition pipeline) throws UsageException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root;
        try {
            root = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new UsageException(file + ": line " + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read: " + e.getMessage());
        }
        if (!(root instanceof ObjectNode object)) {
            throw new UsageException(file + ": expected a JSON object {\"<parameter name>\": value, ...}");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = mapper.convertValue(object, LinkedHashMap.class);
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (Map.Entry<String, Object> entry : ParameterValues.flatten(plain).entrySet()) {
            Optional<ParameterDescriptor> descriptor = pipeline.parameter(entry.getKey());
            if (descriptor.isEmpty()) {
                ignored.add(entry.getKey());
                continue;
            }
            try {
                values.put(entry.getKey(), ParameterValues.coerce(entry.getValue(), descriptor.get()));
            } catch (IllegalArgumentException e) {
                throw new UsageException(file + ": " + e.getMessage());
            }
        }
        return new ParameterFile(values, ignored);
    }
}
