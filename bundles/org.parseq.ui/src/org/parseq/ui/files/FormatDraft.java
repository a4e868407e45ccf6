package org.parseq.ui.files;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The data format being edited in the format panel, as the FORMAT.json text that items store
 * and batch runs read (docs/batch.md). No SWT here.
 */
public final class FormatDraft {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String node = "";
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Map<String, String> conversions = new LinkedHashMap<>();
    private String comments = "#";
    private int skipRows;
    private String lastSkipRowContains = "";

    public String node() {
        return node;
    }

    public void setNode(String nodeId) {
        if (!nodeId.equals(node)) {
            columns.clear();
            conversions.clear();
        }
        node = nodeId;
    }

    public String column(String array) {
        return columns.getOrDefault(array, "");
    }

    public void setColumn(String array, String source) {
        columns.put(array, source.strip());
    }

    public String conversion(String array) {
        return conversions.getOrDefault(array, "");
    }

    public void setConversion(String array, String conversion) {
        conversions.put(array, conversion.strip());
    }

    public String comments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public int skipRows() {
        return skipRows;
    }

    public void setSkipRows(int rows) {
        this.skipRows = rows;
    }

    public String lastSkipRowContains() {
        return lastSkipRowContains;
    }

    public void setLastSkipRowContains(String text) {
        this.lastSkipRowContains = text.strip();
    }

    /** FORMAT.json text; arrays without a source are left out. */
    public String toJson() {
        ObjectNode json = JSON.createObjectNode();
        json.put("node", node);
        ObjectNode columnsJson = json.putObject("columns");
        columns.forEach((array, source) -> {
            if (!source.isEmpty()) {
                columnsJson.put(array, source);
            }
        });
        if (!comments.isEmpty()) {
            json.put("comments", comments);
        }
        if (skipRows > 0) {
            json.put("skipRows", skipRows);
        }
        if (!lastSkipRowContains.isEmpty()) {
            json.put("lastSkipRowContains", lastSkipRowContains);
        }
        ObjectNode conversionsJson = JSON.createObjectNode();
        conversions.forEach((array, conversion) -> {
            if (!conversion.isEmpty() && !column(array).isEmpty()) {
                conversionsJson.put(array, conversion);
            }
        });
        if (!conversionsJson.isEmpty()) {
            json.set("conversionFactors", conversionsJson);
        }
        return json.toString();
    }

    /**
     * Fills the draft from FORMAT.json text (e.g. a saved format, or an item's).
     *
     * @throws IllegalArgumentException if the text is not JSON
     */
    public static FormatDraft fromJson(String text) {
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a data format (JSON): " + e.getOriginalMessage(), e);
        }
        FormatDraft draft = new FormatDraft();
        draft.setNode(json.path("node").asText(""));
        json.path("columns").fields().forEachRemaining(e -> draft.setColumn(e.getKey(), e.getValue().asText()));
        json.path("conversionFactors").fields()
                .forEachRemaining(e -> draft.setConversion(e.getKey(), e.getValue().asText()));
        draft.setComments(json.path("comments").asText(""));
        draft.setSkipRows(json.path("skipRows").asInt(json.path("skiprows").asInt(0)));
        draft.setLastSkipRowContains(json.path("lastSkipRowContains").asText(""));
        return draft;
    }
}
