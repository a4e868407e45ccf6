package org.parseq.xas.xray;

/**
 * The absorption edge XAFSmass (1.8) finds in an element's f2 table near an energy E, with its
 * Victoreen pre-edge law. Reproduced step by step because the self-absorption correction of the
 * original depends on every choice made here:
 * <ul>
 * <li>the table rows strictly inside (E − back, E + forward) are searched, back = 250 eV and
 * forward = 50 eV at first; the last rise of f2 in that window is the edge (its upper row the
 * "post-edge" row); without any rise the window grows forward by 50 eV, with a rise at the
 * window's first row it grows backward by 50 eV; at most 50 tries;</li>
 * <li>the pre-edge row is the one after the last fall of f2 before the post-edge row (else the
 * row just before it); the straight line through that row and the row before it, taken at the
 * post-edge energy, is the background: the jump of f2 is the post-edge f2 minus it;</li>
 * <li>σ at the post-edge row, σ = f2·4.208e7/E, replaces σ(E) of the element whenever an edge row
 * was found (even one far above E);</li>
 * <li>the Victoreen law c·E⁻³ + d·E⁻⁴ is fitted (least squares) to σ of the three table rows whose
 * indices are those of the pre-edge row and the two before it counted in the search window but
 * applied to the whole table (as XAFSmass does; with Python's negative-index slicing).</li>
 * </ul>
 *
 * @param dSigma    Δσ (cm²/mol): the jump of f2 times 4.208e7/E at the post-edge row; 0 without edge
 * @param f2Jump    the jump of f2
 * @param sigmaPost σ at the post-edge row, 0 if no edge row was found
 * @param victoreenC Victoreen c (NaN without edge)
 * @param victoreenD Victoreen d (NaN without edge)
 */
public record EdgeStep(double dSigma, double f2Jump, double sigmaPost, double victoreenC, double victoreenD) {

    private static final double STEP = 50;
    private static final int MAX_TRIES = 50;

    /** An edge was found: f2 jumps up. */
    public boolean hasEdge() {
        return f2Jump > 0;
    }

    /** Searches the table of {@code element} around {@code energy}. */
    public static EdgeStep near(double energy, ElementF2 element) {
        double[] te = element.energy();
        double[] tf = element.f2();
        double back = 250;
        double forward = 50;
        double dSigma = 0;
        double f2Jump = 0;
        double sigmaPost = 0;
        int iEdge = 0;
        int iPostEdge = 0;
        int tries = 0;
        while (tries < MAX_TRIES && iPostEdge < 2 && iEdge < 1) {
            int first = -1;
            int count = 0;
            for (int i = 0; i < te.length; i++) {
                if (energy - back < te[i] && te[i] < energy + forward) {
                    if (first < 0) {
                        first = i;
                    }
                    count++;
                }
            }
            int lastRise = -1;
            for (int i = 0; i + 1 < count; i++) {
                if (tf[first + i + 1] - tf[first + i] > 0) {
                    lastRise = i;
                }
            }
            if (lastRise >= 0) {
                iPostEdge = lastRise + 1;
                if (iPostEdge < 2) {
                    back += STEP;
                    tries++;
                    continue;
                }
                int lastFall = -1;
                for (int i = 0; i + 1 < count && i < iPostEdge; i++) {
                    if (tf[first + i + 1] - tf[first + i] < 0) {
                        lastFall = i;
                    }
                }
                iEdge = lastFall >= 0 ? lastFall + 1 : iPostEdge - 1;
                double x1 = te[first + iEdge - 1];
                double x2 = te[first + iEdge];
                double y1 = tf[first + iEdge - 1];
                double y2 = tf[first + iEdge];
                if (x2 == x1) {
                    throw new ArithmeticException("the f2 table of " + element.symbol()
                            + " repeats the energy " + x1 + " eV just below its edge");
                }
                double slope = (y2 - y1) / (x2 - x1);
                double intercept = -(y2 * x1 - y1 * x2) / (x2 - x1);
                double ePost = te[first + iPostEdge];
                double background = slope * ePost + intercept;
                f2Jump = tf[first + iPostEdge] - background;
                double toSigma = ElementF2.CROSS_SECTION / ePost;
                dSigma = f2Jump * toSigma;
                sigmaPost = tf[first + iPostEdge] * toSigma;
            }
            forward += STEP;
            tries++;
        }
        if (f2Jump > 0) {
            double[] cd = victoreen(te, tf, iEdge - 2, iEdge);
            return new EdgeStep(dSigma, f2Jump, sigmaPost, cd[0], cd[1]);
        }
        return new EdgeStep(dSigma, f2Jump, sigmaPost, Double.NaN, Double.NaN);
    }

    /** Least-squares c, d of σ = c·E⁻³ + d·E⁻⁴ over table rows [start, end] (Python slice rules). */
    private static double[] victoreen(double[] te, double[] tf, int start, int end) {
        int n = te.length;
        int from = start < 0 ? Math.max(start + n, 0) : Math.min(start, n);
        int to = Math.min(end + 1, n);
        double sum6 = 0;
        double sum7 = 0;
        double sum8 = 0;
        double ysum1 = 0;
        double ysum2 = 0;
        for (int i = from; i < to; i++) {
            double b = Math.log(te[i]);
            double a = tf[i] * ElementF2.CROSS_SECTION / te[i];
            sum6 += Math.exp(-6 * b);
            sum7 += Math.exp(-7 * b);
            sum8 += Math.exp(-8 * b);
            ysum1 += a * Math.exp(-3 * b);
            ysum2 += a * Math.exp(-4 * b);
        }
        double det = sum6 * sum8 - sum7 * sum7;
        if (det == 0) {
            return new double[] {0, 0};
        }
        return new double[] {(sum8 * ysum1 - sum7 * ysum2) / det, (-sum7 * ysum1 + sum6 * ysum2) / det};
    }
}
