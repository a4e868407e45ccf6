package org.parseq.xas.pipeline;

import java.util.Arrays;

import org.parseq.core.pipeline.TransformContext;
import org.parseq.xas.numerics.BftResult;
import org.parseq.xas.numerics.ChiResult;
import org.parseq.xas.numerics.ChiTransform;
import org.parseq.xas.numerics.EntryTransforms;
import org.parseq.xas.numerics.FourierTransforms;
import org.parseq.xas.numerics.FtResult;
import org.parseq.xas.numerics.MakeChiParams;

/** The computations of the XAS pipeline's transforms; stateless, so items run in parallel. */
final class XasTransforms {

    private XasTransforms() {
    }

    static void transmission(TransformContext item) {
        enterMu(item, EntryTransforms.transmission(item.input("i0"), item.input("itr")));
    }

    static void partialFluorescenceYield(TransformContext item) {
        enterMu(item, EntryTransforms.partialFluorescenceYield(item.input("i0"), item.input("ify")));
    }

    static void totalElectronYield(TransformContext item) {
        enterMu(item, EntryTransforms.totalElectronYield(item.input("i0"), item.input("iey")));
    }

    private static void enterMu(TransformContext item, double[] mu) {
        item.output("e", item.input("eraw"));
        item.output("mu", mu);
        item.optionalInput("eref").ifPresent(eref -> item.output("eref", eref));
    }

    /**
     * "make chi" within the µd node: replaces e, mu and eref by their calibrated and rebinned
     * versions, adds the computed µd arrays, and keeps k and χ hidden for the χ(k) node.
     */
    static void makeChi(TransformContext item) {
        MakeChiParams p = ChiParameters.from(item);
        ChiResult r = ChiTransform.makeChi(item.input("e"), item.input("mu"), item.optionalInput("eref").orElse(null), p);
        item.output("e", r.e());
        item.output("mu", r.mu());
        item.output("mu_der", r.muDer());
        if (r.erefrb() != null) {
            item.output("eref", r.erefrb());
            item.output("eref_der", r.erefDer());
        }
        item.output("pre_edge", r.preEdge());
        item.output("post_edge", r.postEdge());
        item.output("norm", r.norm());
        item.output("flat", r.flat());
        item.output("mu0prior", r.mu0prior());
        item.output("mu0", r.mu0());
        if (r.mu0eknotsX() != null) {
            item.output("mu0eknots_x", r.mu0eknotsX());
            item.output("mu0eknots_y", r.mu0eknotsY());
        }
        item.output("k", r.k());
        item.output("chi", r.chi());
        Double kmax = p.krange.length > 1 ? p.krange[1] : null;
        item.output(XasNodes.KGRID, new KGrid(p.krange[0], kmax, p.dk, r.datakmax()).toArray());
        if (r.nbinOriginal() != null) {
            item.output("nbinOriginal", toReals(r.nbinOriginal()));
            item.output("nbinNew", toReals(r.nbinNew()));
            item.output("binDistrNew", toReals(Arrays.stream(r.binDistrNew()).flatMapToInt(Arrays::stream).toArray()));
        }
        item.outputScalar("e0", r.e0());
        item.outputScalar("edgeStep", r.edgeStep());
        item.outputScalar("edgeJump", r.edgeStep());
        item.outputScalar("datakmax", r.datakmax());
        item.outputScalar("eShift", r.eShift());
        if (r.noiseLevel() != null) {
            item.outputScalar("noiseLevel", r.noiseLevel());
        }
        if (r.selfAbsorption() != null) {
            // The original shows these as text (corrJumpStr, corrChemFormulaM); scalars are numbers.
            item.outputScalar("corrJump", r.selfAbsorption().jump());
            item.outputScalar("corrChemFormulaM", Double.parseDouble(r.selfAbsorption().molarMass()));
        }
    }

    /** µd → χ(k): make chi ran within µd; this carries its k and χ on. */
    static void passChi(TransformContext item) {
        item.output("k", item.input("k"));
        item.output("chi", item.input("chi"));
        item.output(XasNodes.KGRID, item.input(XasNodes.KGRID));
    }

    static void makeFt(TransformContext item) {
        double[] k = item.input("k");
        KGrid grid = KGrid.of(item.optionalInput(XasNodes.KGRID), k);
        FtResult ft = FourierTransforms.makeFt(k, item.input("chi"), FourierParameters.ftFrom(item), grid.krange(),
                grid.datakmax(), grid.dk());
        item.output("r", ft.r());
        item.output("ft", ft.ft());
        item.output("ftr", ft.ftr());
        item.output("fti", ft.fti());
        item.output("k", k);
        item.output("ftwindow", ft.ftwindow());
        item.output(XasNodes.KGRID, grid.toArray());
    }

    static void makeBft(TransformContext item) {
        double[] k = item.optionalInput("k").orElseThrow(() -> new IllegalArgumentException(
                "make BFT needs the k grid of the transformed χ (hidden arrays k and ftwindow of the FT node);"
                        + " FT data loaded from a file lack them"));
        double[] ftwindow = item.optionalInput("ftwindow").orElseGet(() -> ones(k.length));
        KGrid grid = KGrid.of(item.optionalInput(XasNodes.KGRID), k);
        FtResult ft = new FtResult(item.input("r"), item.input("ft"), item.input("ftr"), item.input("fti"), ftwindow);
        BftResult bft = FourierTransforms.makeBft(k, ft, FourierParameters.bftFrom(item), grid.krange(), grid.dk());
        item.output("bftk", bft.bftk());
        item.output("bft", bft.bft());
        item.output("bftwindow", bft.bftwindow());
    }

    private static double[] toReals(int[] values) {
        return Arrays.stream(values).asDoubleStream().toArray();
    }

    private static double[] ones(int length) {
        double[] out = new double[length];
        Arrays.fill(out, 1);
        return out;
    }
}
