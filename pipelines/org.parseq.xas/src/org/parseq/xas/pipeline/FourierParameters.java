package org.parseq.xas.pipeline;

import static org.parseq.xas.pipeline.ParameterLists.list;
import static org.parseq.xas.pipeline.ParameterLists.realList;

import java.util.List;

import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.TransformContext;
import org.parseq.xas.numerics.MakeBftParams;
import org.parseq.xas.numerics.MakeFtParams;

/** The parameters of "make FT" and "make BFT" (xas-algorithms.md §4, §5), named as in the original. */
final class FourierParameters {

    static final List<String> WINDOW_KINDS = List.of("none", "box", "linear-tapered", "cosine-tapered",
            "Gaussian-tapered");

    private FourierParameters() {
    }

    static List<ParameterDescriptor> ft() {
        MakeFtParams d = new MakeFtParams();
        return List.of(
                ParameterDescriptor.choice("ftWindowKind", d.ftWindowKind, WINDOW_KINDS, "Window of χ before the FT."),
                realList("ftWindowProp", list(d.ftWindowProp), "",
                        "Taper width (Å⁻¹) and window value at the ends."),
                ParameterLists.real("rmax", d.rmax, "Å", 0, 1000, 0.1, "r cut of the stored FT."),
                ParameterDescriptor.bool("forceFT0", d.forceFT0, "Subtract the mean of the windowed χ before the FT."));
    }

    static List<ParameterDescriptor> bft() {
        MakeBftParams d = new MakeBftParams();
        return List.of(
                ParameterDescriptor.choice("bftWindowKind", d.bftWindowKind, WINDOW_KINDS, "Window of the FT on r."),
                realList("bftWindowRange", list(d.bftWindowRange), "Å",
                        "r window [rmin, rmax]; empty (null in the original's files): 1 everywhere."),
                ParameterLists.real("bftWindowWidth", d.bftWindowWidth, "Å", 0, 100, 0.05, "Taper width."));
    }

    static MakeFtParams ftFrom(TransformContext item) {
        MakeFtParams p = new MakeFtParams();
        p.ftWindowKind = item.text("ftWindowKind");
        p.ftWindowProp = ParameterLists.reals(item.reals("ftWindowProp"), 2, "ftWindowProp");
        p.rmax = item.real("rmax");
        p.forceFT0 = item.bool("forceFT0");
        return p;
    }

    static MakeBftParams bftFrom(TransformContext item) {
        MakeBftParams p = new MakeBftParams();
        p.bftWindowKind = item.text("bftWindowKind");
        p.bftWindowRange = ParameterLists.realsOrNull(item.reals("bftWindowRange"), 2, "bftWindowRange");
        p.bftWindowWidth = item.real("bftWindowWidth");
        return p;
    }
}
