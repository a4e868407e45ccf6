package org.parseq.xas.numerics;

/**
 * "make chi" (§3): µd → χ(k), in the original's order of execution: E0, energy calibration,
 * rebinning, pre-edge, pinhole correction, self-absorption correction, post-edge and edge step, µ0 prior, k grid, µ0, χ,
 * denoising. A pure function of its inputs; the parameters are not modified.
 */
public final class ChiTransform {

    private ChiTransform() {
    }

    /**
     * @param eraw  energies (eV), strictly increasing (the loader sorts and de-duplicates)
     * @param muraw absorption
     * @param eref  optional reference-foil absorption on the same energies, or null
     */
    public static ChiResult makeChi(double[] eraw, double[] muraw, double[] eref, MakeChiParams p) {
        validate(eraw, muraw, eref, p);
        double[] e = eraw.clone();
        double[] mu = muraw.clone();
        double[] erefrb = eref == null ? null : eref.clone();
        double[] der = new double[e.length];
        double[] erefDer = erefrb == null ? null : new double[e.length];
        double e0 = findE0(e, mu, erefrb, p, der, erefDer);

        double eShift = p.eShift;
        if (p.needECalibration) {
            if (p.eCalibrationMethod == 0) {
                eShift = p.eRef - e0;
            } else if (p.eCalibrationMethod != 1) {
                throw new IllegalArgumentException("unknown eCalibrationMethod " + p.eCalibrationMethod);
            }
            EnergyCalibration.apply(e, p.eRef, eShift, p.eShiftKind);
            ArrayMath.requireIncreasing(e, e.length, "calibrated energy");
            e0 = findE0(e, mu, erefrb, p, der, erefDer);
        }

        int[] nbinOriginal = null;
        int[] nbinNew = null;
        int[][] binDistrNew = null;
        if (p.rebinNeeded) {
            Rebinner.Result rb = Rebinner.rebin(e, mu, erefrb, e0, p.rebinRegions);
            e = rb.e();
            mu = rb.mu();
            erefrb = rb.eref();
            nbinOriginal = rb.nbinOriginal();
            nbinNew = rb.nbinNew();
            binDistrNew = rb.binDistrNew();
            der = new double[e.length];
            erefDer = erefrb == null ? null : new double[e.length];
            e0 = findE0(e, mu, erefrb, p, der, erefDer);
        }

        double[] pre = EdgeNormalisation.preEdge(e, mu, e0, p.preedgeWhere, p.preedgeExps, p.e0Method);
        ArrayMath.checkComputed(pre, pre.length, "pre_edge");
        if (p.pinholeCorrectionNeeded) {
            double x = p.pinholeCorrectionDict == null ? 0.5 : p.pinholeCorrectionDict.fraction;
            for (int i = 0; i < mu.length; i++) {
                mu[i] = Math.log(Math.abs((1 - x) / (Math.exp(-mu[i]) - x)));
            }
            ArrayMath.checkComputed(mu, mu.length, "pinhole-corrected mu");
            e0 = findE0(e, mu, erefrb, p, der, erefDer);
            pre = EdgeNormalisation.preEdge(e, mu, e0, p.preedgeWhere, p.preedgeExps, p.e0Method);
            ArrayMath.checkComputed(pre, pre.length, "pre_edge");
        }
        SelfAbsorption.Result selfAbsorption = null;
        if (p.selfAbsorptionCorrectionNeeded) {
            selfAbsorption = SelfAbsorption.correct(e, mu, pre, p.selfAbsorptionCorrectionDict);
            mu = selfAbsorption.mu();
            e0 = findE0(e, mu, erefrb, p, der, erefDer);
            pre = EdgeNormalisation.preEdge(e, mu, e0, p.preedgeWhere, p.preedgeExps, p.e0Method);
            ArrayMath.checkComputed(pre, pre.length, "pre_edge");
        }

        int n = e.length;
        PowerLawFit postLaw = EdgeNormalisation.postEdgeLaw(e, mu, pre, e0, p.postedgeWhere, p.postedgeExps);
        double edgeStep = postLaw.value(e0);
        if (!Double.isFinite(edgeStep) || edgeStep == 0) {
            throw new ArithmeticException("floating-point error: edge step = " + edgeStep);
        }
        double[] post = new double[n];
        double[] norm = new double[n];
        double[] flat = new double[n];
        for (int i = 0; i < n; i++) {
            double g = postLaw.value(e[i]);
            post[i] = g + pre[i];
            norm[i] = (mu[i] - pre[i]) / edgeStep;
            flat[i] = (mu[i] - pre[i]) / (post[i] - pre[i]);
        }
        ArrayMath.checkComputed(post, n, "post_edge");
        ArrayMath.checkComputed(norm, n, "norm");
        ArrayMath.checkComputed(flat, n, "flat");

        double[] prior = Mu0Prior.build(e, mu, pre, post, e0, p);
        ArrayMath.checkComputed(prior, n, "mu0prior");

        double datakmax = Math.sqrt(Math.abs(e[n - 1] - e0) * ArrayMath.C);
        Double kmaxParam = p.krange != null && p.krange.length > 1 ? p.krange[1] : null;
        double kmax = kmaxParam != null && kmaxParam != 0 ? Math.min(kmaxParam, datakmax) : datakmax;
        if (p.krange == null || p.krange[0] == null) {
            throw new IllegalArgumentException("krange[0] (kmin) must be given");
        }
        if (!(p.dk > 0)) {
            throw new IllegalArgumentException("dk must be positive, got " + p.dk);
        }
        double[] k = ArrayMath.seq(p.krange[0], kmax + p.dk / 2, p.dk);
        if (k.length < 2) {
            throw new IllegalArgumentException("the k grid from " + p.krange[0] + " to " + kmax + " is empty");
        }

        Mu0Background.Result bg = Mu0Background.compute(e, mu, prior, pre, e0, kmax, k, p);
        double[] mu0 = bg.mu0();
        ArrayMath.checkComputed(mu0, n, "mu0");
        double[] chi = ChiExtraction.chi(e, mu, mu0, pre, e0, k, p.kw);
        Double noiseLevel = null;
        if (p.denoiseNeeded) {
            double[] d = ButterworthDenoiser.filtfilt(chi, p.denoiseOrder,
                    2 * p.denoiseFrequency * k[k.length - 1] / k.length);
            double num = 0;
            double den = 0;
            for (int i = 0; i < chi.length; i++) {
                double r = chi[i] - d[i];
                num += r * r;
                den += d[i] * d[i];
            }
            noiseLevel = Math.sqrt(num / den);
            chi = d;
        }
        ArrayMath.checkComputed(chi, chi.length, "chi");
        return new ChiResult(e, mu, der, erefrb, erefDer, pre, post, norm, flat, prior, mu0, bg.knotsX(), bg.knotsY(), k,
                chi, e0, edgeStep, datakmax, eShift, nbinOriginal, nbinNew, binDistrNew, noiseLevel, selfAbsorption);
    }

    /** §3.1 on the current arrays; der and erefDer (if eref exists) receive the derivatives. */
    private static double findE0(double[] e, double[] mu, double[] eref, MakeChiParams p, double[] der,
            double[] erefDer) {
        int n = e.length;
        EdgeFinder.derivative(e, mu, n, p.e0Smooth, p.e0SmoothN, der);
        double[] searched = der;
        if (eref != null) {
            EdgeFinder.derivative(e, eref, n, p.e0Smooth, p.e0SmoothN, erefDer);
            if (p.useERefCurve) {
                searched = erefDer;
            }
        }
        try {
            return EdgeFinder.findE0(e, searched, n, p.e0Where, p.e0Method);
        } catch (IllegalArgumentException problem) {
            // the finder knows the window, not which parameters made it: name them for the user
            throw new IllegalArgumentException("E0 search with e0Where = " + java.util.Arrays.toString(p.e0Where)
                    + " (fractions of the energy range) and e0Method " + p.e0Method + ": " + problem.getMessage(),
                    problem);
        }
    }

    private static void validate(double[] e, double[] mu, double[] eref, MakeChiParams p) {
        if (p == null) {
            throw new IllegalArgumentException("make chi parameters are missing");
        }
        if (e == null || mu == null) {
            throw new IllegalArgumentException("energy and mu arrays are required");
        }
        if (e.length != mu.length) {
            throw new IllegalArgumentException("energy and mu differ in length: " + e.length + " vs " + mu.length);
        }
        if (e.length < 10) {
            throw new IllegalArgumentException("make chi needs at least 10 energy points, got " + e.length);
        }
        ArrayMath.requireFinite(e, e.length, "energy");
        ArrayMath.requireFinite(mu, mu.length, "mu");
        ArrayMath.requireIncreasing(e, e.length, "energy");
        if (eref != null) {
            if (eref.length != e.length) {
                throw new IllegalArgumentException("eref and energy differ in length");
            }
            ArrayMath.requireFinite(eref, eref.length, "eref");
        }
    }
}
