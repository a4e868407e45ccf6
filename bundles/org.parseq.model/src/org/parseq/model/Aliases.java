package org.parseq.model;

import java.util.Set;
import java.util.stream.Collectors;

import org.parseq.model.data.DataRoot;
import org.parseq.model.data.TreeElement;

/**
 * Aliases are display names and the keys by which users and files refer to elements, so they
 * are unique in a tree: a duplicate gets a suffix, e.g. {@code Cu foil (2)}.
 */
public final class Aliases {

    private Aliases() {
    }

    /**
     * The wanted alias if no other element has it, else the wanted alias with the first free
     * suffix {@code (n)}, n from 2.
     *
     * @param self the element being named, whose own alias does not count; may be null
     */
    public static String unique(DataRoot root, String wanted, TreeElement self) {
        return unique(root, wanted, self, Set.of());
    }

    /** As {@link #unique(DataRoot, String, TreeElement)}, also avoiding aliases given to elements not yet added. */
    public static String unique(DataRoot root, String wanted, TreeElement self, Set<String> alsoTaken) {
        String base = wanted == null || wanted.isBlank() ? "item" : wanted.strip();
        Set<String> taken = DataTree.elements(root).stream().filter(e -> e != self).map(TreeElement::getAlias)
                .collect(Collectors.toSet());
        taken.addAll(alsoTaken);
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2;; n++) {
            String candidate = base + " (" + n + ")";
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
