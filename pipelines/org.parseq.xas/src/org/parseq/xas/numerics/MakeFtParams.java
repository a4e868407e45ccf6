package org.parseq.xas.numerics;

/** Parameters of "make FT" (§4), named and defaulted as in the original. */
public final class MakeFtParams {
    /** none, box, linear-tapered, cosine-tapered, Gaussian-tapered. */
    public String ftWindowKind = "box";
    /** [taper width (Å⁻¹), window value at the ends]. */
    public double[] ftWindowProp = {1.5, 0.05};
    public double rmax = 8.2;
    public boolean forceFT0 = true;

    public MakeFtParams copy() {
        MakeFtParams p = new MakeFtParams();
        p.ftWindowKind = ftWindowKind;
        p.ftWindowProp = ftWindowProp == null ? null : ftWindowProp.clone();
        p.rmax = rmax;
        p.forceFT0 = forceFT0;
        return p;
    }
}
