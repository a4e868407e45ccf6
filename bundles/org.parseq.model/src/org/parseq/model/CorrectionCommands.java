package org.parseq.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.parseq.model.data.CorrectionSettings;
import org.parseq.model.data.DataFactory;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataPackage.Literals;

/**
 * Every edit of an item's corrections (parseq-behaviour.md §11) as an EMF command, so that each
 * can be undone. An item holds one list of corrections for all nodes; the corrections of a node
 * apply in the order they have in that list. A correction's settings are the original's
 * dictionary ({@code kind}, {@code lim}, ...), replaced as a whole on every change.
 */
public final class CorrectionCommands {

    private CorrectionCommands() {
    }

    /** The item's corrections at a node, in the order they apply. */
    public static List<CorrectionSettings> at(DataItem item, String node) {
        return item.getCorrections().stream().filter(c -> node.equals(c.getNode())).toList();
    }

    /** A correction not yet in any item; its settings are copied and frozen. */
    public static CorrectionSettings newCorrection(String node, Map<String, Object> settings) {
        CorrectionSettings correction = DataFactory.eINSTANCE.createCorrectionSettings();
        correction.setNode(Objects.requireNonNull(node, "node"));
        correction.setSettings(FitCommands.frozen(settings));
        return correction;
    }

    /** A correction's settings as a map (empty where none are set). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> settings(CorrectionSettings correction) {
        return correction.getSettings() instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** Appends the same correction to each item's corrections at the node: one undo step. */
    public static Command add(EditingDomain domain, Collection<DataItem> items, String node,
            Map<String, Object> settings) {
        CompoundCommand command = new CompoundCommand("Add " + settings.get("kind") + " correction to "
                + names(items));
        for (DataItem item : items) {
            command.append(AddCommand.create(domain, item, Literals.DATA_ITEM__CORRECTIONS,
                    newCorrection(node, settings)));
        }
        return command;
    }

    /** Replaces a correction's settings. */
    public static Command change(EditingDomain domain, CorrectionSettings correction, Map<String, Object> settings) {
        Object frozen = FitCommands.frozen(settings);
        if (Objects.equals(correction.getSettings(), frozen)) {
            return UnexecutableCommand.INSTANCE;
        }
        return SetCommand.create(domain, correction, Literals.CORRECTION_SETTINGS__SETTINGS, frozen);
    }

    /** Removes corrections from the items that hold them. */
    public static Command remove(EditingDomain domain, Collection<CorrectionSettings> corrections) {
        CompoundCommand command = new CompoundCommand("Remove " + corrections.size() + " correction"
                + (corrections.size() == 1 ? "" : "s"));
        for (CorrectionSettings correction : corrections) {
            if (correction.eContainer() instanceof DataItem item) {
                command.append(RemoveCommand.create(domain, item, Literals.DATA_ITEM__CORRECTIONS, correction));
            }
        }
        return command;
    }

    /**
     * Moves a correction to another place among the corrections of its node, so that it applies
     * earlier or later.
     *
     * @param position its new place among its node's corrections, from 0
     */
    public static Command move(EditingDomain domain, CorrectionSettings correction, int position) {
        if (!(correction.eContainer() instanceof DataItem item)) {
            return UnexecutableCommand.INSTANCE;
        }
        List<CorrectionSettings> atNode = at(item, correction.getNode());
        if (position < 0 || position >= atNode.size() || atNode.get(position) == correction) {
            return UnexecutableCommand.INSTANCE;
        }
        int index = new ArrayList<>(item.getCorrections()).indexOf(atNode.get(position));
        return MoveCommand.create(domain, item, Literals.DATA_ITEM__CORRECTIONS, correction, index);
    }

    private static String names(Collection<DataItem> items) {
        return items.size() == 1 ? items.iterator().next().getAlias() : items.size() + " items";
    }
}
