package org.parseq.xes.pipeline;

import java.util.List;

import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.core.registry.PipelineProvider;

/**
 * The XES θ-scan pipeline of the original, "XES scan (reduced)" (parseq-behaviour.md §23): a
 * crystal analyser rocked through θ with a 2D detector; the 2D node holds θ, I0 and the image
 * (θ rows × pixels), the 1D node the emission spectra XES← (rows summed) and XES↓ (columns
 * summed along the θ–2θ band) against energy, calibrated with elastic scans.
 */
public final class XesPipelineProvider implements PipelineProvider {

    public static final String PIPELINE_ID = "xes";

    @Override
    public PipelineDefinition createPipeline() {
        List<TransformDefinition> transforms = List.of(
                TransformDefinition.perItem("mask_band", "mask and get XES band (reduced)", XesNodes.THETA_SCAN,
                        XesNodes.THETA_SCAN, XesParameters.band(), List.of("theta", "i0", "xes2D"),
                        List.of("xes2D", "xes", "thetaCut", "xes_bottom", "theta_bottomCut"), BandTransform::apply),
                TransformDefinition.allItems("calibrate_energy", "get XES and calibrate energy", XesNodes.THETA_SCAN,
                        XesNodes.ENERGY_XES, XesParameters.calibration(),
                        List.of("xes", "thetaCut", "xes_bottom", "theta_bottomCut"),
                        List.of("energy", "xes", "energy_bottom", "xes_bottom", "thetaCut", "theta_bottomCut", "rce",
                                "rc"),
                        CalibrationTransform::apply));
        return new PipelineDefinition(PIPELINE_ID, "XES scan (reduced)", XesNodes.all(), transforms);
    }
}
