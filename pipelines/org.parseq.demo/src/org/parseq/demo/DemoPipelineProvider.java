package org.parseq.demo;

import java.util.List;

import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.core.registry.PipelineProvider;

/**
 * A small pipeline over synthetic peaks: raw counts with a monitor are normalised, then
 * smoothed and differentiated. It shows how a pipeline bundle is written and serves the
 * engine's and the workbench's tests.
 */
public final class DemoPipelineProvider implements PipelineProvider {

    public static final String PIPELINE_ID = "demo";
    public static final String RAW = "raw";
    public static final String NORMALISED = "normalised";
    public static final String SMOOTHED = "smoothed";
    public static final String MAP = "map";
    public static final String DETECTOR = "detector";
    public static final String PROFILE = "profile";

    @Override
    public String synopsis() {
        return "A small example pipeline: synthetic peaks normalised and smoothed, and a real 2D detector image";
    }

    @Override
    public PipelineDefinition createPipeline() {
        NodeDefinition raw = new NodeDefinition(RAW, "raw counts", List.of(
                new ArrayDefinition("x", ArrayRole.X, "position", "mm", false),
                new ArrayDefinition("counts", ArrayRole.Y, "counts", "", false),
                new ArrayDefinition("monitor", ArrayRole.Y_RIGHT, "monitor", "", false)));
        NodeDefinition normalised = new NodeDefinition(NORMALISED, "normalised", List.of(
                new ArrayDefinition("x", ArrayRole.X, "position", "mm", false),
                new ArrayDefinition("y", ArrayRole.Y, "counts/monitor", "", false),
                new ArrayDefinition("peakPosition", ArrayRole.SCALAR_0D, "peak", "mm", false)));
        NodeDefinition smoothed = new NodeDefinition(SMOOTHED, "smoothed", List.of(
                new ArrayDefinition("x", ArrayRole.X, "position", "mm", false),
                new ArrayDefinition("smooth", ArrayRole.Y, "smoothed", "", false),
                new ArrayDefinition("derivative", ArrayRole.Y_RIGHT, "derivative", "1/mm", false)));

        NodeDefinition map = new NodeDefinition(MAP, "smoothing map", List.of(
                new ArrayDefinition("x", ArrayRole.X, "position", "mm", false),
                new ArrayDefinition("widths", ArrayRole.IMAGE_2D, "moving average by width", "", false)));

        // A real 2D detector enters here: one image row per scan point, one column per pixel.
        NodeDefinition detector = new NodeDefinition(DETECTOR, "detector image", List.of(
                new ArrayDefinition("theta", ArrayRole.X, "θ", "deg", false),
                new ArrayDefinition("image", ArrayRole.IMAGE_2D, "detector counts", "", false).withAxes("theta", "")));
        NodeDefinition profile = new NodeDefinition(PROFILE, "band profile", List.of(
                new ArrayDefinition("theta", ArrayRole.X, "θ", "deg", false),
                new ArrayDefinition("band", ArrayRole.Y, "counts in the band", "", false)));

        TransformDefinition normalise = TransformDefinition.perItem("normalise", "normalise", RAW, NORMALISED,
                List.of(ParameterDescriptor.real("scale", 1.0, "", "Factor applied to counts/monitor.")
                                .withRange(1e-12, 1e12, 0.1),
                        ParameterDescriptor.real("background", 0.0, "", "Level subtracted after scaling.")),
                List.of("x", "counts", "monitor"), List.of("x", "y"), DemoTransforms::normalise);
        TransformDefinition smooth = TransformDefinition.perItem("smooth", "smooth and differentiate", NORMALISED,
                SMOOTHED,
                List.of(ParameterDescriptor.integer("smoothingWidth", 3, 1, 101,
                        "Width of the moving average, in points (odd widths are centred).")),
                List.of("x", "y"), List.of("x", "smooth", "derivative"), DemoTransforms::smooth);

        TransformDefinition widths = TransformDefinition.perItem("smoothingMap", "map of smoothing widths", SMOOTHED,
                MAP, List.of(ParameterDescriptor.integer("mapWidths", 24, 2, 200,
                        "How many smoothing widths the map shows, one row each, from 1 point up.")),
                List.of("x", "smooth"), List.of("x", "widths"), DemoTransforms::smoothingMap);

        TransformDefinition band = TransformDefinition.perItem("bandSum", "sum a band of pixels", DETECTOR, PROFILE,
                List.of(ParameterDescriptor.integer("bandFirstPixel", 0, 0, 1 << 20,
                        "First detector column of the band (0-based)."),
                        ParameterDescriptor.integer("bandLastPixel", 1 << 20, 0, 1 << 20,
                                "Last detector column of the band, included; beyond the image means its last column.")),
                List.of("theta", "image"), List.of("theta", "band"), DemoTransforms::bandSum);

        return new PipelineDefinition(PIPELINE_ID, "Demo: synthetic peaks", List.of(raw, normalised, smoothed, map,
                detector, profile), List.of(normalise, smooth, widths, band));
    }
}
