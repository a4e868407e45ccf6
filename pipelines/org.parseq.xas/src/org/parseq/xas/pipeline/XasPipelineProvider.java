package org.parseq.xas.pipeline;

import java.util.List;

import org.parseq.core.fit.FunctionFitKind;
import org.parseq.core.fit.LinearCombinationFitKind;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.core.registry.PipelineProvider;

/**
 * The XAS pipeline of the original (parseq-behaviour.md §22, xas-algorithms.md §2-5):
 * currents Tr, counts PFY, currents TEY/TFY → µd → χ(k) → FT, χ(r) → BFT, χ̃(k). "make chi"
 * runs within the µd node, so that µd shows the arrays it computes (pre-edge, µ0, ...), and a
 * parameterless transform carries its k and χ on to χ(k). See docs/xas-pipeline.md.
 */
public final class XasPipelineProvider implements PipelineProvider {

    public static final String PIPELINE_ID = "xas";

    @Override
    public String synopsis() {
        return "X-ray absorption: from measured currents to µ(E), χ(k) and its Fourier transforms";
    }

    @Override
    public PipelineDefinition createPipeline() {
        List<TransformDefinition> transforms = List.of(
                TransformDefinition.perItem("make_tr_mu", "make tr mu", XasNodes.CURRENTS_TR, XasNodes.MU, List.of(),
                        List.of("eraw", "i0", "itr", "eref"), List.of("e", "mu", "eref"), XasTransforms::transmission),
                TransformDefinition.perItem("make_pfy_mu", "make PFY mu", XasNodes.COUNTS_PFY, XasNodes.MU, List.of(),
                        List.of("eraw", "i0", "ify", "eref"), List.of("e", "mu", "eref"),
                        XasTransforms::partialFluorescenceYield),
                TransformDefinition.perItem("make_tey_mu", "make TEY mu", XasNodes.CURRENTS_TEY, XasNodes.MU,
                        List.of(), List.of("eraw", "i0", "iey", "eref"), List.of("e", "mu", "eref"),
                        XasTransforms::totalElectronYield),
                TransformDefinition.perItem("make_chi", "make chi", XasNodes.MU, XasNodes.MU,
                        ChiParameters.descriptors(), List.of("e", "mu", "eref"),
                        List.of("e", "mu", "eref", "mu_der", "eref_der", "pre_edge", "post_edge", "norm", "flat",
                                "mu0prior", "mu0", "mu0eknots_x", "mu0eknots_y", "k", "chi", XasNodes.KGRID,
                                "nbinOriginal", "nbinNew", "binDistrNew"),
                        XasTransforms::makeChi),
                TransformDefinition.perItem("chi_of_mu", "χ of make chi", XasNodes.MU, XasNodes.CHI, List.of(),
                        List.of("k", "chi", XasNodes.KGRID), List.of("k", "chi", XasNodes.KGRID),
                        XasTransforms::passChi),
                TransformDefinition.perItem("make_ft", "make FT", XasNodes.CHI, XasNodes.FT, FourierParameters.ft(),
                        List.of("k", "chi", XasNodes.KGRID),
                        List.of("r", "ft", "ftr", "fti", "k", "ftwindow", XasNodes.KGRID), XasTransforms::makeFt),
                TransformDefinition.perItem("make_bft", "make BFT", XasNodes.FT, XasNodes.BFT, FourierParameters.bft(),
                        List.of("r", "ft", "ftr", "fti", "k", "ftwindow", XasNodes.KGRID),
                        List.of("bftk", "bft", "bftwindow"), XasTransforms::makeBft));
        // the original's fits: LCF and function fit of flat µd, EXAFS fit of the BFT
        return new PipelineDefinition(PIPELINE_ID, "XAS", XasNodes.all(), transforms, List.of(
                new LinearCombinationFitKind(XasNodes.MU, "e", "flat", "pre_edge", "post_edge"),
                new FunctionFitKind(XasNodes.MU, "e", "flat"), new ExafsFitKind()));
    }
}
