package org.parseq.model.pspj;

import java.util.List;

import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;

/**
 * The XES-scan pipeline's nodes, arrays and a part of its parameters with the original's names
 * (issue 10, parseq-behaviour.md §23), until pipelines/org.parseq.xes exists: what the reader
 * maps a project onto. Its transform is never run by these tests.
 */
final class XesScanFixture {

    private XesScanFixture() {
    }

    static PipelineDefinition pipeline() {
        NodeDefinition scan = new NodeDefinition("theta_scan", "2D theta scan", List.of(
                new ArrayDefinition("theta", ArrayRole.X, "θ", "°", false),
                new ArrayDefinition("i0", ArrayRole.Y, "I0", "", false),
                new ArrayDefinition("xes2D", ArrayRole.IMAGE_2D, "XES(θ, pixel)", "", false)));
        NodeDefinition energy = new NodeDefinition("energy_xes", "1D energy XES", List.of(
                new ArrayDefinition("energy", ArrayRole.X, "E", "eV", false),
                new ArrayDefinition("xes", ArrayRole.Y, "XES", "", false)));
        List<ParameterDescriptor> parameters = List.of(
                ParameterDescriptor.bool("cutoffNeeded", true, "Cut off hot pixels."),
                ParameterDescriptor.integer("cutoff", 2000, 0, Integer.MAX_VALUE, "Counts above which pixels are cut."),
                ParameterDescriptor.integer("cutoffMaxBelow", 0, 0, Integer.MAX_VALUE, "Largest count kept."),
                ParameterDescriptor.bool("bandFind", true, "Find the band line."),
                realList("bandLine", "Band line: slope, intercept, width."),
                realList("bandROI.begin", "Band start (pixel, θ)."),
                realList("bandROI.end", "Band end (pixel, θ)."),
                ParameterDescriptor.real("bandROI.width", 0.04, "°", "Band width."),
                ParameterDescriptor.bool("subtractLine", true, "Subtract a line background."),
                realList("thetaRange", "θ range."),
                ParameterDescriptor.integer("calibrationHalfPeakWidthSteps", 7, 1, 1000, "Half width of the peak fit."),
                realList("calibrationPoly", "θ to energy polynomial."));
        TransformDefinition transform = TransformDefinition.perItem("make_xes", "make XES", scan.id(), energy.id(),
                parameters, List.of("theta", "i0", "xes2D"), List.of("energy", "xes"), item -> {
                    throw new UnsupportedOperationException("the project reader tests never run transforms");
                });
        return new PipelineDefinition("xes", "XES scan", List.of(scan, energy), List.of(transform));
    }

    private static ParameterDescriptor realList(String name, String description) {
        return new ParameterDescriptor(name, org.parseq.core.pipeline.ParameterType.REAL_LIST, List.of(), null, null,
                null, "", name, null, description);
    }
}
