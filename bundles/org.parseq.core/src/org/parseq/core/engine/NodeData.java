package org.parseq.core.engine;

import java.util.Map;

import org.parseq.core.pipeline.Image2D;
import org.parseq.core.pipeline.Stack3D;

/** The arrays of one item at one node, of every rank, as they pass between the steps of a stage. */
record NodeData(Map<String, double[]> arrays, Map<String, Double> scalars, Map<String, Image2D> images,
        Map<String, Stack3D> stacks) {

    static NodeData of(NodeResult result) {
        return new NodeData(result.arrays(), result.scalars(), result.images(), result.stacks());
    }

    static NodeData of(SourceData source) {
        return new NodeData(source.arrays(), source.scalars(), source.images(), source.stacks());
    }

    static NodeData ofArrays(Map<String, double[]> arrays) {
        return new NodeData(arrays, Map.of(), Map.of(), Map.of());
    }
}
