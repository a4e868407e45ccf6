package org.parseq.io.source;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.ParameterValues;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.DataFormatException;
import org.parseq.io.athena.AthenaParameterMapping;
import org.parseq.io.athena.AthenaProject;
import org.parseq.io.tree.FileKinds;

/**
 * Parameter values that a data file carries for its items, e.g. an Athena group's E0 and
 * pre-edge and normalisation ranges ({@link AthenaParameterMapping}). The workbench and batch
 * set them on a newly loaded item; a user's own values (batch {@code --params}) go over them.
 */
public final class SourceParameters {

    private SourceParameters() {
    }

    /**
     * The values the file (and entry) suggest, by the original's parameter names; empty for
     * files that carry none.
     *
     * @throws DataFormatException when the file is a project that cannot be read
     */
    public static Map<String, Object> suggested(Path file, String entry) throws DataFormatException {
        if (entry == null || !FileKinds.isAthenaProject(file)) {
            return Map.of();
        }
        return AthenaParameterMapping.parameters(AthenaProject.read(file).requireGroup(entry));
    }

    /** Those of {@code values} that the pipeline declares, in its types; others are left out. */
    public static Map<String, Object> forPipeline(PipelineDefinition pipeline, Map<String, Object> values) {
        Map<String, Object> known = new LinkedHashMap<>();
        for (Map.Entry<String, Object> value : values.entrySet()) {
            Optional<ParameterDescriptor> descriptor = pipeline.parameter(value.getKey());
            if (descriptor.isPresent()) {
                try {
                    known.put(value.getKey(), ParameterValues.coerce(value.getValue(), descriptor.get()));
                } catch (IllegalArgumentException e) {
                    // a value out of the pipeline's range keeps the pipeline's default
                }
            }
        }
        return known;
    }
}
