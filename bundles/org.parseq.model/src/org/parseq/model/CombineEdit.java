package org.parseq.model;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.StrictCompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataRoot;

/**
 * The combine panel's "Combine" as one undoable edit: optionally the parents moved into a new
 * group and stopped at the node, then the combination ({@link CombineCommands}). The combination
 * is made after the moves, so that its results are placed after the parents where they now are.
 */
public final class CombineEdit {

    private CombineEdit() {
    }

    /**
     * @param groupParents whether the parents move into a new group, named by their common prefix
     * @param stopParents  whether the parents' data stop at the node (the combination goes on)
     * @throws IllegalArgumentException naming what the settings lack, as {@link CombineCommands#combine} does
     */
    public static Command of(EditingDomain domain, DataRoot root, CombinationKind kind, String node,
            List<DataItem> items, CombineSettings settings, boolean groupParents, boolean stopParents) {
        // fail now, with the reason, rather than as a command that cannot execute
        CombineCommands.combine(domain, root, kind, node, items, settings);
        // Pessimistic: the check before executing undoes the moves it made, so that undo and redo see a plain
        // sequence; the optimistic default leaves them done and undoes only the last command.
        StrictCompoundCommand edit = new StrictCompoundCommand("Combine " + items.size() + " items (" + kind.id()
                + ")") {
            {
                isPessimistic = true;
            }
        };
        if (groupParents) {
            edit.append(DataCommands.group(domain, root, items, CombineCommands.commonPrefix(items)));
        }
        if (stopParents && items.stream().anyMatch(item -> !node.equals(item.getStopNode()))) {
            edit.append(DataCommands.setStopNode(domain, items, node));
        }
        edit.append(new CommandWrapper() {
            @Override
            protected Command createCommand() {
                return CombineCommands.combine(domain, root, kind, node, items, settings);
            }
        });
        return edit;
    }
}
