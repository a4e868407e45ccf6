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
import org.parseq.io.format.Slice;

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
 * @param slices            array name → numpy-like slice of its HDF5 datasets, e.g. "0, :, :"
 * @param metadata          HDF5 paths (relative to the entry or absolute) whose values describe an
 *                          entry; named formats match their keywords against them
 */
public record FormatDefinition(String source, String node, Map<String, String> columns, String comments,
        HeaderRule header, Map<String, String> conversionFactors, Map<String, String> slices, List<String> metadata) {

    public FormatDefinition {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        conversionFactors = Collections.unmodifiableMap(new LinkedHashMap<>(conversionFactors));
        slices = Collections.unmodifiableMap(new LinkedHashMap<>(slices == null ? Map.of() : slices));
        metadata = metadata == null ? List.of() : List.copyOf(metadata);
    }

    /** A definition without slices and metadata paths. */
    public FormatDefinition(String source, String node, Map<String, String> columns, String comments,
            HeaderRule header, Map<String, String> conversionFactors) {
        this(source, node, columns, comments, header, conversionFactors, Map.of(), List.of());
    }

    /** True when some array reads HDF5 datasets: the format is for HDF5 entries, not column files. */
    public boolean readsDatasets() {
        for (String text : columns.values()) {
            try {
                if (!DataSource.parse(text).datasets().isEmpty()) {
                    return true;
                }
            } catch (DataFormatException e) {
                // checked when the definition was read
            }
        }
        return false;
    }

    /**
     * The data format for a node.
     *
     * @param nodeArrays     the node's arrays in its order, the x array first
     * @param requiredArrays those of them that the data must have
     * @throws DataFormatException naming this definition's source and the array at fault
     */
    public DataFormat toDataFormat(List<String> nodeArrays, Set<String> requiredArrays) throws DataFormatException {
        return toDataFormat(nodeArrays, requiredArrays, Map.of());
    }

    /**
     * @param ranks the rank of each array that is not 1D (0 for scalars, 2 for images, 3 for stacks)
     */
    public DataFormat toDataFormat(List<String> nodeArrays, Set<String> requiredArrays, Map<String, Integer> ranks)
            throws DataFormatException {
        for (String name : columns.keySet()) {
            if (!nodeArrays.contains(name)) {
                throw new DataFormatException(source, "columns", "node '" + node + "' has no array '" + name
                        + "'; its arrays are " + nodeArrays);
            }
        }
        for (String name : slices.keySet()) {
            if (!columns.containsKey(name)) {
                throw new DataFormatException(source, "slices", "array '" + name
                        + "' has a slice but no entry in \"columns\"");
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
            arrays.add(new ArraySpec(name, parseSource(name, text), parseConversion(name), parseSlice(name),
                    ranks.getOrDefault(name, 1)));
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

    private Slice parseSlice(String name) throws DataFormatException {
        try {
            return Slice.parse(slices.get(name));
        } catch (DataFormatException e) {
            throw e.within(source, "slices." + name);
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
