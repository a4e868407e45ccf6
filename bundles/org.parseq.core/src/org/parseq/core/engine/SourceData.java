package org.parseq.core.engine;

import java.util.Map;

import org.parseq.core.pipeline.Image2D;
import org.parseq.core.pipeline.Stack3D;

/**
 * What an {@link ItemSource} read for the entry node, by array name and rank: 0D scalars, 1D
 * arrays, 2D images and 3D stacks. The maps are taken as they are; their arrays are owned by
 * the result from then on and never modified.
 */
public record SourceData(Map<String, Double> scalars, Map<String, double[]> arrays, Map<String, Image2D> images,
        Map<String, Stack3D> stacks) {

    public SourceData {
        scalars = Map.copyOf(scalars);
        arrays = Map.copyOf(arrays);
        images = Map.copyOf(images);
        stacks = Map.copyOf(stacks);
    }

    /** Data of a source that reads 1D arrays only. */
    public static SourceData ofArrays(Map<String, double[]> arrays) {
        return new SourceData(Map.of(), arrays, Map.of(), Map.of());
    }

    /** Whether an array of this name was read, of any rank. */
    public boolean has(String name) {
        return arrays.containsKey(name) || images.containsKey(name) || stacks.containsKey(name)
                || scalars.containsKey(name);
    }
}
