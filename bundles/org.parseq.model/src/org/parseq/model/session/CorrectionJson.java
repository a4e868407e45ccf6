package org.parseq.model.session;

import java.nio.file.Path;
import java.util.Map;

import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.CorrectionCommands;
import org.parseq.model.data.CorrectionSettings;
import org.parseq.model.data.DataItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Corrections in our project JSON: per item a list {@code "corrections"} of {@code {node,
 * settings}} in the order they apply, the settings being the original's dictionary
 * ({@code kind}, {@code lim}, ...). A correction whose settings do not make sense is kept and
 * makes its item fail at the node with the reason; one that names no node of the pipeline is
 * refused with its place.
 */
final class CorrectionJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CorrectionJson() {
    }

    static void write(DataItem item, ObjectNode json) {
        if (item.getCorrections().isEmpty()) {
            return;
        }
        ArrayNode corrections = json.putArray("corrections");
        for (CorrectionSettings correction : item.getCorrections()) {
            ObjectNode entry = corrections.addObject();
            entry.put("node", correction.getNode());
            entry.set("settings", FitJson.toJson(CorrectionCommands.settings(correction)));
        }
    }

    static void read(Path file, PipelineDefinition pipeline, DataItem item, JsonNode corrections, String place)
            throws ProjectFileException {
        if (corrections.isMissingNode() || corrections.isNull()) {
            return;
        }
        if (!corrections.isArray()) {
            throw new ProjectFileException(file, place, "must be a list of corrections");
        }
        for (int i = 0; i < corrections.size(); i++) {
            JsonNode json = corrections.get(i);
            String where = place + "[" + i + "]";
            String node = json.path("node").asText("");
            if (pipeline.node(node).isEmpty()) {
                throw new ProjectFileException(file, where + ".node", node.isEmpty() ? "a correction needs a \"node\""
                        : "pipeline '" + pipeline.id() + "' has no node '" + node + "'");
            }
            if (!json.path("settings").isObject()) {
                throw new ProjectFileException(file, where + ".settings", "must be an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) FitJson.fromJson(json.get("settings"));
            item.getCorrections().add(CorrectionCommands.newCorrection(node, settings));
        }
    }
}
