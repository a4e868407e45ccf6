package org.parseq.xas.ui;

/** The controls of "make BFT": the window on the FT, in r, before the back transform. */
public final class BftControls extends SectionControls {

    @Override
    Fields build(Fields f) {
        return f.section("BFT window")
                .options("bftWindowKind", "window", "Shape of the window on the FT in r",
                        "none", "box", "linear-tapered", "cosine-tapered", "Gaussian-tapered")
                .pair("bftWindowRange", "r range", "Å",
                        "r window from r_min to r_max in Å; both empty: no window (1 everywhere); drawn on the FT plot",
                        null, true)
                .field("bftWindowWidth", "taper width", "Å", "Width of the window's tapers, in Å");
    }
}
