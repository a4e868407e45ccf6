package org.parseq.xes.pipeline;

import java.util.List;

import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;

/**
 * The two nodes of the XES-scan pipeline with the original's display names and array names
 * (parseq-behaviour.md §23). Arrays a transform computes are optional, so that data entering a
 * node need only what a user measured.
 */
public final class XesNodes {

    /** "2D theta scan": θ, I0 and the detector image, one row per θ point. */
    public static final String THETA_SCAN = "theta_scan";
    /** "1D energy XES": XES← and XES↓ against energy, with their FWHM. */
    public static final String ENERGY_XES = "energy_xes";

    private XesNodes() {
    }

    static List<NodeDefinition> all() {
        return List.of(thetaScan(), energyXes());
    }

    private static NodeDefinition thetaScan() {
        return new NodeDefinition(THETA_SCAN, "2D theta scan", List.of(
                new ArrayDefinition("theta", ArrayRole.X, "θ", "°", false),
                new ArrayDefinition("i0", ArrayRole.Y, "I0", "counts", false),
                new ArrayDefinition("xes2D", ArrayRole.IMAGE_2D, "XES 2D", "counts", false)
                        .withAxes("theta", ""),
                computed("xes", "XES← (band rows summed)"),
                computed("thetaCut", "θ of XES← within the θ range"),
                computed("xes_bottom", "XES↓ (band columns summed)"),
                computed("theta_bottomCut", "θ of XES↓ within the θ range")));
    }

    private static NodeDefinition energyXes() {
        return new NodeDefinition(ENERGY_XES, "1D energy XES", List.of(
                new ArrayDefinition("energy", ArrayRole.X, "energy", "eV", false),
                new ArrayDefinition("xes", ArrayRole.Y, "XES←", "", false),
                new ArrayDefinition("fwhm", ArrayRole.SCALAR_0D, "FWHM←", "eV", true),
                new ArrayDefinition("energy_bottom", ArrayRole.HIDDEN_1D, "energy of XES↓", "eV", true),
                new ArrayDefinition("xes_bottom", ArrayRole.Y, "XES↓", "", true).withAxes("energy_bottom"),
                new ArrayDefinition("fwhm_bottom", ArrayRole.SCALAR_0D, "FWHM↓", "eV", true),
                new ArrayDefinition("thetaCut", ArrayRole.HIDDEN_1D, "θ of XES←", "°", true),
                new ArrayDefinition("theta_bottomCut", ArrayRole.HIDDEN_1D, "θ of XES↓", "°", true),
                new ArrayDefinition("rce", ArrayRole.HIDDEN_1D, "energy of the DCM rocking curve", "eV", true),
                new ArrayDefinition("rc", ArrayRole.Y, "DCM rocking curve", "", true).withAxes("rce")));
    }

    private static ArrayDefinition computed(String name, String label) {
        return new ArrayDefinition(name, ArrayRole.HIDDEN_1D, label, "", true).hiddenByDefault();
    }
}
