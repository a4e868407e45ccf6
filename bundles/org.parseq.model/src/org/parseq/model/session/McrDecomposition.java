package org.parseq.model.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.combine.ConcentrationBound;
import org.parseq.core.combine.InitialSpectrum;
import org.parseq.core.combine.McrCombination;
import org.parseq.core.combine.McrComponent;
import org.parseq.core.combine.McrErrorBands;
import org.parseq.core.combine.McrResult;
import org.parseq.core.combine.McrSettings;
import org.parseq.core.combine.XRange;
import org.parseq.core.engine.AlignedArrays;
import org.parseq.core.engine.Combiner;

/**
 * One MCR-ALS combination of a session, shared by its component items. Components that start
 * from a picked item need that item's spectrum, a result known only when the engine combines;
 * so the picked items follow the data parents among the engine's parents, and the
 * {@link McrCombination} is made from them at that moment (and kept while they stay the same).
 */
final class McrDecomposition {

    /**
     * One component's settings with the position of its picked item among the picked items.
     *
     * @param referenceIndex index among the picked items for a reference start, else -1
     */
    record ComponentSetting(InitialSpectrum initial, int referenceIndex, String referenceName, boolean positiveS,
            boolean zeroMinimumC, ConcentrationBound bound, double boundValue) {
    }

    private final int dataParents;
    private final List<ComponentSetting> components;
    private final McrSettings settings;
    private final String arrayName;
    private final XRange range;
    private final SameArrays seen = new SameArrays();
    private McrCombination current;

    McrDecomposition(int dataParents, List<ComponentSetting> components, McrSettings settings, String arrayName,
            XRange range) {
        this.dataParents = dataParents;
        this.components = List.copyOf(components);
        this.settings = settings;
        this.arrayName = arrayName;
        this.range = range;
    }

    /**
     * Every setting that changes the items; picked items enter the results' keys as parents, so
     * only their places count here. The seed changes only the error bands.
     */
    String id() {
        StringBuilder id = new StringBuilder("mcr(parents=").append(dataParents).append(",array=").append(arrayName)
                .append(",x=[").append(range.min()).append(',').append(range.max()).append("],maxIterations=")
                .append(settings.maxIterations());
        for (int k = 0; k < components.size(); k++) {
            ComponentSetting component = components.get(k);
            id.append(",s").append(k + 1).append('=').append(component.initial().id());
            if (component.referenceIndex() >= 0) {
                id.append(':').append(component.referenceIndex());
            }
            id.append(",positive").append(k + 1).append('=').append(component.positiveS())
                    .append(",zero").append(k + 1).append('=').append(component.zeroMinimumC());
            if (component.bound() != ConcentrationBound.NONE) {
                id.append(",c").append(k + 1).append(component.bound().symbol()).append(component.boundValue());
            }
        }
        return id.append(')').toString();
    }

    /** @param component k, from 1 */
    Combiner item(int component) {
        if (component < 1 || component > components.size()) {
            throw new IllegalArgumentException("component " + component + " is not one of 1 … " + components.size());
        }
        return new Item(this, component);
    }

    /** The decomposition of the parents' arrays; the picked items' spectra follow the data parents. */
    McrResult result(AlignedArrays all) {
        AlignedArrays parents = seen.canonical(all);
        return combination(parents).decomposition(dataPart(parents));
    }

    McrErrorBands errorBands(AlignedArrays all) {
        AlignedArrays parents = seen.canonical(all);
        return combination(parents).errorBands(dataPart(parents));
    }

    private synchronized McrCombination combination(AlignedArrays all) {
        List<McrComponent> made = new ArrayList<>();
        for (ComponentSetting setting : components) {
            McrComponent component = new McrComponent(InitialSpectrum.AUTO, null, setting.positiveS(),
                    setting.zeroMinimumC(), setting.bound(), setting.boundValue());
            made.add(setting.referenceIndex() >= 0 ? component.startingFrom(reference(all, setting))
                    : component.startingFrom(setting.initial()));
        }
        McrCombination candidate = new McrCombination(made, settings, arrayName, range);
        if (current == null || !current.id().equals(candidate.id())) {
            current = candidate;
        }
        return current;
    }

    private McrComponent.Spectrum reference(AlignedArrays all, ComponentSetting setting) {
        int index = dataParents + setting.referenceIndex();
        double[] y = all.array(arrayName).get(index);
        if (y == null) {
            throw new IllegalArgumentException("the picked item " + setting.referenceName() + " has no array '"
                    + arrayName + "'");
        }
        double[] x = all.x();
        if (x == null) {
            x = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = i;
            }
        }
        return new McrComponent.Spectrum(setting.referenceName(), x, y);
    }

    /** The data parents alone, without the picked items that follow them. */
    private AlignedArrays dataPart(AlignedArrays all) {
        if (all.parents() == dataParents) {
            return all;
        }
        Map<String, List<double[]>> arrays = new LinkedHashMap<>();
        all.arrays().forEach((name, values) -> arrays.put(name, values.subList(0, dataParents)));
        return new AlignedArrays(all.x(), arrays, all.parentNames().subList(0, dataParents));
    }

    private record Item(McrDecomposition owner, int component) implements Combiner {
        @Override
        public String id() {
            return owner.id() + "/S" + component;
        }

        @Override
        public Map<String, double[]> combine(AlignedArrays all) {
            AlignedArrays parents = owner.seen.canonical(all);
            return owner.combination(parents).item(component).combine(owner.dataPart(parents));
        }
    }
}
