package org.parseq.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.parseq.model.data.ColourPolicy;
import org.parseq.model.data.Combination;
import org.parseq.model.data.DataFactory;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataRoot;
import org.parseq.model.data.McrComponentSettings;
import org.parseq.model.data.TreeElement;

/**
 * The "Combine" edit of every kind, one undoable command each, with the results named and
 * placed as the original does (parseq-behaviour.md §12.2): average, sum and RMS give one item
 * after the last parent; PCA a gradient-coloured group {@code <alias>-PCA<N>} of items
 * {@code <alias>-PCA<N>_<j>} per parent, after the last parent; target transformation one item
 * {@code <target>-TT} after each target; MCR-ALS a group {@code MCR-ALS-<names>-N<N>} of items
 * {@code <names>-MCR-ALS-S<k>} after the last parent. Every result item enters at the
 * combination's node and copies the parameters of the parent it is made for (PCA, TT) or of
 * the first parent, as the original copies them.
 */
public final class CombineCommands {

    /** The original's colour tag of combined items. */
    static final int COMBINATION_TAG = ColourTags.COMBINATION;

    private CombineCommands() {
    }

    /**
     * One "Combine" of any kind at a node, as one undoable command.
     *
     * @param node     the node's id
     * @param items    the parents; for a target transformation the targets, the basis being in the settings
     * @param settings components, array, x range, basis, MCR-ALS settings; {@link CombineSettings#NONE}
     *                 for average, sum and RMS
     * @throws IllegalArgumentException naming what is missing or contradictory
     */
    public static Command combine(EditingDomain domain, DataRoot root, CombinationKind kind, String node,
            List<DataItem> items, CombineSettings settings) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException(kind.id() + ": no items picked");
        }
        if (kind != CombinationKind.TARGET_TRANSFORMATION && items.size() < 2) {
            throw new IllegalArgumentException(kind.id() + " needs at least two items, not " + items.size());
        }
        if (Set.copyOf(items).size() != items.size()) {
            throw new IllegalArgumentException(kind.id() + ": an item is picked twice");
        }
        Set<String> taken = new HashSet<>();
        return switch (kind) {
            case AVERAGE, SUM, RMS -> pointwise(domain, root, kind, node, items);
            case PCA_CLASSIC, PCA_CUMULATIVE -> pca(domain, root, kind, node, items, settings, taken);
            case TARGET_TRANSFORMATION -> targetTransformation(domain, root, node, items, settings, taken);
            case MCR_ALS -> mcr(domain, root, node, items, settings, taken);
        };
    }

    private static Command pointwise(EditingDomain domain, DataRoot root, CombinationKind kind, String node,
            List<DataItem> parents) {
        DataItem combined = resultItem(root, commonPrefix(parents) + "_" + kind.id() + parents.size(), node,
                parents.get(0), new HashSet<>());
        Combination combination = combination(kind, node, parents);
        combined.setCombination(combination);
        return add(domain, "Combine " + parents.size() + " items (" + kind.id() + ")", after(parents),
                List.of(combined));
    }

    private static Command pca(EditingDomain domain, DataRoot root, CombinationKind kind, String node,
            List<DataItem> parents, CombineSettings settings, Set<String> taken) {
        int n = settings.components();
        if (n < 1) {
            throw new IllegalArgumentException("PCA needs at least one component, not " + n);
        }
        requireArray(kind, settings);
        List<TreeElement> groups = new ArrayList<>();
        for (DataItem parent : parents) {
            String name = parent.getAlias() + "-PCA" + n;
            DataGroup group = Elements.newGroup(Aliases.unique(root, name, null, taken));
            taken.add(group.getAlias());
            group.setColourPolicy(ColourPolicy.GRADIENT);
            for (int j = 1; j <= n; j++) {
                DataItem item = resultItem(root, name + "_" + j, node, parent, taken);
                Combination combination = decomposition(kind, node, parents, settings);
                combination.setTarget(parent);
                combination.setComponent(j);
                item.setCombination(combination);
                group.getChildren().add(item);
            }
            groups.add(group);
        }
        return add(domain, "Combine " + parents.size() + " items (" + kind.id() + ", " + n + " components)",
                after(parents), groups);
    }

    private static Command targetTransformation(EditingDomain domain, DataRoot root, String node,
            List<DataItem> targets, CombineSettings settings, Set<String> taken) {
        List<DataItem> basis = settings.basis();
        if (basis.isEmpty()) {
            throw new IllegalArgumentException("target transformation needs at least one basis item");
        }
        for (DataItem target : targets) {
            if (basis.contains(target)) {
                throw new IllegalArgumentException("target transformation: " + target.getAlias()
                        + " is both a target and in the basis");
            }
        }
        CompoundCommand command = new CompoundCommand("Target transformation of " + targets.size()
                + (targets.size() == 1 ? " item" : " items") + " onto " + basis.size() + " basis items");
        List<Placement> placements = new ArrayList<>();
        for (DataItem target : targets) {
            DataItem item = resultItem(root, target.getAlias() + "-TT", node, target, taken);
            List<DataItem> parents = new ArrayList<>(basis);
            parents.add(target);
            Combination combination = combination(CombinationKind.TARGET_TRANSFORMATION, node, parents);
            combination.setTarget(target);
            item.setCombination(combination);
            placements.add(new Placement(after(List.of(target)), item));
        }
        // Insert from the back of each owner, so that the indices computed above stay right.
        placements.sort(Comparator.comparingInt((Placement p) -> p.where().index()).reversed());
        for (Placement placement : placements) {
            command.append(AddCommand.create(domain, placement.where().owner(),
                    DataTree.childrenFeature(placement.where().owner()), placement.item(), placement.where().index()));
        }
        return command;
    }

    private static Command mcr(EditingDomain domain, DataRoot root, String node, List<DataItem> parents,
            CombineSettings settings, Set<String> taken) {
        int n = settings.mcrComponents().size();
        if (n < 1) {
            throw new IllegalArgumentException("MCR-ALS needs at least one component's settings");
        }
        requireArray(CombinationKind.MCR_ALS, settings);
        String names = commonPrefix(parents);
        DataGroup group = Elements.newGroup(Aliases.unique(root, "MCR-ALS-" + names + "-N" + n, null, taken));
        taken.add(group.getAlias());
        for (int k = 1; k <= n; k++) {
            DataItem item = resultItem(root, names + "-MCR-ALS-S" + k, node, parents.get(0), taken);
            Combination combination = decomposition(CombinationKind.MCR_ALS, node, parents, settings);
            combination.setComponents(n);
            combination.setComponent(k);
            combination.setSeed(settings.seed());
            combination.setMaxIterations(settings.maxIterations());
            for (CombineSettings.Component component : settings.mcrComponents()) {
                combination.getMcrComponents().add(componentSettings(component));
            }
            item.setCombination(combination);
            group.getChildren().add(item);
        }
        return add(domain, "Combine " + parents.size() + " items (MCR-ALS, " + n + " components)", after(parents),
                List.of(group));
    }

    private static McrComponentSettings componentSettings(CombineSettings.Component component) {
        McrComponentSettings settings = DataFactory.eINSTANCE.createMcrComponentSettings();
        settings.setInitial(component.initial().id());
        settings.setReference(component.reference());
        settings.setPositiveS(component.positiveS());
        settings.setZeroMinimumC(component.zeroMinimumC());
        settings.setBound(component.bound().symbol());
        settings.setBoundValue(component.boundValue());
        return settings;
    }

    private static void requireArray(CombinationKind kind, CombineSettings settings) {
        if (settings.array() == null || settings.array().isBlank()) {
            throw new IllegalArgumentException(kind.id() + " needs the array it decomposes, e.g. mu");
        }
    }

    private static Combination combination(CombinationKind kind, String node, List<DataItem> parents) {
        Combination combination = DataFactory.eINSTANCE.createCombination();
        combination.setKind(kind.id());
        combination.setNode(node);
        combination.getParents().addAll(parents);
        return combination;
    }

    private static Combination decomposition(CombinationKind kind, String node, List<DataItem> parents,
            CombineSettings settings) {
        Combination combination = combination(kind, node, parents);
        combination.setComponents(settings.components());
        combination.setArray(settings.array());
        combination.setXMin(settings.xMin());
        combination.setXMax(settings.xMax());
        return combination;
    }

    private static DataItem resultItem(DataRoot root, String alias, String node, DataItem parametersFrom,
            Set<String> taken) {
        DataItem item = DataFactory.eINSTANCE.createDataItem();
        item.setId(Elements.newId());
        item.setAlias(Aliases.unique(root, alias, null, taken));
        taken.add(item.getAlias());
        item.setEntryNode(node);
        item.setColourTag(COMBINATION_TAG);
        // the results of one command are not in the tree yet: count those made before this one
        item.setColourIndex(ItemColours.nextIndex(root) + taken.size() - 1);
        item.getParameters().addAll(EcoreUtil.copyAll(parametersFrom.getParameters()));
        return item;
    }

    private record Where(EObject owner, int index) {
    }

    private record Placement(Where where, DataItem item) {
    }

    /** Right after the last of these items, in its owner. */
    private static Where after(List<DataItem> items) {
        DataItem last = items.get(items.size() - 1);
        EObject owner = last.eContainer();
        if (owner == null) {
            throw new IllegalArgumentException(last.getAlias() + " is not in the data tree");
        }
        return new Where(owner, DataTree.children(owner).indexOf(last) + 1);
    }

    private static Command add(EditingDomain domain, String label, Where where, List<? extends TreeElement> elements) {
        CompoundCommand command = new CompoundCommand(label);
        command.append(AddCommand.create(domain, where.owner(), DataTree.childrenFeature(where.owner()), elements,
                where.index()));
        return command;
    }

    /** The common beginning of the aliases, or "combined" if they have none. */
    static String commonPrefix(List<DataItem> items) {
        String prefix = items.get(0).getAlias();
        for (DataItem item : items) {
            int n = 0;
            while (n < prefix.length() && n < item.getAlias().length()
                    && prefix.charAt(n) == item.getAlias().charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        return prefix.isBlank() ? "combined" : prefix.strip();
    }
}
