package org.parseq.core.combine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hipparchus.linear.RealMatrix;
import org.parseq.core.engine.AlignedArrays;
import org.parseq.core.engine.Combiner;

/**
 * A PCA combination as the engine runs it (xas-algorithms.md §10, parseq-behaviour.md §12.2):
 * per parent i, N items, item j being column i of {@code D·e_j e_jᵀ} (classic) or
 * {@code D·Σ_{q≤j} e_q e_qᵀ} (cumulative) for every array of the node, the eigenvectors coming
 * from one chosen array restricted to an x range. Each item is a {@link Combiner} of its own
 * ({@link #item}); they share the decomposition and the scores {@code D·V} of each array,
 * made once for the same parent arrays (same objects: the engine hands every item the parents'
 * stored results; parents interpolated onto a common grid are new arrays for every item, and
 * then the shared work is redone per item).
 */
public final class PcaCombination {

    /** Classic: one component per item; cumulative: the first j components. */
    public enum Kind {
        CLASSIC("pca-classic"), CUMULATIVE("pca-cumulative");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final Kind kind;
    private final int components;
    private final String arrayName;
    private final XRange range;

    private List<double[]> decomposedFrom;
    private PrincipalComponents decomposition;
    private final Map<String, Scores> scores = new LinkedHashMap<>();

    private record Scores(List<double[]> madeFrom, RealMatrix values) {
    }

    /**
     * @param components N, the number of items per parent
     * @param arrayName  the array the eigenvectors come from, e.g. {@code flat}
     * @param range      the part of it they come from
     */
    public PcaCombination(Kind kind, int components, String arrayName, XRange range) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (components < 1) {
            throw new IllegalArgumentException("PCA needs at least one component, not " + components);
        }
        this.components = components;
        this.arrayName = Objects.requireNonNull(arrayName, "array");
        this.range = Objects.requireNonNull(range, "x range");
    }

    /** The combination and its settings, e.g. {@code pca-classic(n=3,array=flat,x=[8970.0,9050.0])}. */
    public String id() {
        return kind.id() + "(n=" + components + ",array=" + arrayName + ",x=[" + range.min() + "," + range.max() + "])";
    }

    /**
     * @param parent    index of the parent, from 0, in the order of the combination's parents
     * @param component j, from 1 to N
     */
    public Combiner item(int parent, int component) {
        if (parent < 0) {
            throw new IllegalArgumentException("parent index " + parent + " is negative");
        }
        if (component < 1 || component > components) {
            throw new IllegalArgumentException("component " + component + " is not one of 1 … " + components);
        }
        return new Item(parent, component);
    }

    /** The decomposition of the parents' chosen array, for the scree plot and IND of the panel. */
    public synchronized PrincipalComponents decomposition(AlignedArrays parents) {
        List<double[]> chosen = parents.array(arrayName);
        if (decomposition == null || !chosen.equals(decomposedFrom)) {
            if (parents.parents() < components) {
                throw new IllegalArgumentException("PCA with " + components + " components needs at least as many"
                        + " items, not " + parents.parents());
            }
            DataMatrix data = ParentArrays.matrix(parents, arrayName);
            decomposition = PrincipalComponents.of(data.rows(ParentArrays.abscissa(parents, data, range), range));
            decomposedFrom = chosen;
            scores.clear();
        }
        return decomposition;
    }

    /** {@code D·V} for the first N components; {@code List.equals} compares the arrays as objects. */
    private synchronized RealMatrix scores(AlignedArrays parents, String name, PrincipalComponents pca) {
        List<double[]> columns = parents.array(name);
        Scores known = scores.get(name);
        if (known == null || !known.madeFrom().equals(columns)) {
            known = new Scores(columns, pca.scores(ParentArrays.matrix(parents, name), components));
            scores.put(name, known);
        }
        return known.values();
    }

    private final class Item implements Combiner {
        private final int parent;
        private final int component;

        Item(int parent, int component) {
            this.parent = parent;
            this.component = component;
        }

        @Override
        public String id() {
            return PcaCombination.this.id() + "/parent " + (parent + 1) + "/component " + component;
        }

        @Override
        public Map<String, double[]> combine(AlignedArrays parents) {
            if (parent >= parents.parents()) {
                throw new IllegalArgumentException("PCA item of parent " + (parent + 1) + " but there are "
                        + parents.parents() + " parents");
            }
            // One lock for decomposition and scores, so that they belong to the same parents.
            synchronized (PcaCombination.this) {
                PrincipalComponents pca = decomposition(parents);
                double[] weights = new double[components];
                for (int k = kind == Kind.CLASSIC ? component : 1; k <= component; k++) {
                    weights[k - 1] = pca.eigenvector(k)[parent];
                }
                Map<String, double[]> arrays = new LinkedHashMap<>();
                for (String name : parents.arrays().keySet()) {
                    if (parents.allHave(name)) {
                        arrays.put(name, scores(parents, name, pca).operate(weights));
                    }
                }
                return arrays;
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Item item && item.id().equals(id());
        }

        @Override
        public int hashCode() {
            return id().hashCode();
        }
    }
}
