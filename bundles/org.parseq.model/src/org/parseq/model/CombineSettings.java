package org.parseq.model;

import java.util.List;
import java.util.Objects;

import org.parseq.core.combine.ConcentrationBound;
import org.parseq.core.combine.InitialSpectrum;
import org.parseq.model.data.DataItem;

/**
 * What a "Combine" of PCA, target transformation or MCR-ALS needs besides the kind, the node
 * and the items (parseq-behaviour.md §12.1): the number of components, the array and x range
 * the decomposition looks at, the basis of a target transformation, and MCR-ALS' settings.
 * Average, sum and RMS need none of it ({@link #NONE}).
 *
 * @param components    N: PCA's items per parent; for MCR-ALS the size of {@code mcrComponents}
 * @param array         the array the decomposition reads, e.g. {@code mu}; null: the node's first curve
 * @param xMin          lower end of the x range, null: open
 * @param xMax          upper end of the x range, null: open
 * @param basis         the basis items of a target transformation
 * @param mcrComponents MCR-ALS' per-component settings, one per component
 * @param seed          seed of MCR-ALS' random rotations for its error bands, so that a run repeats
 * @param maxIterations MCR-ALS' iteration limit
 */
public record CombineSettings(int components, String array, Double xMin, Double xMax, List<DataItem> basis,
        List<Component> mcrComponents, long seed, int maxIterations) {

    /** The original's iteration limit of MCR-ALS. */
    public static final int DEFAULT_MAX_ITERATIONS = 1000;

    /** No settings: average, sum and RMS. */
    public static final CombineSettings NONE = new CombineSettings(0, null, null, null, List.of(), List.of(), 0,
            DEFAULT_MAX_ITERATIONS);

    /**
     * One MCR-ALS component's settings, the original's per-component table.
     *
     * @param initial      where its first spectrum comes from
     * @param reference    the picked item for {@link InitialSpectrum#REFERENCE}, else null
     * @param positiveS    S ≥ 0
     * @param zeroMinimumC C shifted to a zero minimum ("C↓")
     * @param bound        C tied below or above a value
     * @param boundValue   that value
     */
    public record Component(InitialSpectrum initial, DataItem reference, boolean positiveS, boolean zeroMinimumC,
            ConcentrationBound bound, double boundValue) {

        public Component {
            Objects.requireNonNull(initial, "initial spectrum");
            Objects.requireNonNull(bound, "concentration bound");
            if ((initial == InitialSpectrum.REFERENCE) != (reference != null)) {
                throw new IllegalArgumentException("an MCR-ALS component starts from a picked item exactly when its"
                        + " initial spectrum is 'reference'; here initial is '" + initial.id() + "' and the item is "
                        + (reference == null ? "missing" : reference.getAlias()));
            }
        }

        /** The original's default: initial S auto, S ≥ 0, C free. */
        public static Component auto() {
            return new Component(InitialSpectrum.AUTO, null, true, false, ConcentrationBound.NONE, 0.3);
        }

        public Component startingFrom(InitialSpectrum newInitial) {
            return new Component(newInitial, null, positiveS, zeroMinimumC, bound, boundValue);
        }

        public Component startingFrom(DataItem newReference) {
            return new Component(InitialSpectrum.REFERENCE, newReference, positiveS, zeroMinimumC, bound, boundValue);
        }

        public Component withPositiveS(boolean positive) {
            return new Component(initial, reference, positive, zeroMinimumC, bound, boundValue);
        }

        public Component withZeroMinimumC(boolean zeroMinimum) {
            return new Component(initial, reference, positiveS, zeroMinimum, bound, boundValue);
        }

        public Component bounded(ConcentrationBound newBound, double value) {
            return new Component(initial, reference, positiveS, zeroMinimumC, newBound, value);
        }
    }

    public CombineSettings {
        basis = List.copyOf(basis);
        mcrComponents = List.copyOf(mcrComponents);
        if (xMin != null && xMax != null && !(xMin <= xMax)) {
            throw new IllegalArgumentException("x range [" + xMin + ", " + xMax + "] is not an interval");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("MCR-ALS needs at least one iteration, not " + maxIterations);
        }
    }

    /** PCA with N components of one array (null: the node's first curve), over all x. */
    public static CombineSettings pca(int components, String array) {
        return new CombineSettings(components, array, null, null, List.of(), List.of(), 0, DEFAULT_MAX_ITERATIONS);
    }

    /** Target transformation onto these basis items. */
    public static CombineSettings tt(List<DataItem> basis) {
        return new CombineSettings(0, null, null, null, basis, List.of(), 0, DEFAULT_MAX_ITERATIONS);
    }

    /** MCR-ALS of one array (null: the node's first curve) into these components, over all x. */
    public static CombineSettings mcr(String array, List<Component> components) {
        return new CombineSettings(components.size(), array, null, null, List.of(), components, 0,
                DEFAULT_MAX_ITERATIONS);
    }

    /** The x range the decomposition looks at; null leaves that end open. */
    public CombineSettings withRange(Double min, Double max) {
        return new CombineSettings(components, array, min, max, basis, mcrComponents, seed, maxIterations);
    }

    public CombineSettings withSeed(long newSeed) {
        return new CombineSettings(components, array, xMin, xMax, basis, mcrComponents, newSeed, maxIterations);
    }

    public CombineSettings withMaxIterations(int iterations) {
        return new CombineSettings(components, array, xMin, xMax, basis, mcrComponents, seed, iterations);
    }
}
