package org.parseq.xas.numerics;

import java.util.Arrays;

/** FT and BFT windows (§4.2); the same function serves both (the BFT with vmin = 0). */
public final class Windows {

    private static final double TINY_WIDTH = 1e-12;

    private Windows() {
    }

    /**
     * Window values at x.
     *
     * @param kind none, box, linear-tapered, cosine-tapered or Gaussian-tapered
     * @param xmin lower limit, NaN for missing (→ 1 everywhere)
     * @param xmax upper limit, NaN for missing (→ 1 everywhere)
     * @param width taper width
     * @param vmin window value at the ends
     */
    public static double[] window(String kind, double[] x, int n, double xmin, double xmax, double width, double vmin) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        String k = kind == null ? "none" : kind;
        if (k.equals("none") || Double.isNaN(xmin) || Double.isNaN(xmax)) {
            return w;
        }
        if (k.equals("box")) {
            for (int i = 0; i < n; i++) {
                w[i] = x[i] >= xmin && x[i] <= xmax ? 1 : 0;
            }
            return w;
        }
        double v0 = vmin >= 0 && vmin <= 1 ? vmin : 0;
        boolean leftLobe = false;
        boolean rightLobe = false;
        switch (k) {
            case "linear-tapered" -> {
                if (width > TINY_WIDTH) {
                    for (int i = 0; i < n; i++) {
                        double dl = x[i] - xmin;
                        if (dl >= 0 && dl <= width) {
                            w[i] = (1 - vmin) / width * dl + vmin;
                            leftLobe = true;
                        }
                    }
                    for (int i = 0; i < n; i++) {
                        double dr = xmax - x[i];
                        if (dr >= 0 && dr <= width) {
                            w[i] = (1 - vmin) / width * dr + vmin;
                            rightLobe = true;
                        }
                    }
                }
            }
            case "cosine-tapered" -> {
                if (width > TINY_WIDTH) {
                    for (int i = 0; i < n; i++) {
                        double dl = x[i] - xmin;
                        if (dl >= 0 && dl <= width) {
                            w[i] = 0.5 * (1 - Math.cos(Math.PI * dl / width)) * (1 - v0) + v0;
                            leftLobe = true;
                        }
                    }
                    for (int i = 0; i < n; i++) {
                        double dr = xmax - x[i];
                        if (dr >= 0 && dr <= width) {
                            w[i] = 0.5 * (1 - Math.cos(Math.PI * dr / width)) * (1 - v0) + v0;
                            rightLobe = true;
                        }
                    }
                }
            }
            case "Gaussian-tapered" -> {
                if (width > TINY_WIDTH && v0 >= 1e-3) {
                    double sigma2 = width * width / (2 * Math.abs(Math.log(v0)));
                    for (int i = 0; i < n; i++) {
                        double dl = x[i] - xmin;
                        if (dl >= 0 && dl <= width) {
                            double u = x[i] - xmin - width;
                            w[i] = Math.exp(-u * u / (2 * sigma2));
                            leftLobe = true;
                        }
                    }
                    for (int i = 0; i < n; i++) {
                        double dr = xmax - x[i];
                        if (dr >= 0 && dr <= width) {
                            double u = xmax - width - x[i];
                            w[i] = Math.exp(-u * u / (2 * sigma2));
                            rightLobe = true;
                        }
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown window kind '" + kind + "'");
        }
        for (int i = 0; i < n; i++) {
            if (x[i] < xmin && leftLobe) {
                w[i] = vmin;
            } else if (x[i] > xmax && rightLobe) {
                w[i] = vmin;
            }
        }
        return w;
    }
}
