package org.parseq.xas.pipeline;

import java.util.List;

import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;

/**
 * The nodes of the XAS pipeline, with the original's display names and array names
 * (xas-algorithms.md §1). Arrays that a transform computes are optional, so that data may also
 * enter a node with only the arrays a user has.
 */
public final class XasNodes {

    public static final String CURRENTS_TR = "currents_tr";
    public static final String COUNTS_PFY = "counts_pfy";
    public static final String CURRENTS_TEY = "currents_tey";
    public static final String MU = "mu";
    public static final String CHI = "chi";
    public static final String FT = "ft";
    public static final String BFT = "bft";

    /**
     * Hidden array of the µd, χ(k) and FT nodes: {@code [kmin, kmax, dk, datakmax]} of make chi,
     * kmax NaN where the original has null (the data end). FT and BFT need them, as the original
     * reads them from the item's parameters.
     */
    public static final String KGRID = "kgrid";

    private XasNodes() {
    }

    static List<NodeDefinition> all() {
        return List.of(currents(CURRENTS_TR, "currents Tr", "itr", "I_tr"),
                currents(COUNTS_PFY, "counts PFY", "ify", "I_f"),
                currents(CURRENTS_TEY, "currents TEY/TFY", "iey", "I_ey"),
                mu(), chi(), ft(), bft());
    }

    private static NodeDefinition currents(String id, String name, String signal, String signalLabel) {
        return new NodeDefinition(id, name, List.of(
                new ArrayDefinition("eraw", ArrayRole.X, "E", "eV", false),
                new ArrayDefinition("i0", ArrayRole.Y, "I0", "", false),
                new ArrayDefinition(signal, ArrayRole.Y, signalLabel, "", false),
                new ArrayDefinition("eref", ArrayRole.Y_RIGHT, "reference", "", true)));
    }

    private static NodeDefinition mu() {
        return new NodeDefinition(MU, "µd", List.of(
                new ArrayDefinition("e", ArrayRole.X, "E", "eV", false),
                new ArrayDefinition("mu", ArrayRole.Y, "µd", "", false),
                new ArrayDefinition("eref", ArrayRole.Y_RIGHT, "reference µd", "", true),
                computed("mu_der", ArrayRole.Y_RIGHT, "µd'"),
                computed("pre_edge", ArrayRole.Y, "pre-edge"),
                computed("post_edge", ArrayRole.Y, "post-edge"),
                computed("norm", ArrayRole.Y, "normalized µd"),
                computed("flat", ArrayRole.Y, "flattened µd"),
                computed("mu0prior", ArrayRole.Y, "µ0 prior"),
                computed("mu0", ArrayRole.Y, "µ0"),
                computed("eref_der", ArrayRole.HIDDEN_1D, "reference µd'"),
                computed("mu0eknots_x", ArrayRole.HIDDEN_1D, "µ0 knot energies"),
                computed("mu0eknots_y", ArrayRole.HIDDEN_1D, "µ0 knot values"),
                computed("k", ArrayRole.HIDDEN_1D, "k"),
                computed("chi", ArrayRole.HIDDEN_1D, "χ·k^kw"),
                computed(KGRID, ArrayRole.HIDDEN_1D, "k grid of make chi"),
                computed("nbinOriginal", ArrayRole.HIDDEN_1D, "points per region before rebinning"),
                computed("nbinNew", ArrayRole.HIDDEN_1D, "points per region after rebinning"),
                computed("binDistrNew", ArrayRole.HIDDEN_1D, "bin distribution per region, pairs"),
                new ArrayDefinition("e0", ArrayRole.SCALAR_0D, "E0", "eV", true),
                new ArrayDefinition("edgeStep", ArrayRole.SCALAR_0D, "edge step", "", true),
                new ArrayDefinition("datakmax", ArrayRole.SCALAR_0D, "k max of the data", "Å⁻¹", true),
                // only with denoising (xas-algorithms.md 3.12)
                new ArrayDefinition("noiseLevel", ArrayRole.SCALAR_0D, "noise level", "", true)));
    }

    private static NodeDefinition chi() {
        return new NodeDefinition(CHI, "χ(k)", List.of(
                new ArrayDefinition("k", ArrayRole.X, "k", "Å⁻¹", false),
                new ArrayDefinition("chi", ArrayRole.Y, "χ·k^kw", "", false),
                computed(KGRID, ArrayRole.HIDDEN_1D, "k grid of make chi")));
    }

    private static NodeDefinition ft() {
        return new NodeDefinition(FT, "FT, χ(r)", List.of(
                new ArrayDefinition("r", ArrayRole.X, "r", "Å", false),
                new ArrayDefinition("ft", ArrayRole.Y, "|FT[χ·k^kw]|", "", false),
                new ArrayDefinition("ftr", ArrayRole.Y, "Re FT", "", false).hiddenByDefault(),
                new ArrayDefinition("fti", ArrayRole.Y, "Im FT", "", false).hiddenByDefault(),
                computed("k", ArrayRole.HIDDEN_1D, "k of the transformed χ"),
                computed("ftwindow", ArrayRole.HIDDEN_1D, "FT window on k"),
                computed(KGRID, ArrayRole.HIDDEN_1D, "k grid of make chi")));
    }

    private static NodeDefinition bft() {
        return new NodeDefinition(BFT, "BFT, χ̃(k)", List.of(
                new ArrayDefinition("bftk", ArrayRole.X, "k", "Å⁻¹", false),
                new ArrayDefinition("bft", ArrayRole.Y, "χ̃·k^kw", "", false),
                computed("bftwindow", ArrayRole.HIDDEN_1D, "BFT window on r")));
    }

    /** An array computed at a node; drawn only when the user asks, as the original's µd view options do. */
    private static ArrayDefinition computed(String name, ArrayRole role, String label) {
        return new ArrayDefinition(name, role, label, "", true).hiddenByDefault();
    }
}
