package org.parseq.model.session;

import java.nio.file.Path;
import java.util.List;

import org.parseq.core.ProductInfo;
import org.parseq.model.data.Combination;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataSource;
import org.parseq.model.data.McrComponentSettings;
import org.parseq.model.data.ParameterValue;
import org.parseq.model.data.TreeElement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON of a project: one object per tree element, in tree order. */
final class ProjectWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProjectWriter() {
    }

    static ObjectNode write(Session session, Path projectDirectory) {
        ObjectNode json = NODES.objectNode();
        json.put("format", ProjectFile.FORMAT);
        json.put("version", ProjectFile.VERSION);
        json.put("savedBy", ProductInfo.PRODUCT_NAME);
        json.put("pipeline", session.pipeline().id());
        json.put("colourPolicy", session.root().getColourPolicy().getLiteral());
        json.set("tree", elements(session.root().getChildren(), projectDirectory));
        FitJson.addFits(json.get("tree"), session);
        return json;
    }

    private static ArrayNode elements(List<TreeElement> elements, Path projectDirectory) {
        ArrayNode array = NODES.arrayNode();
        for (TreeElement element : elements) {
            array.add(element instanceof DataGroup group ? group(group, projectDirectory)
                    : item((DataItem) element, projectDirectory));
        }
        return array;
    }

    private static ObjectNode group(DataGroup group, Path projectDirectory) {
        ObjectNode json = common("group", group);
        json.put("colourPolicy", group.getColourPolicy().getLiteral());
        putIfSet(json, "gradientEndColour", group.getGradientEndColour());
        json.set("children", elements(group.getChildren(), projectDirectory));
        return json;
    }

    private static ObjectNode item(DataItem item, Path projectDirectory) {
        ObjectNode json = common("item", item);
        json.put("colourTag", item.getColourTag());
        if (!item.isPlotted()) {
            json.put("plotted", false);
        }
        if (item.getColourIndex() != null) {
            json.put("colourIndex", item.getColourIndex());
        }
        json.put("entryNode", item.getEntryNode());
        putIfSet(json, "stopNode", item.getStopNode());
        DataSource source = item.getSource();
        if (source != null && item.getCombination() == null) {
            ObjectNode sourceJson = json.putObject("source");
            String location = source.getLocation();
            if (location != null && !SourcePaths.isUri(location)) {
                String absolute = Path.of(SourcePaths.resolve(location, projectDirectory)).toAbsolutePath().toString();
                sourceJson.put("path", absolute);
                putIfSet(sourceJson, "relativePath", SourcePaths.relativize(absolute, projectDirectory));
            } else {
                putIfSet(sourceJson, "uri", location);
            }
            putIfSet(sourceJson, "containerPath", source.getContainerPath());
            putIfSet(sourceJson, "format", source.getFormat());
        }
        if (item.getCombination() != null) {
            ObjectNode combination = json.putObject("combination");
            combination.put("kind", item.getCombination().getKind());
            combination.put("node", item.getCombination().getNode());
            ArrayNode parents = combination.putArray("parents");
            item.getCombination().getParents().forEach(p -> parents.add(p.getId()));
            settings(item.getCombination(), combination);
        }
        ObjectNode parameters = json.putObject("parameters");
        for (ParameterValue parameter : item.getParameters()) {
            parameters.set(parameter.getName(), ParameterJson.toJson(parameter.getValue()));
        }
        CorrectionJson.write(item, json);
        return json;
    }

    /** The settings of PCA, target transformation and MCR-ALS; average, sum and RMS have none. */
    private static void settings(Combination combination, ObjectNode json) {
        if (combination.getTarget() != null) {
            json.put("target", combination.getTarget().getId());
        }
        if (combination.getComponents() > 0) {
            json.put("components", combination.getComponents());
            json.put("component", combination.getComponent());
        }
        putIfSet(json, "array", combination.getArray());
        if (combination.getXMin() != null) {
            json.put("xMin", combination.getXMin());
        }
        if (combination.getXMax() != null) {
            json.put("xMax", combination.getXMax());
        }
        if (combination.getMcrComponents().isEmpty()) {
            return;
        }
        json.put("seed", combination.getSeed());
        json.put("maxIterations", combination.getMaxIterations());
        ArrayNode components = json.putArray("mcrComponents");
        for (McrComponentSettings settings : combination.getMcrComponents()) {
            ObjectNode component = components.addObject();
            component.put("initial", settings.getInitial());
            if (settings.getReference() != null) {
                component.put("reference", settings.getReference().getId());
            }
            component.put("positiveS", settings.isPositiveS());
            component.put("zeroMinimumC", settings.isZeroMinimumC());
            component.put("bound", settings.getBound());
            component.put("boundValue", settings.getBoundValue());
        }
    }

    private static ObjectNode common(String type, TreeElement element) {
        ObjectNode json = NODES.objectNode();
        json.put("type", type);
        json.put("id", element.getId());
        json.put("alias", element.getAlias());
        putIfSet(json, "colour", element.getColour());
        return json;
    }

    private static void putIfSet(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
