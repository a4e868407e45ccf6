package org.parseq.model.pspj;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.parseq.core.correct.Corrections;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.CorrectionCommands;
import org.parseq.model.Elements;
import org.parseq.model.data.DataItem;

/**
 * Reads one item section of a {@code .pspj} (parseq-behaviour.md §14.2): where its data are
 * and how to read them, its entry and stop nodes, colour tag, transform parameters under our
 * names, corrections and fits. A bad key is a problem of that key; the item keeps what could
 * be read.
 */
final class ItemSectionReader {

    /** The keys that describe the item itself; every other key is a parameter, a correction or a fit. */
    private static final Set<String> ITEM_KEYS = Set.of("madeOf", "madeOf_relative", "dataFormat",
            "dataFormat_relative", "suffix", "originNodeName", "terminalNodeName", "transformNames", "colorTag",
            "color", "colorIndividual", "plotProps", "concatenate");
    private static final String CORRECTION_PREFIX = "correction_";
    /** The comment the original writes after the format of a combined item, e.g. {@code  # 1='average'}. */
    private static final Pattern COMBINATION_COMMENT = Pattern.compile("\\s+#\\s*\\d+\\s*=\\s*'[^']*'\\s*$");
    private static final List<String> COMBINATIONS = List.of("average", "sum", "rms");

    /** What was read of an item, before combinations are connected. */
    static final class Draft {
        String alias;
        DataItem item;
        final List<String> unavailable = new ArrayList<>();
        String location;
        String containerPath;
        String format;
        final Map<String, Object> parameters = new LinkedHashMap<>();
        final Map<String, Object> otherValues = new LinkedHashMap<>();
        final List<PspjFit> fits = new ArrayList<>();
        final List<PspjCorrection> corrections = new ArrayList<>();
        Map<String, Object> plotProperties;
        String savedColour;
        boolean individualColour;
        List<String> combinationParents;
        String combinationKind;

        PspjItem toItem() {
            return new PspjItem(alias, item, unavailable.isEmpty() ? null : String.join("; ", unavailable), location,
                    containerPath, format, parameters, otherValues, fits, corrections, plotProperties);
        }
    }

    private final PipelineDefinition pipeline;
    private final Path directory;
    private final List<PspjProblem> problems;

    ItemSectionReader(PipelineDefinition pipeline, Path directory, List<PspjProblem> problems) {
        this.pipeline = pipeline;
        this.directory = directory;
        this.problems = problems;
    }

    Draft read(IniDocument.Section section) {
        Draft draft = new Draft();
        draft.alias = section.name();
        Optional<NodeDefinition> entryNode = entryNode(section, draft);
        String stopNode = stopNode(section);
        Object madeOf = section.value("madeOf").map(ItemSectionReader::pathOrLiteral).orElse(null);
        if (madeOf instanceof List<?> parents) {
            combination(section, draft, parents);
        } else if (madeOf instanceof Map<?, ?>) {
            draft.unavailable.add("a branch of another item's arrays, which ParSeq for Eclipse does not make");
        } else if (madeOf == null && section.value("madeOf_relative").isEmpty()) {
            problem(section, "madeOf", "missing: the item has no data");
            draft.unavailable.add("no data: madeOf is missing");
        } else {
            fileSource(section, draft, entryNode.orElse(null));
        }
        readRemainingKeys(section, draft);
        if (section.value("transformNames").map(PythonLiteral::parseOrText).orElse("each") instanceof List<?> names) {
            problem(section, "transformNames", "the item runs only the transforms " + names + " in the original; "
                    + "here every transform on its path runs");
        }
        if (stopNode != null && entryNode.isPresent()
                && !NodeRoutes.downstream(pipeline, entryNode.get().id()).contains(stopNode)) {
            problem(section, "terminalNodeName", "the item's data entering at '" + entryNode.get().name()
                    + "' never reach node '" + stopNode + "'; they go on to the end");
            stopNode = null;
        }
        if (entryNode.isPresent() && (draft.combinationParents != null || draft.location != null)) {
            DataItem item = Elements.newItem(draft.alias, entryNode.get().id(), draft.location, draft.containerPath,
                    draft.format);
            if (draft.combinationParents != null) {
                item.setSource(null);
            }
            item.setStopNode(stopNode);
            item.setColourTag(colourTag(section));
            draft.parameters.forEach((name, value) -> item.getParameters().add(Elements.newParameter(name, value)));
            FitImport.addFits(pipeline, directory, section.name(), draft.fits, item, problems);
            addCorrections(section, draft.corrections, item);
            draft.item = item;
        }
        draft.savedColour = section.value("color").filter(c -> c.matches("#[0-9A-Fa-f]{6}")).orElse(null);
        draft.individualColour = Boolean.TRUE.equals(section.value("colorIndividual")
                .map(PythonLiteral::parseOrText).orElse(null));
        return draft;
    }

    private Optional<NodeDefinition> entryNode(IniDocument.Section section, Draft draft) {
        Object name = section.value("originNodeName").map(PythonLiteral::parseOrText).orElse(null);
        if (name == null) {
            return Optional.of(pipeline.nodes().get(0)); // the original's default: the first node
        }
        Optional<NodeDefinition> node = PipelineMatch.node(pipeline, name.toString());
        if (node.isEmpty()) {
            draft.unavailable.add("its data enter at node '" + name + "', which pipeline '" + pipeline.id()
                    + "' does not have (its nodes: " + pipeline.nodes().stream().map(NodeDefinition::name).toList()
                    + ")");
        }
        return node;
    }

    private String stopNode(IniDocument.Section section) {
        Object name = section.value("terminalNodeName").map(PythonLiteral::parseOrText).orElse(null);
        if (name == null) {
            return null;
        }
        Optional<NodeDefinition> node = PipelineMatch.node(pipeline, name.toString());
        if (node.isEmpty()) {
            problem(section, "terminalNodeName", "pipeline '" + pipeline.id() + "' has no node '" + name
                    + "'; the item's data go on to the end");
            return null;
        }
        return node.get().id();
    }

    private int colourTag(IniDocument.Section section) {
        Object tag = section.value("colorTag").map(PythonLiteral::parseOrText).orElse(0L);
        if (tag instanceof Long number && number >= 0 && number <= 9) {
            return number.intValue();
        }
        problem(section, "colorTag", "expected a whole number 0 to 9, found " + tag + "; 0 is used");
        return 0;
    }

    private void fileSource(IniDocument.Section section, Draft draft, NodeDefinition entryNode) {
        DataPaths.Located located = DataPaths.locate(section.value("madeOf_relative").orElse(null),
                section.value("madeOf").orElse(null), directory);
        draft.location = located.location();
        draft.containerPath = located.containerPath();
        if (located.missing() != null) {
            draft.unavailable.add(located.missing());
        }
        if (section.value("concatenate").isPresent()) {
            draft.unavailable.add("datasets concatenated from several files, which our formats do not read");
        }
        Map<String, Object> dataFormat = dataFormat(section, draft);
        if (dataFormat == null || entryNode == null) {
            return;
        }
        try {
            draft.format = FormatTranslation.translate(dataFormat, entryNode);
        } catch (FormatTranslation.Refused e) {
            problem(section, e.key(), e.getMessage());
            draft.unavailable.add("its data format cannot be translated (" + e.key() + ": " + e.getMessage() + ")");
        }
    }

    /** A combination of other items by alias: average, sum or RMS; the others need what we do not have. */
    private void combination(IniDocument.Section section, Draft draft, List<?> parents) {
        Map<String, Object> dataFormat = dataFormat(section, draft);
        Object kind = dataFormat == null ? null : dataFormat.get("combine");
        if (!(kind instanceof Long number) || number < 1 || number > COMBINATIONS.size()) {
            draft.unavailable.add("a combination of kind " + kind + " (PCA, target transformation and MCR-ALS "
                    + "combinations are not made by ParSeq for Eclipse; average 1, sum 2 and RMS 3 are)");
            return;
        }
        if (Boolean.TRUE.equals(dataFormat.get("combineInterpolate"))) {
            problem(section, "dataFormat.combineInterpolate", "our combinations do not interpolate; the parents "
                    + "must share their abscissa");
        }
        List<String> aliases = new ArrayList<>();
        parents.forEach(parent -> aliases.add(String.valueOf(parent)));
        draft.combinationParents = aliases;
        draft.combinationKind = COMBINATIONS.get(number.intValue() - 1);
    }

    private Map<String, Object> dataFormat(IniDocument.Section section, Draft draft) {
        Optional<String> text = section.value("dataFormat");
        if (text.isEmpty()) {
            problem(section, "dataFormat", "missing: the item's arrays cannot be read");
            draft.unavailable.add("no data format");
            return null;
        }
        String literal = COMBINATION_COMMENT.matcher(text.get()).replaceFirst("");
        try {
            if (PythonLiteral.parse(literal) instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> format = (Map<String, Object>) map;
                return format;
            }
            problem(section, "dataFormat", "expected a dictionary {\"dataSource\": [...], ...}");
        } catch (PythonLiteral.SyntaxError e) {
            problem(section, "dataFormat", e.getMessage());
        }
        draft.unavailable.add("its data format is damaged");
        return null;
    }

    private void readRemainingKeys(IniDocument.Section section, Draft draft) {
        Set<String> fitNames = new HashSet<>();
        for (IniDocument.Entry entry : section.entries()) {
            String key = entry.key();
            if (!ITEM_KEYS.contains(key) && !key.startsWith(CORRECTION_PREFIX)
                    && (entry.afterFitMarker() || key.endsWith("_params") || key.endsWith("_result"))) {
                fitNames.add(fitName(key));
            }
        }
        Map<String, Map<String, Object>> fits = new LinkedHashMap<>();
        for (IniDocument.Entry entry : section.entries()) {
            String key = entry.key();
            if (ITEM_KEYS.contains(key)) {
                if (key.equals("plotProps") && PythonLiteral.parseOrText(entry.value()) instanceof Map<?, ?> props) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> properties = (Map<String, Object>) props;
                    draft.plotProperties = properties;
                }
            } else if (key.startsWith(CORRECTION_PREFIX)) {
                corrections(section, entry, draft);
            } else if (fitNames.contains(fitName(key)) && (entry.afterFitMarker() || key.contains("_"))) {
                fits.computeIfAbsent(fitName(key), name -> new LinkedHashMap<>()).put(key,
                        PythonLiteral.parseOrText(entry.value()));
            } else {
                parameter(section, entry, draft);
            }
        }
        fits.forEach((name, settings) -> draft.fits.add(new PspjFit(name, settings)));
    }

    private static String fitName(String key) {
        int underscore = key.indexOf('_');
        return underscore > 0 ? key.substring(0, underscore) : key;
    }

    private void parameter(IniDocument.Section section, IniDocument.Entry entry, Draft draft) {
        Object value = PythonLiteral.parseOrText(entry.value());
        for (Map.Entry<String, Object> flat : ParameterFlattening.flatten(entry.key(), value).entrySet()) {
            Optional<ParameterDescriptor> descriptor = pipeline.parameter(flat.getKey());
            if (descriptor.isEmpty()) {
                draft.otherValues.put(flat.getKey(), flat.getValue());
                continue;
            }
            try {
                draft.parameters.put(flat.getKey(),
                        descriptor.get().coerce(ParameterFlattening.forDescriptor(flat.getValue(), descriptor.get())));
            } catch (IllegalArgumentException e) {
                problem(section, flat.getKey(), e.getMessage() + " (line " + entry.line() + "); the default "
                        + descriptor.get().defaultValue() + " is used");
            }
        }
    }

    private void corrections(IniDocument.Section section, IniDocument.Entry entry, Draft draft) {
        String nodeName = entry.key().substring(CORRECTION_PREFIX.length());
        Object value = PythonLiteral.parseOrText(entry.value());
        if (!(value instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
            problem(section, entry.key(), "expected a list of correction dictionaries [{'kind': ...}, ...]; "
                    + "the corrections are left out");
            return;
        }
        String nodeId = PipelineMatch.node(pipeline, nodeName).map(NodeDefinition::id).orElse(null);
        if (nodeId == null && !list.isEmpty()) {
            problem(section, entry.key(), "pipeline '" + pipeline.id() + "' has no node '" + nodeName
                    + "'; its corrections are kept but cannot apply");
        }
        for (Object correction : list) {
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) correction;
            draft.corrections.add(new PspjCorrection(nodeName, nodeId, settings));
        }
    }

    /** A madeOf that is a list or dictionary literal; a plain path stays text whatever it looks like. */
    private static Object pathOrLiteral(String text) {
        String trimmed = text.strip();
        return trimmed.startsWith("[") || trimmed.startsWith("(") || trimmed.startsWith("{")
                ? PythonLiteral.parseOrText(trimmed) : trimmed;
    }

    /**
     * The corrections of nodes the pipeline has, in file order; one that cannot be read is left
     * out with a problem that names its key and place in the list.
     */
    private void addCorrections(IniDocument.Section section, List<PspjCorrection> corrections, DataItem item) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (PspjCorrection correction : corrections) {
            int position = positions.merge(correction.originalNode(), 1, Integer::sum);
            if (correction.nodeId() == null) {
                continue; // reported when read
            }
            try {
                Corrections.parse(correction.settings());
                item.getCorrections().add(CorrectionCommands.newCorrection(correction.nodeId(),
                        correction.settings()));
            } catch (IllegalArgumentException e) {
                problem(section, CORRECTION_PREFIX + correction.originalNode(), "correction " + position + ": "
                        + e.getMessage() + "; it is left out");
            }
        }
    }

    private void problem(IniDocument.Section section, String key, String message) {
        problems.add(new PspjProblem(section.name(), key, message));
    }
}
