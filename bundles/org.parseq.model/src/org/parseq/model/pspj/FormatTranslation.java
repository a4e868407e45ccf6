package org.parseq.model.pspj;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.NodeDefinition;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the original's {@code dataFormat} dictionary of an item (xas-algorithms.md §1,
 * parseq-behaviour.md §6.1) into FORMAT.json text (docs/data-formats.md), the form in which the
 * model keeps formats. {@code dataSource}, {@code conversionFactors} and {@code slices} are lists
 * in the order of the entry node's arrays, which our nodes declare in the original's order.
 * What our format language cannot say the same way is refused, naming the key.
 */
final class FormatTranslation {

    /** A key of the format that cannot be translated. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String key;

        Refused(String key, String problem) {
            super(problem);
            this.key = key;
        }

        /** E.g. {@code dataFormat.dataSource[1]}. */
        String key() {
            return key;
        }
    }

    /** Keys of a combined item's format: the combination is read elsewhere, its matrices are recomputed. */
    static final Set<String> COMBINATION_KEYS = Set.of("combine", "combineInterpolate", "NPCA", "iPCA",
            "iSpectrumPCA", "wPCA", "vPCA", "iMCR", "MCR-ALS-C", "MCR-ALS-revCTC", "MCR-ALS");
    /** The alias label: it is already part of the alias saved in the project. */
    private static final Set<String> ALIAS_ONLY_KEYS = Set.of("labelName");
    private static final Set<String> FORMAT_KEYS = Set.of("dataSource", "skiprows", "comments", "lastSkipRowContains",
            "conversionFactors", "slices", "metadata");

    /** As io's DataSource: a bare HDF5 path; ColN and plain numbers are not paths. */
    private static final Pattern DATASET_PATH = Pattern.compile(
            "/?[A-Za-z0-9_.\\-]*[A-Za-z_][A-Za-z0-9_.\\-]*(/[A-Za-z0-9_.\\-]+)*");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final String LIMIT_END = "\\s*(None|" + NUMBER.pattern() + ")?\\s*";
    private static final Pattern LIMIT = Pattern.compile("lim\\s*\\(" + LIMIT_END + "," + LIMIT_END + "\\)");
    private static final String SELECTOR = "\\s*(-?\\d+|(-?\\d+)?\\s*:\\s*(-?\\d+)?)\\s*";
    private static final Pattern SLICE = Pattern.compile("\\[?" + SELECTOR + "(," + SELECTOR + ")*\\]?");

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormatTranslation() {
    }

    /**
     * @param dataFormat the parsed dictionary
     * @param node       the entry node
     * @return FORMAT.json text
     */
    static String translate(Map<String, Object> dataFormat, NodeDefinition node) throws Refused {
        for (String key : dataFormat.keySet()) {
            if (!FORMAT_KEYS.contains(key) && !ALIAS_ONLY_KEYS.contains(key) && !COMBINATION_KEYS.contains(key)) {
                throw new Refused("dataFormat." + key, "our data formats have no key '" + key + "'; known: "
                        + FORMAT_KEYS);
            }
        }
        ObjectNode format = JSON.createObjectNode();
        format.put("node", node.id());
        List<ArrayDefinition> arrays = node.arrays();
        List<?> sources = list(dataFormat, "dataSource", arrays.size());
        if (sources == null) {
            throw new Refused("dataFormat.dataSource", "missing: the format says nothing about where the arrays are");
        }
        ObjectNode columns = format.putObject("columns");
        for (int i = 0; i < sources.size(); i++) {
            String text = source(sources.get(i), "dataFormat.dataSource[" + i + "]");
            if (!text.isEmpty()) {
                columns.put(arrays.get(i).name(), text);
            }
        }
        if (columns.isEmpty()) {
            throw new Refused("dataFormat.dataSource", "every entry is empty");
        }
        header(dataFormat, format);
        ObjectNode conversions = JSON.createObjectNode();
        List<?> factors = list(dataFormat, "conversionFactors", arrays.size());
        for (int i = 0; factors != null && i < factors.size(); i++) {
            String text = conversion(factors.get(i), "dataFormat.conversionFactors[" + i + "]");
            // an array without a source has nothing to convert, in the original as here
            if (!text.isEmpty() && columns.has(arrays.get(i).name())) {
                conversions.put(arrays.get(i).name(), text);
            }
        }
        if (!conversions.isEmpty()) {
            format.set("conversionFactors", conversions);
        }
        ObjectNode slices = JSON.createObjectNode();
        List<?> sliceList = list(dataFormat, "slices", arrays.size());
        for (int i = 0; sliceList != null && i < sliceList.size(); i++) {
            String text = slice(sliceList.get(i), "dataFormat.slices[" + i + "]");
            if (!text.isEmpty() && columns.has(arrays.get(i).name())) {
                slices.put(arrays.get(i).name(), text);
            }
        }
        if (!slices.isEmpty()) {
            format.set("slices", slices);
        }
        Object metadata = dataFormat.get("metadata");
        if (metadata instanceof String paths && !paths.isBlank()) {
            format.put("metadata", paths.strip());
        } else if (metadata != null && !(metadata instanceof String)) {
            throw new Refused("dataFormat.metadata", "expected comma-separated HDF5 paths, found " + metadata);
        }
        return format.toString();
    }

    private static void header(Map<String, Object> dataFormat, ObjectNode format) throws Refused {
        Object skip = dataFormat.get("skiprows");
        if (skip != null) {
            if (!(skip instanceof Long rows) || rows < 0 || rows > Integer.MAX_VALUE) {
                throw new Refused("dataFormat.skiprows", "expected a whole number of rows >= 0, found " + skip);
            }
            format.put("skipRows", rows.intValue());
        }
        Object comments = dataFormat.get("comments");
        if (comments instanceof String prefix && !prefix.isEmpty()) {
            format.put("comments", prefix);
        } else if (comments != null && !"".equals(comments)) {
            throw new Refused("dataFormat.comments", "expected the comment characters as text, found " + comments);
        }
        Object keyword = dataFormat.get("lastSkipRowContains");
        if (keyword instanceof String text && !text.isEmpty()) {
            format.put("lastSkipRowContains", text);
        } else if (keyword != null && !"".equals(keyword)) {
            throw new Refused("dataFormat.lastSkipRowContains", "expected text, found " + keyword);
        }
    }

    /** A list with at most one entry per node array, extra entries allowed only when empty. */
    private static List<?> list(Map<String, Object> dataFormat, String key, int arrayCount) throws Refused {
        Object value = dataFormat.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> entries)) {
            throw new Refused("dataFormat." + key, "expected a list with one entry per array of the node, found "
                    + describe(value));
        }
        for (int i = arrayCount; i < entries.size(); i++) {
            if (entries.get(i) != null && !entries.get(i).toString().isBlank()) {
                throw new Refused("dataFormat." + key + "[" + i + "]", "the node has only " + arrayCount
                        + " arrays, this entry has none to go to");
            }
        }
        return entries.subList(0, Math.min(arrayCount, entries.size()));
    }

    private static String source(Object value, String key) throws Refused {
        if (value == null) {
            return "";
        }
        if (value instanceof Long index) {
            if (index < 0) {
                throw new Refused(key, "a column index must be >= 0, found " + index);
            }
            return index.toString();
        }
        if (!(value instanceof String text)) {
            throw new Refused(key, "lists of data sources make groups of items, which our formats do not make; found "
                    + describe(value));
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.chars().allMatch(Character::isDigit)) {
            return trimmed;
        }
        if (trimmed.contains("silx:")) {
            throw new Refused(key, "datasets of other files (silx: URLs) are not read by our formats; found "
                    + trimmed);
        }
        if (DATASET_PATH.matcher(trimmed).matches() && !trimmed.matches("[Cc]ol\\d+")
                && !trimmed.matches("[0-9.eE+\\-]+")) {
            return trimmed;
        }
        try {
            return PythonExpression.translate(trimmed);
        } catch (PythonExpression.Untranslatable e) {
            throw new Refused(key, e.getMessage());
        }
    }

    private static String conversion(Object value, String key) throws Refused {
        if (value == null) {
            return "";
        }
        if (value instanceof Long || value instanceof Double) {
            return value.toString();
        }
        if (!(value instanceof String text)) {
            throw new Refused(key, "expected a number, a unit or lim(min, max), found " + describe(value));
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.equals("None")) {
            return "";
        }
        if (trimmed.startsWith("lim")) {
            if (!LIMIT.matcher(trimmed).matches()) {
                throw new Refused(key, "expected lim(min, max) with numbers or None, found " + trimmed);
            }
            return trimmed;
        }
        if (trimmed.startsWith("slice") || trimmed.startsWith("transpose")) {
            throw new Refused(key, "our conversions have no " + trimmed.substring(0, trimmed.indexOf('(') < 0
                    ? trimmed.length() : trimmed.indexOf('(')) + "(...); use \"slices\" for HDF5 datasets");
        }
        // A number or a unit: only the unit's first letter scales, in both programs alike.
        return trimmed;
    }

    private static String slice(Object value, String key) throws Refused {
        if (value == null) {
            return "";
        }
        String text = value.toString().strip();
        if (text.isEmpty() || text.equals("None")) {
            return "";
        }
        if (!SLICE.matcher(text).matches()) {
            throw new Refused(key, "expected a slice of indices and ranges such as \"0, :, :\" (no steps, no ...), found "
                    + text);
        }
        return text;
    }

    private static String describe(Object value) {
        return value instanceof List<?> ? "a list " + value : value instanceof Map<?, ?> ? "a dictionary " + value
                : String.valueOf(value);
    }
}
