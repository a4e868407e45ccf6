package org.parseq.io.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.parseq.core.engine.ItemSource;
import org.parseq.core.engine.ItemSourceResolver;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.DataFormatException;
import org.parseq.io.format.DataFormat;

/**
 * Makes {@link FileItemSource}s of a file path, an optional HDF5 entry and a format given as
 * FORMAT.json text ({@link FormatJson}), for the nodes of one pipeline. Formats are parsed once
 * per distinct text. Thread-safe.
 */
public final class FileSourceResolver implements ItemSourceResolver {

    private final PipelineDefinition pipeline;
    private final FormatJson json = new FormatJson();
    private final Map<String, EntryFormat> formats = new ConcurrentHashMap<>();

    public FileSourceResolver(PipelineDefinition pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Parses and checks a format against the pipeline.
     *
     * @param sourceName names the text in messages, e.g. the FORMAT.json path
     * @throws DataFormatException naming the source, the key and what is wrong
     */
    public EntryFormat entryFormat(String formatText, String sourceName) throws DataFormatException {
        EntryFormat known = formats.get(formatText);
        if (known != null) {
            return known;
        }
        FormatDefinition definition = json.parse(formatText, sourceName);
        NodeDefinition node = pipeline.nodeByIdOrName(definition.node()).orElseThrow(() -> new DataFormatException(
                sourceName, "key \"node\"", "pipeline '" + pipeline.id() + "' has no node '" + definition.node()
                        + "'; its nodes are " + pipeline.nodes().stream().map(n -> n.id() + " (" + n.name() + ")")
                                .collect(Collectors.joining(", "))));
        List<String> arrays = node.arrays().stream()
                .sorted((a, b) -> Boolean.compare(a.role() != ArrayRole.X, b.role() != ArrayRole.X))
                .map(ArrayDefinition::name).toList();
        // scalars and arrays made by the node's own transforms may come from files, but need not
        Set<String> computedHere = pipeline.outputsWithin(node.id());
        Set<String> required = node.arrays().stream()
                .filter(a -> !a.optional() && a.role() != ArrayRole.SCALAR_0D && !computedHere.contains(a.name()))
                .map(ArrayDefinition::name).collect(Collectors.toSet());
        Map<String, Integer> ranks = node.arrays().stream().filter(a -> a.rank() != 1)
                .collect(Collectors.toMap(ArrayDefinition::name, ArrayDefinition::rank));
        DataFormat format = definition.toDataFormat(arrays, required, ranks);
        EntryFormat entryFormat = new EntryFormat(node, format, formatText);
        formats.putIfAbsent(formatText, entryFormat);
        return entryFormat;
    }

    /**
     * @param location      the file path
     * @param containerPath the HDF5 entry, or null for a column file
     * @param format        FORMAT.json text
     * @throws IllegalArgumentException when the format is not valid for this pipeline
     */
    @Override
    public ItemSource resolve(String location, String containerPath, String format) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("no file given");
        }
        if (format == null) {
            throw new IllegalArgumentException(location + ": no data format given");
        }
        try {
            EntryFormat entryFormat = entryFormat(format, "data format of " + location);
            String entry = containerPath == null || containerPath.isBlank() ? null : containerPath;
            return new FileItemSource(Path.of(location), entry, entryFormat);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
