package org.parseq.core.combine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parseq.core.engine.AlignedArrays;
import org.parseq.core.engine.Combiner;

/**
 * A target transformation as the engine runs it: the parents are the basis items followed by
 * one target, and the item is the target projected onto the basis, array by array
 * (xas-algorithms.md §10). One such item is made per picked target.
 *
 * @param basisItems how many of the first parents form the basis
 */
public record TargetCombination(int basisItems) implements Combiner {

    public TargetCombination {
        if (basisItems < 1) {
            throw new IllegalArgumentException("target transformation needs at least one basis item, not "
                    + basisItems);
        }
    }

    @Override
    public String id() {
        return "tt(basis=" + basisItems + ")";
    }

    @Override
    public Map<String, double[]> combine(AlignedArrays parents) {
        if (parents.parents() != basisItems + 1) {
            throw new IllegalArgumentException("target transformation on " + basisItems + " basis items needs "
                    + (basisItems + 1) + " parents (the basis, then the target), not " + parents.parents());
        }
        String targetName = parents.parentNames().get(basisItems);
        Map<String, double[]> arrays = new LinkedHashMap<>();
        for (String name : parents.arrays().keySet()) {
            if (!parents.allHave(name)) {
                continue;
            }
            List<double[]> values = parents.array(name);
            DataMatrix basis = DataMatrix.of(name, parents.parentNames().subList(0, basisItems),
                    values.subList(0, basisItems));
            arrays.put(name, TargetTransformation.onto(basis).transform(targetName, values.get(basisItems)));
        }
        return arrays;
    }
}
