package org.parseq.xas.numerics;

/** Parameters of "make BFT" (§5), named and defaulted as in the original. */
public final class MakeBftParams {
    /** none, box, linear-tapered, cosine-tapered, Gaussian-tapered. */
    public String bftWindowKind = "box";
    /** [rmin, rmax] (Å); null means a window of 1 everywhere. */
    public double[] bftWindowRange = {0.5, 2.5};
    public double bftWindowWidth = 0.5;

    public MakeBftParams copy() {
        MakeBftParams p = new MakeBftParams();
        p.bftWindowKind = bftWindowKind;
        p.bftWindowRange = bftWindowRange == null ? null : bftWindowRange.clone();
        p.bftWindowWidth = bftWindowWidth;
        return p;
    }
}
