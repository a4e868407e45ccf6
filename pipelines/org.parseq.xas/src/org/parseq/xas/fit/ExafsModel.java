package org.parseq.xas.fit;

import java.util.List;

import org.parseq.xas.numerics.ArrayMath;

/**
 * The EXAFS model of one item (xas-algorithms.md §9.3): for every used shell
 * {@code n·r⁻²·A(k')·exp(−2·s·k2)·sin(2·r·k' + φ(k'))} with {@code k2 = k² + e·C} and
 * {@code k' = 2k − sign(k2)·√|k2|}; the sum times {@code s0·k^(kw−1)}.
 */
final class ExafsModel {

    private final List<ExafsShell> shells;
    private final int kw;
    /** Slots of r, n, s, e of every shell, then s0. */
    private final int[] slots;

    ExafsModel(List<ExafsShell> shells, int kw, int[] slots) {
        this.shells = shells;
        this.kw = kw;
        this.slots = slots.clone();
    }

    /** The model on grid k for the slot values. */
    double[] evaluate(double[] values, double[] k) {
        double[] out = new double[k.length];
        for (int sh = 0; sh < shells.size(); sh++) {
            ExafsShell shell = shells.get(sh);
            if (!shell.use()) {
                continue;
            }
            double r = values[slots[4 * sh]];
            double n = values[slots[4 * sh + 1]];
            double s = values[slots[4 * sh + 2]];
            double e = values[slots[4 * sh + 3]];
            FeffPath path = shell.path();
            double factor = n / (r * r);
            for (int i = 0; i < k.length; i++) {
                double k2 = k[i] * k[i] + e * ArrayMath.C;
                double kp = 2 * k[i] - Math.signum(k2) * Math.sqrt(Math.abs(k2));
                out[i] += factor * path.amplitude().value(kp) * Math.exp(-2 * s * k2)
                        * Math.sin(2 * r * kp + path.phase().value(kp));
            }
        }
        double s0 = values[slots[4 * shells.size()]];
        for (int i = 0; i < k.length; i++) {
            out[i] *= s0 * Math.pow(k[i], kw - 1);
        }
        return out;
    }
}
