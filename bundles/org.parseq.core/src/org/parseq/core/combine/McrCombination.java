package org.parseq.core.combine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.parseq.core.engine.AlignedArrays;
import org.parseq.core.engine.Combiner;

/**
 * An MCR-ALS combination as the engine runs it (xas-algorithms.md §10, parseq-behaviour.md
 * §12.2): N items, item k being column k of {@code D·C(CᵀC)⁻¹} for every array of the node,
 * C coming from the decomposition of one chosen array over an x range. Each item is a
 * {@link Combiner} of its own ({@link #item}); they share the decomposition, made once for the
 * same parent arrays (same objects, as {@link PcaCombination} explains).
 */
public final class McrCombination {

    private final List<McrComponent> components;
    private final McrSettings settings;
    private final String arrayName;
    private final XRange range;

    private List<double[]> decomposedFrom;
    private McrResult decomposition;

    public McrCombination(List<McrComponent> components, McrSettings settings, String arrayName, XRange range) {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("MCR-ALS needs at least one component");
        }
        this.components = List.copyOf(components);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.arrayName = Objects.requireNonNull(arrayName, "array");
        this.range = Objects.requireNonNull(range, "x range");
    }

    /** The combination and every setting that changes its result (a reference by name and content hash). */
    public String id() {
        StringBuilder id = new StringBuilder("mcr(array=").append(arrayName).append(",x=[").append(range.min())
                .append(',').append(range.max()).append("],maxIterations=").append(settings.maxIterations())
                .append(",tolerance=").append(settings.tolerance());
        for (int k = 0; k < components.size(); k++) {
            McrComponent component = components.get(k);
            id.append(",s").append(k + 1).append('=').append(component.initial().id());
            if (component.reference() != null) {
                id.append(':').append(component.reference().name()).append('#')
                        .append(Integer.toHexString(Arrays.hashCode(component.reference().x())))
                        .append(Integer.toHexString(Arrays.hashCode(component.reference().y())));
            }
            id.append(",positive").append(k + 1).append('=').append(component.positiveS());
            id.append(",zero").append(k + 1).append('=').append(component.zeroMinimumC());
            if (component.bound() != ConcentrationBound.NONE) {
                id.append(",c").append(k + 1).append(component.bound().symbol()).append(component.boundValue());
            }
        }
        return id.append(')').toString();
    }

    /** @param component k, from 1 to N */
    public Combiner item(int component) {
        if (component < 1 || component > components.size()) {
            throw new IllegalArgumentException("component " + component + " is not one of 1 … " + components.size());
        }
        return new Item(component);
    }

    /** The decomposition of the parents' chosen array: S, C and the stopping, for the panel's plots. */
    public synchronized McrResult decomposition(AlignedArrays parents) {
        List<double[]> chosen = parents.array(arrayName);
        if (decomposition == null || !chosen.equals(decomposedFrom)) {
            DataMatrix data = ParentArrays.matrix(parents, arrayName);
            double[] x = ParentArrays.abscissa(parents, data, range);
            int[] rows = range.indicesIn(x);
            double[] rangeX = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                rangeX[i] = x[rows[i]];
            }
            decomposition = McrAls.decompose(data.rows(x, range), rangeX, components, settings);
            decomposedFrom = chosen;
        }
        return decomposition;
    }

    /** The error bands of the current decomposition, from the settings' seed. */
    public McrErrorBands errorBands(AlignedArrays parents) {
        return McrErrorBands.of(decomposition(parents), components, settings);
    }

    private final class Item implements Combiner {
        private final int component;

        Item(int component) {
            this.component = component;
        }

        @Override
        public String id() {
            return McrCombination.this.id() + "/S" + component;
        }

        @Override
        public Map<String, double[]> combine(AlignedArrays parents) {
            McrResult result = decomposition(parents);
            Map<String, double[]> arrays = new LinkedHashMap<>();
            for (String name : parents.arrays().keySet()) {
                if (parents.allHave(name)) {
                    arrays.put(name, result.combinedItem(ParentArrays.matrix(parents, name), component));
                }
            }
            return arrays;
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
