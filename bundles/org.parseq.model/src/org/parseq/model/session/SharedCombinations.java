package org.parseq.model.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.parseq.core.combine.ConcentrationBound;
import org.parseq.core.combine.InitialSpectrum;
import org.parseq.core.combine.McrSettings;
import org.parseq.core.combine.PcaCombination;
import org.parseq.core.combine.TargetCombination;
import org.parseq.core.combine.XRange;
import org.parseq.core.engine.AlignedArrays;
import org.parseq.core.engine.Combiner;
import org.parseq.core.engine.StandardCombiner;
import org.parseq.model.CombinationKind;
import org.parseq.model.data.Combination;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.McrComponentSettings;

/**
 * The engine's combiners of a session's combined items. The items of one PCA or MCR-ALS
 * combination (same kind, node, parents and settings) share one object, so that the
 * decomposition is computed once for all of them; each snapshot keeps only the shared objects
 * it uses, so that old decompositions do not pile up.
 */
final class SharedCombinations {

    private final Map<String, Object> shared = new ConcurrentHashMap<>();

    /**
     * The items the engine combines, in its order: the parents, and for MCR-ALS then the items
     * picked as initial spectra, each once.
     *
     * @throws IllegalArgumentException if a component starts from a picked item that is not set
     */
    static List<DataItem> engineParents(Combination combination) {
        List<DataItem> parents = new ArrayList<>(combination.getParents());
        if (CombinationKind.MCR_ALS.id().equals(combination.getKind())) {
            for (DataItem reference : references(combination)) {
                parents.add(reference);
            }
        }
        return parents;
    }

    /**
     * @param parentIds ids of {@link #engineParents}, all in the tree
     * @param used      collects the keys of the shared objects this snapshot uses
     * @throws IllegalArgumentException saying which setting is wrong
     */
    Combiner combiner(Combination combination, List<String> parentIds, Set<String> used) {
        CombinationKind kind = CombinationKind.byId(combination.getKind());
        return switch (kind) {
            case AVERAGE, SUM, RMS -> StandardCombiner.byId(kind.id());
            case PCA_CLASSIC, PCA_CUMULATIVE -> {
                int parent = combination.getParents().indexOf(combination.getTarget());
                if (parent < 0) {
                    throw new IllegalArgumentException("the PCA item's own parent is not among its parents");
                }
                SharedPca shared = pca(combination, parentIds, used);
                yield new Canonical(shared.pca().item(parent, component(combination)), shared.arrays());
            }
            case TARGET_TRANSFORMATION -> {
                List<DataItem> parents = combination.getParents();
                if (parents.size() < 2 || parents.get(parents.size() - 1) != combination.getTarget()) {
                    throw new IllegalArgumentException("a target transformation needs its basis items followed by"
                            + " its target");
                }
                yield new TargetCombination(parents.size() - 1);
            }
            case MCR_ALS -> mcr(combination, parentIds, used).item(component(combination));
        };
    }

    /** A PCA shared by the items of one combination, with the parents' arrays it last saw. */
    record SharedPca(PcaCombination pca, SameArrays arrays) {
    }

    /** An item of a shared decomposition that hands it the arrays it saw before when their values are the same. */
    private record Canonical(Combiner item, SameArrays arrays) implements Combiner {
        @Override
        public String id() {
            return item.id();
        }

        @Override
        public Map<String, double[]> combine(AlignedArrays parents) {
            return item.combine(arrays.canonical(parents));
        }
    }

    /** The shared PCA of a PCA item, made if no snapshot made it. */
    SharedPca pca(Combination combination, List<String> parentIds, Set<String> used) {
        PcaCombination.Kind kind = CombinationKind.PCA_CUMULATIVE.id().equals(combination.getKind())
                ? PcaCombination.Kind.CUMULATIVE : PcaCombination.Kind.CLASSIC;
        PcaCombination candidate = new PcaCombination(kind, combination.getComponents(), array(combination),
                range(combination));
        String key = "pca|" + combination.getNode() + "|" + parentIds + "|" + candidate.id();
        used.add(key);
        return (SharedPca) shared.computeIfAbsent(key, k -> new SharedPca(candidate, new SameArrays()));
    }

    /** The shared MCR-ALS of an MCR-ALS item, made if no snapshot made it. */
    McrDecomposition mcr(Combination combination, List<String> parentIds, Set<String> used) {
        List<McrComponentSettings> settings = combination.getMcrComponents();
        if (settings.isEmpty()) {
            throw new IllegalArgumentException("MCR-ALS without component settings");
        }
        List<DataItem> references = references(combination);
        List<McrDecomposition.ComponentSetting> components = new ArrayList<>();
        for (McrComponentSettings setting : settings) {
            InitialSpectrum initial = InitialSpectrum.byId(setting.getInitial());
            DataItem reference = initial == InitialSpectrum.REFERENCE ? setting.getReference() : null;
            components.add(new McrDecomposition.ComponentSetting(initial, references.indexOf(reference),
                    reference == null ? null : reference.getAlias(), setting.isPositiveS(), setting.isZeroMinimumC(),
                    ConcentrationBound.bySymbol(setting.getBound()), setting.getBoundValue()));
        }
        int iterations = combination.getMaxIterations() > 0 ? combination.getMaxIterations()
                : McrSettings.DEFAULT.maxIterations();
        McrSettings mcrSettings = McrSettings.DEFAULT.withMaxIterations(iterations).withSeed(combination.getSeed());
        McrDecomposition candidate = new McrDecomposition(combination.getParents().size(), components, mcrSettings,
                array(combination), range(combination));
        String key = "mcr|" + combination.getNode() + "|" + parentIds + "|" + candidate.id() + "|seed="
                + combination.getSeed();
        used.add(key);
        return (McrDecomposition) shared.computeIfAbsent(key, k -> candidate);
    }

    /** Forgets the shared objects the latest snapshot did not use. */
    void retainOnly(Set<String> used) {
        shared.keySet().retainAll(used);
    }

    private static List<DataItem> references(Combination combination) {
        List<DataItem> references = new ArrayList<>();
        int k = 0;
        for (McrComponentSettings setting : combination.getMcrComponents()) {
            k++;
            if (InitialSpectrum.REFERENCE.id().equals(setting.getInitial())) {
                if (setting.getReference() == null) {
                    throw new IllegalArgumentException("MCR-ALS component " + k + " starts from a picked item, but"
                            + " none is picked");
                }
                if (!references.contains(setting.getReference())) {
                    references.add(setting.getReference());
                }
            }
        }
        return references;
    }

    private static int component(Combination combination) {
        int component = combination.getComponent();
        if (component < 1 || component > combination.getComponents()) {
            throw new IllegalArgumentException("component " + component + " is not one of 1 … "
                    + combination.getComponents());
        }
        return component;
    }

    private static String array(Combination combination) {
        if (combination.getArray() == null || combination.getArray().isBlank()) {
            throw new IllegalArgumentException("no array to decompose is set");
        }
        return combination.getArray();
    }

    private static XRange range(Combination combination) {
        return new XRange(combination.getXMin() == null ? Double.NEGATIVE_INFINITY : combination.getXMin(),
                combination.getXMax() == null ? Double.POSITIVE_INFINITY : combination.getXMax());
    }
}
