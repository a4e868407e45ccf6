package org.parseq.xas.numerics;

/** "make FT" (§4) and "make BFT" (§5). */
public final class FourierTransforms {

    private FourierTransforms() {
    }

    /**
     * Forward transform of k-weighted χ(k).
     *
     * @param krange   the make-chi k range; a null kmax means datakmax
     * @param datakmax k of the last energy point (make chi output)
     * @param dk       the make-chi k step
     */
    public static FtResult makeFt(double[] k, double[] chi, MakeFtParams p, Double[] krange, double datakmax,
            double dk) {
        int n = checkGrid(k, chi, "chi");
        double kmin = krange == null || krange[0] == null ? Double.NaN : krange[0];
        double kmax = krange == null || krange.length < 2 || krange[1] == null ? datakmax : krange[1];
        double width = p.ftWindowProp == null ? 0 : p.ftWindowProp[0];
        double vmin = p.ftWindowProp == null ? 0 : p.ftWindowProp[1];
        double[] window = Windows.window(p.ftWindowKind, k, n, kmin, kmax, width, vmin);
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = chi[i] * window[i];
        }
        if (p.forceFT0) {
            double mean = ArrayMath.trapezoidMean(c, k, n);
            for (int i = 0; i < n; i++) {
                c[i] -= mean;
            }
        }
        double dr = 1.0 / (Fourier.NFFT * (dk / Math.PI));
        int nr = 0;
        while (nr <= Fourier.NFFT / 2 && nr * dr <= p.rmax) {
            nr++;
        }
        double[] re = new double[nr];
        double[] im = new double[nr];
        Fourier.rfft(c, n, nr, re, im);
        double[] r = new double[nr];
        double[] ft = new double[nr];
        double half = dk / 2;
        for (int m = 0; m < nr; m++) {
            r[m] = m * dr;
            re[m] *= half;
            im[m] *= half;
            ft[m] = Math.hypot(re[m], im[m]);
        }
        if (nr > 0) {
            im[0] = 0;
        }
        ArrayMath.checkComputed(ft, nr, "ft");
        return new FtResult(r, ft, re, im, window);
    }

    /** Back transform of the windowed FT onto the k grid of χ, cut to krange. */
    public static BftResult makeBft(double[] k, FtResult ft, MakeBftParams p, Double[] krange, double dk) {
        int n = k.length;
        if (n > Fourier.NFFT) {
            throw new IllegalArgumentException("the k grid has " + n + " points, more than the FFT length "
                    + Fourier.NFFT);
        }
        if (n < 2) {
            throw new IllegalArgumentException("the k grid needs at least 2 points");
        }
        double[] r = ft.r();
        int nr = r.length;
        double rmin = p.bftWindowRange == null ? Double.NaN : p.bftWindowRange[0];
        double rmax = p.bftWindowRange == null ? Double.NaN : p.bftWindowRange[1];
        double[] wr = Windows.window(p.bftWindowKind, r, nr, rmin, rmax, p.bftWindowWidth, 0);
        double[] re = new double[nr];
        double[] im = new double[nr];
        for (int m = 0; m < nr; m++) {
            re[m] = ft.ftr()[m] * wr[m];
            im[m] = ft.fti()[m] * wr[m];
        }
        double[] b = new double[n];
        Fourier.irfft(re, im, nr, b, n);
        double[] fw = ft.ftwindow();
        for (int j = 0; j < n; j++) {
            double w = fw[j] <= 0 ? 1 : fw[j];
            b[j] = b[j] * 2 / (dk * w);
        }
        double mean = ArrayMath.trapezoidMean(b, k, n);
        double kmin = krange == null || krange[0] == null ? 0 : krange[0];
        double kmax = krange == null || krange.length < 2 || krange[1] == null ? Double.POSITIVE_INFINITY : krange[1];
        int count = 0;
        for (int j = 0; j < n; j++) {
            if (k[j] >= kmin && k[j] <= kmax) {
                count++;
            }
        }
        double[] bftk = new double[count];
        double[] bft = new double[count];
        int c = 0;
        for (int j = 0; j < n; j++) {
            if (k[j] >= kmin && k[j] <= kmax) {
                bftk[c] = k[j];
                bft[c++] = b[j] - mean;
            }
        }
        ArrayMath.checkComputed(bft, count, "bft");
        return new BftResult(bftk, bft, wr);
    }

    private static int checkGrid(double[] k, double[] y, String name) {
        if (k == null || y == null || k.length != y.length) {
            throw new IllegalArgumentException("k and " + name + " must be given with equal lengths");
        }
        if (k.length < 2) {
            throw new IllegalArgumentException("the k grid needs at least 2 points");
        }
        ArrayMath.requireFinite(k, k.length, "k");
        ArrayMath.requireFinite(y, y.length, name);
        return k.length;
    }
}
