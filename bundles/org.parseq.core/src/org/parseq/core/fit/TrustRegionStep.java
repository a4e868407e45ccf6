package org.parseq.core.fit;

/**
 * The step minimising ‖J p + f‖ within ‖p‖ ≤ Δ from the SVD of J (Moré's Levenberg–Marquardt
 * parameter search: Newton iterations on ‖p(α)‖ − Δ, safeguarded, stopped at 1 % of Δ).
 */
final class TrustRegionStep {

    private static final double EPS = Math.ulp(1.0);

    record Solution(double[] step, double alpha) {
    }

    private TrustRegionStep() {
    }

    /**
     * @param suf S·Uᵀf = Vᵀ·g (length n)
     * @param s  singular values, descending
     * @param v  V as rows ({@code v[row][column]})
     */
    static Solution solve(int n, int m, double[] suf, double[] s, double[][] v, double delta, double initialAlpha) {
        boolean fullRank = m >= n && s[n - 1] > EPS * m * s[0];
        if (fullRank) {
            double[] coef = new double[n];
            for (int i = 0; i < n; i++) {
                coef[i] = suf[i] / (s[i] * s[i]);
            }
            double[] p = combine(v, coef, -1);
            if (Vectors.norm(p) <= delta) {
                return new Solution(p, 0.0);
            }
        }
        double alphaUpper = Vectors.norm(suf) / delta;
        double alphaLower = 0;
        if (fullRank) {
            double[] phi = phiAndDerivative(0.0, suf, s, delta);
            alphaLower = -phi[0] / phi[1];
        }
        double alpha = !fullRank && initialAlpha == 0
                ? Math.max(0.001 * alphaUpper, Math.sqrt(alphaLower * alphaUpper))
                : initialAlpha;
        for (int it = 0; it < 10; it++) {
            if (alpha < alphaLower || alpha > alphaUpper) {
                alpha = Math.max(0.001 * alphaUpper, Math.sqrt(alphaLower * alphaUpper));
            }
            double[] phi = phiAndDerivative(alpha, suf, s, delta);
            if (phi[0] < 0) {
                alphaUpper = alpha;
            }
            double ratio = phi[0] / phi[1];
            alphaLower = Math.max(alphaLower, alpha - ratio);
            alpha -= (phi[0] + delta) * ratio / delta;
            if (Math.abs(phi[0]) < 0.01 * delta) {
                break;
            }
        }
        double[] coef = new double[n];
        for (int i = 0; i < n; i++) {
            coef[i] = suf[i] / (s[i] * s[i] + alpha);
        }
        double[] p = combine(v, coef, -1);
        double scale = delta / Vectors.norm(p);
        for (int i = 0; i < n; i++) {
            p[i] *= scale;
        }
        return new Solution(p, alpha);
    }

    private static double[] phiAndDerivative(double alpha, double[] suf, double[] s, double delta) {
        double normSq = 0;
        double sum = 0;
        for (int i = 0; i < suf.length; i++) {
            double denom = s[i] * s[i] + alpha;
            double t = suf[i] / denom;
            normSq += t * t;
            sum += suf[i] * suf[i] / (denom * denom * denom);
        }
        double pNorm = Math.sqrt(normSq);
        return new double[] {pNorm - delta, -sum / pNorm};
    }

    /** sign · V·coef. */
    private static double[] combine(double[][] v, double[] coef, double sign) {
        int n = coef.length;
        double[] p = new double[v.length];
        for (int r = 0; r < v.length; r++) {
            double sum = 0;
            for (int c = 0; c < n; c++) {
                sum += v[r][c] * coef[c];
            }
            p[r] = sign * sum;
        }
        return p;
    }
}
