package org.parseq.core.fit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The fit parameters of one item, in their order; names are unique within the item. */
public record ItemParameters(String item, List<FitParameter> parameters) {

    public ItemParameters {
        if (item == null) {
            throw new FitException("fit parameters need the item they belong to");
        }
        parameters = List.copyOf(parameters);
        Set<String> seen = new HashSet<>();
        for (FitParameter p : parameters) {
            if (!seen.add(p.name())) {
                throw new FitException("item '" + item + "': parameter '" + p.name() + "' is defined twice");
            }
        }
    }

    public int indexOf(String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
