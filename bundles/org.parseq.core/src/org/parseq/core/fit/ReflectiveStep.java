package org.parseq.core.fit;

/**
 * Choice of the step of the trust-region reflective method when the trust-region step
 * leaves the bounds: the best, by the quadratic model, of the step cut at the bound (pulled
 * strictly inside by θ), its reflection at the bound, and the scaled steepest-descent step.
 * All "h" quantities are in the scaled variables (x = d·x̂).
 */
final class ReflectiveStep {

    record Choice(double[] step, double[] scaledStep, double predictedReduction) {
    }

    private ReflectiveStep() {
    }

    static Choice select(double[] x, double[][] jH, double[] diagH, double[] gH, double[] p, double[] pH,
            double[] d, double delta, double[] lb, double[] ub, double theta) {
        int n = x.length;
        double[] trial = new double[n];
        for (int i = 0; i < n; i++) {
            trial[i] = x[i] + p[i];
        }
        if (BoundSteps.inBounds(trial, lb, ub)) {
            return new Choice(p, pH, -quadratic(jH, gH, pH, diagH));
        }
        int[] hits = new int[n];
        double pStride = BoundSteps.stepToBound(x, p, lb, ub, hits);
        double[] rH = pH.clone();
        for (int i = 0; i < n; i++) {
            if (hits[i] != 0) {
                rH[i] = -rH[i];
            }
        }
        double[] r = new double[n];
        double[] onBound = new double[n];
        double[] pCut = new double[n];
        double[] pHCut = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = d[i] * rH[i];
            pCut[i] = p[i] * pStride;
            pHCut[i] = pH[i] * pStride;
            onBound[i] = x[i] + pCut[i];
        }
        double toTr = intersectTrustRegion(pHCut, rH, delta);
        double toBound = BoundSteps.stepToBound(onBound, r, lb, ub, null);
        double rStride = Math.min(toBound, toTr);
        double rStrideL;
        double rStrideU;
        if (rStride > 0) {
            rStrideL = (1 - theta) * pStride / rStride;
            rStrideU = rStride == toBound ? theta * toBound : toTr;
        } else {
            rStrideL = 0;
            rStrideU = -1;
        }
        double rValue = Double.POSITIVE_INFINITY;
        double[] rStep = r;
        if (rStrideL <= rStrideU) {
            double[] abc = quadratic1d(jH, gH, rH, pHCut, diagH);
            double[] tv = minimize1d(abc[0], abc[1], rStrideL, rStrideU, abc[2]);
            rValue = tv[1];
            rStep = new double[n];
            for (int i = 0; i < n; i++) {
                rH[i] = rH[i] * tv[0] + pHCut[i];
                rStep[i] = rH[i] * d[i];
            }
        }
        for (int i = 0; i < n; i++) {
            pCut[i] *= theta;
            pHCut[i] *= theta;
        }
        double pValue = quadratic(jH, gH, pHCut, diagH);
        double[] agH = new double[n];
        double[] ag = new double[n];
        for (int i = 0; i < n; i++) {
            agH[i] = -gH[i];
            ag[i] = d[i] * agH[i];
        }
        double agToTr = delta / Vectors.norm(agH);
        double agToBound = BoundSteps.stepToBound(x, ag, lb, ub, null);
        double agStride = agToBound < agToTr ? theta * agToBound : agToTr;
        double[] ab = quadratic1d(jH, gH, agH, null, diagH);
        double[] tv = minimize1d(ab[0], ab[1], 0, agStride, 0);
        double agValue = tv[1];
        for (int i = 0; i < n; i++) {
            agH[i] *= tv[0];
            ag[i] *= tv[0];
        }
        if (pValue < rValue && pValue < agValue) {
            return new Choice(pCut, pHCut, -pValue);
        } else if (rValue < pValue && rValue < agValue) {
            return new Choice(rStep, rH, -rValue);
        }
        return new Choice(ag, agH, -agValue);
    }

    /** ½‖J s‖² + ½ sᵀdiag s + gᵀs. */
    static double quadratic(double[][] j, double[] g, double[] s, double[] diag) {
        double[] js = Vectors.times(j, s);
        double q = Vectors.dot(js, js);
        for (int i = 0; i < s.length; i++) {
            q += s[i] * diag[i] * s[i];
        }
        return 0.5 * q + Vectors.dot(s, g);
    }

    /** Coefficients a, b, c of the model along s0 + t·s as a t² + b t + c (c = 0 without s0). */
    private static double[] quadratic1d(double[][] j, double[] g, double[] s, double[] s0, double[] diag) {
        double[] v = Vectors.times(j, s);
        double a = Vectors.dot(v, v);
        for (int i = 0; i < s.length; i++) {
            a += s[i] * diag[i] * s[i];
        }
        a *= 0.5;
        double b = Vectors.dot(g, s);
        double c = 0;
        if (s0 != null) {
            double[] u = Vectors.times(j, s0);
            b += Vectors.dot(u, v);
            c = 0.5 * Vectors.dot(u, u) + Vectors.dot(g, s0);
            for (int i = 0; i < s.length; i++) {
                b += s0[i] * diag[i] * s[i];
                c += 0.5 * s0[i] * diag[i] * s0[i];
            }
        }
        return new double[] {a, b, c};
    }

    /** Minimum of a t² + b t + c over [lo, hi]: {t, value}; ties go to the first of lo, hi, extremum. */
    private static double[] minimize1d(double a, double b, double lo, double hi, double c) {
        double[] t = {lo, hi, Double.NaN};
        int count = 2;
        if (a != 0) {
            double extremum = -0.5 * b / a;
            if (lo < extremum && extremum < hi) {
                t[count++] = extremum;
            }
        }
        double bestT = t[0];
        double best = t[0] * (a * t[0] + b) + c;
        for (int i = 1; i < count; i++) {
            double y = t[i] * (a * t[i] + b) + c;
            if (y < best) {
                best = y;
                bestT = t[i];
            }
        }
        return new double[] {bestT, best};
    }

    /** The positive t where ‖x + t s‖ = Δ (x inside the region). */
    private static double intersectTrustRegion(double[] x, double[] s, double delta) {
        double a = Vectors.dot(s, s);
        if (a == 0) {
            throw new ArithmeticException("reflective step: zero direction");
        }
        double b = Vectors.dot(x, s);
        double c = Vectors.dot(x, x) - delta * delta;
        double disc = Math.sqrt(b * b - a * c);
        double q = -(b + Math.copySign(disc, b));
        double t1 = q / a;
        double t2 = c / q;
        return Math.max(t1, t2);
    }
}
