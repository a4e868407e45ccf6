package org.parseq.model.session;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.Elements;
import org.parseq.model.ItemColours;
import org.parseq.model.data.ColourPolicy;
import org.parseq.model.data.Combination;
import org.parseq.model.data.DataFactory;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataRoot;
import org.parseq.model.data.McrComponentSettings;
import org.parseq.model.data.TreeElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Rebuilds a data tree from a project's JSON. Every problem names the file and the place, as
 * a path such as {@code tree[2].children[0].entryNode}.
 */
final class ProjectReader {

    private final Path file;
    private final PipelineDefinition pipeline;
    private final Map<String, DataItem> itemsById = new HashMap<>();
    private final Map<DataItem, JsonNode> combinations = new HashMap<>();
    private final Map<DataItem, String> combinationPlaces = new HashMap<>();

    ProjectReader(Path file, PipelineDefinition pipeline) {
        this.file = file;
        this.pipeline = pipeline;
    }

    void read(JsonNode json, DataRoot root) throws ProjectFileException {
        root.setColourPolicy(policy(json.path("colourPolicy"), "colourPolicy"));
        JsonNode tree = json.path("tree");
        if (!tree.isArray()) {
            throw new ProjectFileException(file, "\"tree\"", "missing or not a list");
        }
        readElements(tree, "tree", root.getChildren());
        ItemColours.keepPositions(root);
        for (Map.Entry<DataItem, JsonNode> entry : combinations.entrySet()) {
            connectParents(entry.getKey(), entry.getValue(), combinationPlaces.get(entry.getKey()));
        }
    }

    private void readElements(JsonNode array, String place, EList<TreeElement> into) throws ProjectFileException {
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String here = place + "[" + i + "]";
            String type = requireText(file, element, "type", here);
            switch (type) {
                case "group" -> into.add(group(element, here));
                case "item" -> into.add(item(element, here));
                default -> throw new ProjectFileException(file, here + ".type",
                        "unknown element type '" + type + "' (expected group or item)");
            }
        }
    }

    private DataGroup group(JsonNode json, String place) throws ProjectFileException {
        DataGroup group = Elements.newGroup(requireText(file, json, "alias", place));
        common(group, json, place);
        group.setColourPolicy(policy(json.path("colourPolicy"), place + ".colourPolicy"));
        group.setGradientEndColour(optionalText(json, "gradientEndColour"));
        JsonNode children = json.path("children");
        if (!children.isArray()) {
            throw new ProjectFileException(file, place + ".children", "missing or not a list");
        }
        readElements(children, place + ".children", group.getChildren());
        return group;
    }

    private DataItem item(JsonNode json, String place) throws ProjectFileException {
        String entryNode = requireText(file, json, "entryNode", place);
        if (pipeline.node(entryNode).isEmpty()) {
            throw new ProjectFileException(file, place + ".entryNode", "pipeline '" + pipeline.id()
                    + "' has no node '" + entryNode + "'");
        }
        String stopNode = optionalText(json, "stopNode");
        if (stopNode != null && pipeline.node(stopNode).isEmpty()) {
            throw new ProjectFileException(file, place + ".stopNode", "pipeline '" + pipeline.id()
                    + "' has no node '" + stopNode + "'");
        }
        JsonNode source = json.path("source");
        String location = null;
        if (source.isObject()) {
            location = source.has("uri") ? source.path("uri").asText()
                    : SourcePaths.locate(optionalText(source, "relativePath"), optionalText(source, "path"),
                            file.getParent());
        }
        DataItem item = Elements.newItem(requireText(file, json, "alias", place), entryNode, location,
                optionalText(source, "containerPath"), optionalText(source, "format"));
        if (location == null) {
            item.setSource(null);
        }
        common(item, json, place);
        item.setStopNode(stopNode);
        item.setColourTag(json.path("colourTag").asInt(0));
        item.setPlotted(json.path("plotted").asBoolean(true));
        if (json.path("colourIndex").canConvertToInt()) {
            item.setColourIndex(json.path("colourIndex").asInt());
        }
        readParameters(item, json.path("parameters"), place + ".parameters");
        FitJson.read(file, item, json.path("fits"), place + ".fits");
        CorrectionJson.read(file, pipeline, item, json.path("corrections"), place + ".corrections");
        if (json.has("combination")) {
            combinations.put(item, json.path("combination"));
            combinationPlaces.put(item, place + ".combination");
        } else if (location == null) {
            throw new ProjectFileException(file, place + ".source", "an item needs a source or a combination");
        }
        if (itemsById.putIfAbsent(item.getId(), item) != null) {
            throw new ProjectFileException(file, place + ".id", "id '" + item.getId() + "' is used twice");
        }
        return item;
    }

    private void common(TreeElement element, JsonNode json, String place) throws ProjectFileException {
        element.setId(requireText(file, json, "id", place));
        element.setColour(optionalText(json, "colour"));
    }

    private void readParameters(DataItem item, JsonNode parameters, String place) throws ProjectFileException {
        if (parameters.isMissingNode()) {
            return;
        }
        if (!parameters.isObject()) {
            throw new ProjectFileException(file, place, "not an object of parameter values");
        }
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) parameters::fields) {
            Object value = ParameterJson.fromJson(field.getValue());
            ParameterDescriptor descriptor = pipeline.parameter(field.getKey()).orElse(null);
            if (descriptor != null) {
                try {
                    value = descriptor.coerce(value);
                } catch (IllegalArgumentException e) {
                    throw new ProjectFileException(file, place + "." + field.getKey(), e.getMessage());
                }
            }
            // Parameters this pipeline version does not know are kept, so that saving loses nothing.
            item.getParameters().add(Elements.newParameter(field.getKey(), value));
        }
    }

    private void connectParents(DataItem item, JsonNode json, String place) throws ProjectFileException {
        Combination combination = DataFactory.eINSTANCE.createCombination();
        combination.setKind(requireText(file, json, "kind", place));
        combination.setNode(requireText(file, json, "node", place));
        JsonNode parents = json.path("parents");
        if (!parents.isArray() || parents.size() < 2) {
            throw new ProjectFileException(file, place + ".parents", "needs a list of at least two item ids");
        }
        for (int i = 0; i < parents.size(); i++) {
            DataItem parent = itemsById.get(parents.get(i).asText());
            if (parent == null) {
                throw new ProjectFileException(file, place + ".parents[" + i + "]", "no item has id '"
                        + parents.get(i).asText() + "'");
            }
            combination.getParents().add(parent);
        }
        readSettings(combination, json, place);
        item.setCombination(combination);
    }

    /** PCA, target transformation and MCR-ALS settings; whether they fit together is the session's to say. */
    private void readSettings(Combination combination, JsonNode json, String place) throws ProjectFileException {
        if (json.has("target")) {
            combination.setTarget(itemById(json.path("target"), place + ".target"));
        }
        combination.setComponents(wholeNumber(json, "components", 0, place));
        combination.setComponent(wholeNumber(json, "component", 0, place));
        combination.setArray(optionalText(json, "array"));
        combination.setXMin(optionalNumber(json, "xMin", place));
        combination.setXMax(optionalNumber(json, "xMax", place));
        JsonNode seed = json.path("seed");
        if (!seed.isMissingNode()) {
            if (!seed.canConvertToLong()) {
                throw new ProjectFileException(file, place + ".seed", "not a whole number");
            }
            combination.setSeed(seed.asLong());
        }
        combination.setMaxIterations(wholeNumber(json, "maxIterations", 0, place));
        JsonNode components = json.path("mcrComponents");
        if (components.isMissingNode()) {
            return;
        }
        if (!components.isArray()) {
            throw new ProjectFileException(file, place + ".mcrComponents", "not a list");
        }
        for (int k = 0; k < components.size(); k++) {
            JsonNode component = components.get(k);
            String here = place + ".mcrComponents[" + k + "]";
            McrComponentSettings settings = DataFactory.eINSTANCE.createMcrComponentSettings();
            settings.setInitial(requireText(file, component, "initial", here));
            if (component.has("reference")) {
                settings.setReference(itemById(component.path("reference"), here + ".reference"));
            }
            settings.setPositiveS(component.path("positiveS").asBoolean(true));
            settings.setZeroMinimumC(component.path("zeroMinimumC").asBoolean(false));
            settings.setBound(component.path("bound").asText(""));
            Double boundValue = optionalNumber(component, "boundValue", here);
            settings.setBoundValue(boundValue == null ? 0.3 : boundValue);
            combination.getMcrComponents().add(settings);
        }
    }

    private DataItem itemById(JsonNode id, String place) throws ProjectFileException {
        DataItem item = itemsById.get(id.asText());
        if (item == null) {
            throw new ProjectFileException(file, place, "no item has id '" + id.asText() + "'");
        }
        return item;
    }

    private int wholeNumber(JsonNode json, String field, int absent, String place) throws ProjectFileException {
        JsonNode value = json.path(field);
        if (value.isMissingNode()) {
            return absent;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new ProjectFileException(file, place + "." + field, "not a whole number");
        }
        return value.asInt();
    }

    private Double optionalNumber(JsonNode json, String field, String place) throws ProjectFileException {
        JsonNode value = json.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new ProjectFileException(file, place + "." + field, "not a number");
        }
        return value.asDouble();
    }

    private ColourPolicy policy(JsonNode json, String place) throws ProjectFileException {
        if (json.isMissingNode()) {
            return ColourPolicy.CYCLE;
        }
        ColourPolicy policy = ColourPolicy.get(json.asText());
        if (policy == null) {
            throw new ProjectFileException(file, place, "unknown colour policy '" + json.asText() + "' (expected one of "
                    + List.of(ColourPolicy.values()) + ")");
        }
        return policy;
    }

    static String requireText(Path file, JsonNode json, String field, String place) throws ProjectFileException {
        JsonNode value = json.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ProjectFileException(file, (place.isEmpty() ? "" : place + ".") + field,
                    "missing, or not a non-empty text");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
