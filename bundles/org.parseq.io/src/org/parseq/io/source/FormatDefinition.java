package org.parseq.io.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parseq.io.DataFormatException;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.Conversion;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.DataSource;
import org.parseq.io.format.HeaderRule;

/**
 * A data format as a batch run or a script writes it (FORMAT.json, see docs/batch.md): the
 * entry node, a source per array, and how column files are read. Sources and conversions are
 * already checked; {@link #toDataFormat} orders them as the entry node declares its arrays.
 *
 * @param source            where the definition was read from, for messages
 * @param node              the entry node's id or display name
 * @param columns           array name → source text (column expression, index, dataset path)
 * @param comments          comment prefix of column files
 * @param header            where the header of column files ends
 * @param conversionFactors array name → conversion text (factor, unit, lim(...))
 */
public record FormatDefinition(String source, String node, Map<String, String> columns, String comments,
        HeaderRule header, Map<String, String> conversionFactors) {

    public FormatDefinition {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        conversionFactors = Collections.unmodifiableMap(new LinkedHashMap<>(conversionFactors));
    }

    /**
     * The data format for a node.
     *
     * @param nodeArrays     the node's arrays in its order, the x array first
     * @param requiredArrays those of them that the data must have
     * @throws DataFormatException naming this definition's source and the array at fault
     */
    public DataFormat toDataFormat(List<String> nodeArrays, Set<String> requiredArrays) throws DataFormatException {
        for (String name : columns.keySet()) {
            if (!nodeArrays.contains(name)) {
                throw new DataFormatException(source, "columns", "node '" + node + "' has no array '" + name
                        + "'; its arrays are " + nodeArrays);
            }
        }
        for (String name : conversionFactors.keySet()) {
            if (!columns.containsKey(name)) {
                throw new DataFormatException(source, "conversionFactors", "array '" + name
                        + "' has a conversion but no entry in \"columns\"");
            }
        }
        List<ArraySpec> arrays = new ArrayList<>();
        for (String name : nodeArrays) {
            String text = columns.get(name);
            if (text == null || text.isBlank()) {
                if (requiredArrays.contains(name)) {
                    throw new DataFormatException(source, "columns", "array '" + name + "' of node '" + node
                            + "' has no source; expected e.g. \"" + name + "\": \"Col1\"");
                }
                continue;
            }
            arrays.add(new ArraySpec(name, parseSource(name, text), parseConversion(name)));
        }
        return new DataFormat(arrays, header, comments);
    }

    private DataSource parseSource(String name, String text) throws DataFormatException {
        try {
            return DataSource.parse(text);
        } catch (DataFormatException e) {
            throw e.within(source, "columns." + name);
        }
    }

    private Conversion parseConversion(String name) throws DataFormatException {
        try {
            return Conversion.parse(conversionFactors.get(name));
        } catch (DataFormatException e) {
            throw e.within(source, "conversionFactors." + name);
        }
    }
}
