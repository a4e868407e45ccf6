package org.parseq.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.parseq.model.data.ColourPolicy;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataPackage.Literals;
import org.parseq.model.data.DataRoot;
import org.parseq.model.data.ParameterValue;
import org.parseq.model.data.TreeElement;

/**
 * Every edit of the data tree, as an EMF command with a label for the Edit menu. Execute them
 * on the domain's command stack, so that each can be undone and redone. A command that would
 * change nothing cannot execute.
 */
public final class DataCommands {

    private DataCommands() {
    }

    /** Sets a parameter on items; items that already have that value are left alone. */
    public static Command setParameter(EditingDomain domain, Collection<DataItem> items, String name, Object value) {
        CompoundCommand command = new CompoundCommand("Set " + name + " = " + value);
        for (DataItem item : items) {
            Optional<ParameterValue> current = parameter(item, name);
            if (current.isPresent()) {
                if (!Objects.equals(current.get().getValue(), value)) {
                    command.append(SetCommand.create(domain, current.get(), Literals.PARAMETER_VALUE__VALUE, value));
                }
            } else {
                command.append(AddCommand.create(domain, item, Literals.DATA_ITEM__PARAMETERS,
                        Elements.newParameter(name, value)));
            }
        }
        return command;
    }

    /** Returns parameters to their defaults: a parameter an item does not set has its default value. */
    public static Command resetParameters(EditingDomain domain, Collection<DataItem> items, Collection<String> names) {
        CompoundCommand command = new CompoundCommand("Reset " + String.join(", ", names) + " to default");
        for (DataItem item : items) {
            for (String name : names) {
                parameter(item, name).ifPresent(p -> command.append(
                        RemoveCommand.create(domain, item, Literals.DATA_ITEM__PARAMETERS, p)));
            }
        }
        return command;
    }

    /** Returns every parameter of the items to its default, as one edit with a short name. */
    public static Command resetAllParameters(EditingDomain domain, Collection<DataItem> items) {
        CompoundCommand command = new CompoundCommand(items.size() == 1
                ? "Reset all parameters of " + items.iterator().next().getAlias()
                : "Reset all parameters of " + items.size() + " items");
        for (DataItem item : items) {
            for (var parameter : List.copyOf(item.getParameters())) {
                command.append(RemoveCommand.create(domain, item, Literals.DATA_ITEM__PARAMETERS, parameter));
            }
        }
        return command;
    }

    /**
     * Returns every parameter of the items to the user's own defaults: the items end with
     * exactly these values of their own, as one edit.
     */
    public static Command resetAllParametersTo(EditingDomain domain, Collection<DataItem> items,
            Collection<ParameterValue> userDefaults) {
        CompoundCommand command = new CompoundCommand(items.size() == 1
                ? "Reset all parameters of " + items.iterator().next().getAlias() + " to my defaults"
                : "Reset all parameters of " + items.size() + " items to my defaults");
        for (DataItem item : items) {
            for (var parameter : List.copyOf(item.getParameters())) {
                command.append(RemoveCommand.create(domain, item, Literals.DATA_ITEM__PARAMETERS, parameter));
            }
            if (!userDefaults.isEmpty()) {
                command.append(AddCommand.create(domain, item, Literals.DATA_ITEM__PARAMETERS,
                        EcoreUtil.copyAll(userDefaults)));
            }
        }
        return command;
    }

    /** Copies the named parameters of one item to the picked items (defaults included). */
    public static Command applyParameters(EditingDomain domain, DataItem from, Collection<DataItem> picked,
            Collection<String> names) {
        CompoundCommand command = new CompoundCommand("Apply " + String.join(", ", names) + " of "
                + from.getAlias() + " to " + picked.size() + " items");
        for (String name : names) {
            Optional<ParameterValue> value = parameter(from, name);
            List<DataItem> targets = picked.stream().filter(i -> i != from).toList();
            Command part = value.isPresent() ? setParameter(domain, targets, name, value.get().getValue())
                    : resetParameters(domain, targets, List.of(name));
            if (part.canExecute()) {
                command.append(part);
            }
        }
        return command;
    }

    public static Optional<ParameterValue> parameter(DataItem item, String name) {
        return item.getParameters().stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    /**
     * Adds loaded items at the end of a root or group, with aliases made unique.
     */
    public static Command addItems(EditingDomain domain, DataRoot root, EObject owner, List<DataItem> items) {
        Set<String> batch = new HashSet<>();
        int colourIndex = ItemColours.nextIndex(root);
        for (DataItem item : items) {
            if (item.getColourIndex() == null) {
                item.setColourIndex(colourIndex++);
            }
            String alias = Aliases.unique(root, item.getAlias(), item, batch);
            batch.add(alias);
            item.setAlias(alias);
        }
        Command add = AddCommand.create(domain, owner, DataTree.childrenFeature(owner), items);
        String label = items.size() == 1 ? "Load " + items.get(0).getAlias() : "Load " + items.size() + " items";
        CompoundCommand command = new CompoundCommand(label);
        command.append(add);
        return command;
    }

    /** Removes groups and items; undo puts them back where they were. */
    public static Command remove(EditingDomain domain, Collection<? extends TreeElement> elements) {
        CompoundCommand command = new CompoundCommand(elements.size() == 1
                ? "Remove " + elements.iterator().next().getAlias() : "Remove " + elements.size() + " elements");
        for (TreeElement element : elements) {
            EObject owner = element.eContainer();
            command.append(RemoveCommand.create(domain, owner, DataTree.childrenFeature(owner), element));
        }
        return command;
    }

    /** Renames an element; a taken alias gets a suffix. */
    public static Command rename(EditingDomain domain, DataRoot root, TreeElement element, String alias) {
        String unique = Aliases.unique(root, alias, element);
        Command set = SetCommand.create(domain, element, Literals.TREE_ELEMENT__ALIAS, unique);
        CompoundCommand command = new CompoundCommand("Rename " + element.getAlias() + " to " + unique);
        if (!unique.equals(element.getAlias())) {
            command.append(set);
        }
        return command;
    }

    /** Moves elements into a root or group, before the child at {@code index} (-1: at the end). */
    public static Command move(EditingDomain domain, Collection<? extends TreeElement> elements, EObject newOwner,
            int index) {
        CompoundCommand command = new CompoundCommand("Move " + elements.size() + " elements");
        int position = index;
        for (TreeElement element : elements) {
            if (isSelfOrAncestor(element, newOwner)) {
                continue;
            }
            EObject owner = element.eContainer();
            int size = DataTree.children(newOwner).size();
            if (owner == newOwner) {
                int target = position < 0 ? size - 1 : Math.min(position, size - 1);
                command.append(MoveCommand.create(domain, newOwner, DataTree.childrenFeature(newOwner), element,
                        target));
            } else {
                command.append(RemoveCommand.create(domain, owner, DataTree.childrenFeature(owner), element));
                command.append(AddCommand.create(domain, newOwner, DataTree.childrenFeature(newOwner), element,
                        position < 0 ? size : Math.min(position, size)));
            }
            if (position >= 0) {
                position++;
            }
        }
        return command;
    }

    private static boolean isSelfOrAncestor(TreeElement element, EObject owner) {
        for (EObject container = owner; container != null; container = container.eContainer()) {
            if (container == element) {
                return true;
            }
        }
        return false;
    }

    /** Puts elements of one owner into a new group placed where the first of them was. */
    public static Command group(EditingDomain domain, DataRoot root, List<? extends TreeElement> elements,
            String alias) {
        CompoundCommand command = new CompoundCommand("Group " + elements.size() + " elements");
        if (elements.isEmpty()) {
            return command;
        }
        EObject owner = elements.get(0).eContainer();
        DataGroup group = Elements.newGroup(Aliases.unique(root, alias, null));
        int index = DataTree.children(owner).indexOf(elements.get(0));
        command.append(AddCommand.create(domain, owner, DataTree.childrenFeature(owner), group, index));
        for (TreeElement element : elements) {
            EObject from = element.eContainer();
            command.append(RemoveCommand.create(domain, from, DataTree.childrenFeature(from), element));
        }
        command.append(AddCommand.create(domain, group, Literals.DATA_GROUP__CHILDREN, new ArrayList<>(elements)));
        return command;
    }

    /** Replaces a group by its members, in its place. */
    public static Command ungroup(EditingDomain domain, DataGroup group) {
        CompoundCommand command = new CompoundCommand("Ungroup " + group.getAlias());
        EObject owner = group.eContainer();
        List<TreeElement> members = new ArrayList<>(group.getChildren());
        int index = DataTree.children(owner).indexOf(group);
        if (!members.isEmpty()) {
            command.append(RemoveCommand.create(domain, group, Literals.DATA_GROUP__CHILDREN, members));
            command.append(AddCommand.create(domain, owner, DataTree.childrenFeature(owner), members, index + 1));
        }
        command.append(RemoveCommand.create(domain, owner, DataTree.childrenFeature(owner), group));
        return command;
    }

    public static Command setColour(EditingDomain domain, TreeElement element, String colour) {
        return labelled("Colour of " + element.getAlias(),
                SetCommand.create(domain, element, Literals.TREE_ELEMENT__COLOUR, colour));
    }

    public static Command setColourTag(EditingDomain domain, DataItem item, int tag) {
        return labelled("Colour tag of " + item.getAlias(),
                SetCommand.create(domain, item, Literals.DATA_ITEM__COLOUR_TAG, tag));
    }

    /** Ticks or unticks items for plotting when the views plot the ticked items, as one edit. */
    public static Command setPlotted(EditingDomain domain, Collection<DataItem> items, boolean plotted) {
        CompoundCommand command = new CompoundCommand((plotted ? "Plot " : "Do not plot ")
                + (items.size() == 1 ? items.iterator().next().getAlias() : items.size() + " items"));
        items.stream().filter(item -> item.isPlotted() != plotted).forEach(item -> command.append(
                SetCommand.create(domain, item, Literals.DATA_ITEM__PLOTTED, plotted)));
        return command;
    }

    /** Tags several items at once, as one edit. */
    public static Command setColourTag(EditingDomain domain, Collection<DataItem> items, int tag) {
        if (items.size() == 1) {
            return setColourTag(domain, items.iterator().next(), tag);
        }
        CompoundCommand command = new CompoundCommand("Colour tag of " + items.size() + " items");
        items.forEach(item -> command.append(SetCommand.create(domain, item, Literals.DATA_ITEM__COLOUR_TAG, tag)));
        return command;
    }

    public static Command setColourPolicy(EditingDomain domain, DataGroup group, ColourPolicy policy) {
        return labelled("Colours of " + group.getAlias(),
                SetCommand.create(domain, group, Literals.DATA_GROUP__COLOUR_POLICY, policy));
    }

    /** Stops (or with null reopens) the propagation of items after a node. */
    public static Command setStopNode(EditingDomain domain, Collection<DataItem> items, String node) {
        CompoundCommand command = new CompoundCommand(node == null ? "Let data propagate" : "Stop data at " + node);
        for (DataItem item : items) {
            if (!Objects.equals(item.getStopNode(), node)) {
                command.append(SetCommand.create(domain, item, Literals.DATA_ITEM__STOP_NODE,
                        node == null ? SetCommand.UNSET_VALUE : node));
            }
        }
        return command;
    }

    /**
     * A new item combining parents point by point (average, sum or RMS) at a node, placed after
     * the last parent. It copies the first parent's parameters, as in the original.
     *
     * @throws IllegalArgumentException for fewer than two parents or a kind that needs settings
     */
    public static Command combine(EditingDomain domain, DataRoot root, List<DataItem> parents, String kind,
            String node) {
        CombinationKind pointwise = CombinationKind.byId(kind);
        if (!pointwise.isPointwise()) {
            throw new IllegalArgumentException("combination '" + kind + "' needs settings: use combine(domain, root,"
                    + " kind, node, items, settings)");
        }
        return CombineCommands.combine(domain, root, pointwise, node, parents, CombineSettings.NONE);
    }

    /**
     * One "Combine" of any kind at a node, as one undoable command; see {@link CombineCommands}.
     *
     * @param items    the parents; for a target transformation the targets, the basis being in the settings
     * @param settings components, array, x range, basis, MCR-ALS settings; {@link CombineSettings#NONE}
     *                 for average, sum and RMS
     * @throws IllegalArgumentException naming what is missing or contradictory in the settings
     */
    public static Command combine(EditingDomain domain, DataRoot root, CombinationKind kind, String node,
            List<DataItem> items, CombineSettings settings) {
        return CombineCommands.combine(domain, root, kind, node, items, settings);
    }

    private static Command labelled(String label, Command command) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
