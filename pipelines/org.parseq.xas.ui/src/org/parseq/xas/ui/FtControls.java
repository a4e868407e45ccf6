package org.parseq.xas.ui;

/** The controls of "make FT": the window on χ(k) before the transform and the r range kept. */
public final class FtControls extends SectionControls {

    @Override
    Fields build(Fields f) {
        return f.section("FT window")
                .options("ftWindowKind", "window", "Shape of the window on χ(k) over the k range of make chi",
                        "none", "box", "linear-tapered", "cosine-tapered", "Gaussian-tapered")
                .pair("ftWindowProp", "taper, end value", "and", "Å⁻¹",
                        "Width of the tapers in Å⁻¹ and the window's value at the ends of the k range; the window is "
                                + "drawn on the χ(k) plot", null, false)
                .field("rmax", "r max", "Å", "The FT is kept up to this r, in Å")
                .check("forceFT0", "subtract the mean", "Subtract the mean of the windowed χ before the FT");
    }
}
