package org.parseq.core.combine;

import java.util.Objects;

/**
 * The settings of one MCR-ALS component, the original's per-component dictionary.
 *
 * @param initial      where its first spectrum comes from
 * @param reference    the picked spectrum for {@link InitialSpectrum#REFERENCE}, else null
 * @param positiveS    whether its spectrum is kept non-negative ({@code S = |S|})
 * @param zeroMinimumC whether its concentrations are shifted so that their minimum is zero
 * @param bound        a bound on its concentrations
 * @param boundValue   the bound's value, a fraction
 */
public record McrComponent(InitialSpectrum initial, Spectrum reference, boolean positiveS, boolean zeroMinimumC,
        ConcentrationBound bound, double boundValue) {

    /** A spectrum picked as a starting point, on its own x grid. */
    public record Spectrum(String name, double[] x, double[] y) {
        public Spectrum {
            Objects.requireNonNull(name, "name");
            x = x.clone();
            y = y.clone();
        }
    }

    public McrComponent {
        Objects.requireNonNull(initial, "initial spectrum");
        Objects.requireNonNull(bound, "concentration bound");
        if (initial == InitialSpectrum.REFERENCE && reference == null) {
            throw new IllegalArgumentException("a component that starts from a reference needs the reference spectrum");
        }
        if (bound != ConcentrationBound.NONE && !Double.isFinite(boundValue)) {
            throw new IllegalArgumentException("concentration bound " + bound.symbol() + " needs a finite value, not "
                    + boundValue);
        }
    }

    /** The original's default: initial S auto, S ≥ 0, no constraint on C. */
    public static McrComponent auto() {
        return new McrComponent(InitialSpectrum.AUTO, null, true, false, ConcentrationBound.NONE, 0.3);
    }

    public McrComponent startingFrom(InitialSpectrum newInitial) {
        return new McrComponent(newInitial, reference, positiveS, zeroMinimumC, bound, boundValue);
    }

    public McrComponent startingFrom(Spectrum newReference) {
        return new McrComponent(InitialSpectrum.REFERENCE, newReference, positiveS, zeroMinimumC, bound, boundValue);
    }

    public McrComponent withPositiveS(boolean positive) {
        return new McrComponent(initial, reference, positive, zeroMinimumC, bound, boundValue);
    }

    public McrComponent withZeroMinimumC(boolean zeroMinimum) {
        return new McrComponent(initial, reference, positiveS, zeroMinimum, bound, boundValue);
    }

    public McrComponent bounded(ConcentrationBound newBound, double value) {
        return new McrComponent(initial, reference, positiveS, zeroMinimumC, newBound, value);
    }
}
