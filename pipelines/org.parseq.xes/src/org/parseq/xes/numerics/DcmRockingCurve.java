package org.parseq.xes.numerics;

import org.hipparchus.complex.Complex;

/**
 * The rocking curve of a double-crystal monochromator (DCM) of Si(hkl) that selected the
 * energy of an elastic scan: the σ-polarised reflectivity of a thick perfect crystal by the
 * dynamical theory of diffraction (Belyakov &amp; Dmitrienko), scanned in energy at the Bragg angle
 * corrected for refraction, convolved with itself for the two crystals. Its FWHM is the
 * energy spread of the incident beam, which the width of an elastic line contains.
 * <p>
 * Written by hand: no library here does X-ray crystal optics. The data follow xrt's
 * CrystalSi: lattice constant 5.430710 Å at 19.9 °C expanded to 24 °C after Swenson (J. Phys.
 * Chem. Ref. Data 12 (1983) 179), f0 from Kissel's form factors as parametrised in DABAX
 * f0_xop.dat, f′ and f″ (total) from Chantler's tables (NIST FFAST), no Debye–Waller damping.
 */
public final class DcmRockingCurve {

    /** The energy window of the curve, eV, and its points, as the original computes it. */
    public static final double BAND = 40;
    public static final int POINTS = 201;

    private static final double PI = 3.1415926535897932384626433832795;
    private static final double PI2 = 6.283185307179586476925286766559;
    /** hc in eV·Å from h, c and the eV as xrt defines them. */
    private static final double CH = 6.626069573e-27 * 2.99792458e10 / 1.602176565e-12 * 1e8;
    /** The classical electron radius, Å. */
    private static final double R0 = 2.817940285e-5;
    private static final int Z_SI = 14;
    private static final double[] F0_SI = {4.98816795, 3.35710271, 1.50292204, 1.22172882, 2.76143663, 0.15142442,
        2.53600438, 29.97580504, 0.08254945, 88.73513838, 1.16712390};

    private final int[] hkl;
    private final double d;
    private final double chiToF;

    /**
     * @param h,k,l Miller indices of a reflection allowed in the diamond structure
     * @throws IllegalArgumentException for a forbidden reflection
     */
    public DcmRockingCurve(int h, int k, int l) {
        this.hkl = new int[] {h, k, l};
        int odd = Math.floorMod(h, 2) + Math.floorMod(k, 2) + Math.floorMod(l, 2);
        boolean allEvenOrOdd = odd == 0 || odd == 3;
        if (!allEvenOrOdd || odd == 0 && Math.floorMod(h + k + l, 4) != 0) {
            throw new IllegalArgumentException("Si(" + h + k + l + ") is forbidden in the diamond structure");
        }
        double sqrtHkl2 = Math.sqrt(h * h + k * k + l * l);
        double a = 5.430710 * (elongation(297.15) - elongation(273.15 + 19.9) + 1);
        this.d = a / sqrtHkl2;
        double volume = Math.pow(d * sqrtHkl2, 3);
        this.chiToF = -R0 / PI / volume;
    }

    /** A crystal by the original's name, Si111 or Si311; null for another name. */
    public static DcmRockingCurve named(String crystal) {
        return switch (crystal.strip()) {
            case "Si111" -> new DcmRockingCurve(1, 1, 1);
            case "Si311" -> new DcmRockingCurve(3, 1, 1);
            default -> null;
        };
    }

    /** The lattice spacing d of the reflection, Å. */
    public double spacing() {
        return d;
    }

    /** Relative elongation of silicon at t (K), Swenson's parametrisation as xrt uses it. */
    private static double elongation(double t) {
        if (t >= 0.0 && t < 30.0) {
            return -2.154537e-004;
        } else if (t >= 30.0 && t < 130.0) {
            return -2.303956e-014 * Math.pow(t, 4) + 7.834799e-011 * Math.pow(t, 3) - 1.724143e-008 * t * t
                    + 8.396104e-007 * t - 2.276144e-004;
        } else if (t >= 130.0 && t < 293.0) {
            return -1.223001e-011 * Math.pow(t, 3) + 1.532991e-008 * t * t - 3.263667e-006 * t - 5.217231e-005;
        } else if (t >= 293.0 && t <= 1000.0) {
            return -1.161022e-012 * Math.pow(t, 3) + 3.311476e-009 * t * t + 1.124129e-006 * t - 5.844535e-004;
        }
        throw new IllegalArgumentException("no thermal expansion of Si known at " + t + " K");
    }

    /**
     * The two-crystal rocking curve around E.
     *
     * @param energy the energy the DCM was set to, eV
     * @return energies E − 20 … E + 20 eV ({@link #POINTS} points) and the curve, of unit area
     *         per eV step (scale it to show it beside a spectrum)
     */
    public Spectrum curve(double energy) {
        double[] e = new double[POINTS];
        double step = BAND / (POINTS - 1);
        for (int i = 0; i < POINTS; i++) {
            e[i] = energy + (i == POINTS - 1 ? BAND / 2 : i * step - BAND / 2);
        }
        double thetaB = braggAngle(energy);
        double dTheta = chi0(energy).getReal() / Math.sin(2 * thetaB);
        double sinTheta0 = Math.sin(thetaB - dTheta);
        double[] reflectivity = new double[POINTS];
        double total = 0;
        for (int i = 0; i < POINTS; i++) {
            reflectivity[i] = reflectivity(e[i], sinTheta0);
            total += reflectivity[i];
        }
        double[] twoCrystals = new double[POINTS];
        int half = (POINTS - 1) / 2;
        for (int i = 0; i < POINTS; i++) {
            double sum = 0;
            // numpy's convolve(r, r, 'same'): the full convolution's middle POINTS values
            int n = i + half;
            for (int j = Math.max(0, n - POINTS + 1); j <= Math.min(n, POINTS - 1); j++) {
                sum += reflectivity[j] * reflectivity[n - j];
            }
            twoCrystals[i] = sum / total;
        }
        return new Spectrum(e, twoCrystals);
    }

    /** FWHM of {@link #curve(double)}, eV. */
    public double fwhm(double energy) {
        Spectrum curve = curve(energy);
        return Fwhm.of(curve.x(), curve.y());
    }

    private double braggAngle(double energy) {
        double sine = CH / (2 * d * energy);
        if (!(sine <= 1)) {
            throw new IllegalArgumentException("Si(" + hkl[0] + hkl[1] + hkl[2] + ") cannot reflect " + energy
                    + " eV: it is below the backscattering energy " + CH / (2 * d) + " eV");
        }
        return Math.asin(sine);
    }

    /** χ₀ with F₀ as the structure factor gives it (its real part sets the refraction shift). */
    private Complex chi0(double energy) {
        double lambda = CH / energy;
        return forwardFactor(energy).multiply(chiToF * lambda * lambda);
    }

    private Complex forwardFactor(double energy) {
        return anomalous(energy).add(Z_SI).multiply(4).multiply(2);
    }

    /** |r_σ|² of a thick crystal in symmetric Bragg geometry at sin θ₀, for one energy. */
    private double reflectivity(double energy, double sinTheta0) {
        double lambda = CH / energy;
        double chiScale = chiToF * lambda * lambda;
        Complex anomalous = anomalous(energy);
        Complex f0 = new Complex(f0(0.5 / d)).add(anomalous).multiply(4);
        Complex diamond = new Complex(1).add(new Complex(Math.cos(0.5 * PI * sum()), Math.sin(0.5 * PI * sum())));
        Complex fh = f0.multiply(diamond);
        Complex fhBar = f0.multiply(diamond.conjugate());
        Complex chi0 = forwardFactor(energy).conjugate().multiply(chiScale);
        Complex chih = fh.conjugate().multiply(chiScale);
        Complex chihBar = fhBar.conjugate().multiply(chiScale);

        double k = PI2 / lambda;
        double b = -1;
        double h = PI2 / d;
        double k0H = Math.abs(sinTheta0) * h * k;
        Complex alpha = chi0.divide(2).multiply(1 / b - 1).add((h * h / 2 - k0H) / (k * k));
        Complex delta = alpha.multiply(alpha).add(chih.multiply(chihBar).divide(b)).sqrt();
        Complex ra = chih.divide(alpha.add(delta));
        Complex ad = alpha.subtract(delta);
        Complex rb = chih.divide(ad.isZero() ? new Complex(1e-100) : ad);
        if (ra.isNaN() || rb.norm() < ra.norm()) {
            ra = rb;
        }
        double modulus = ra.norm();
        return modulus * modulus;
    }

    private int sum() {
        return hkl[0] + hkl[1] + hkl[2];
    }

    private static double f0(double sinThetaOverLambda) {
        double s2 = sinThetaOverLambda * sinThetaOverLambda;
        double f = F0_SI[5];
        for (int i = 0; i < 5; i++) {
            f += F0_SI[i] * Math.exp(-F0_SI[6 + i] * s2);
        }
        return f;
    }

    /** f′ + i f″ of Si, linearly interpolated in Chantler's table. */
    private static Complex anomalous(double energy) {
        double[][] table = ChantlerSilicon.TABLE;
        if (!(energy >= table[0][0] && energy <= table[table.length - 1][0])) {
            throw new IllegalArgumentException("no anomalous scattering factors of Si known at " + energy
                    + " eV (the table spans " + table[0][0] + " to " + table[table.length - 1][0] + " eV)");
        }
        int i = 0;
        while (table[i + 1][0] < energy) {
            i++;
        }
        double t = (energy - table[i][0]) / (table[i + 1][0] - table[i][0]);
        return new Complex(table[i][1] + t * (table[i + 1][1] - table[i][1]),
                table[i][2] + t * (table[i + 1][2] - table[i][2]));
    }
}
