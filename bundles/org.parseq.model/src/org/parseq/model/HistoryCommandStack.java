package org.parseq.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The command stack of a session, which also tells its history: the names of the edits in the
 * order they were made, how many of them are done (the rest were undone and can be redone), and
 * a jump to any point of it by undoing or redoing the edits in between.
 */
public final class HistoryCommandStack extends BasicCommandStack {

    /** The edits' names, oldest first. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (Command command : commandList) {
            String label = command.getLabel();
            labels.add(label == null || label.isBlank() ? "(unnamed edit)" : label);
        }
        return labels;
    }

    /** How many edits, from the oldest, are done now. */
    public int doneCount() {
        return top + 1;
    }

    /** Undoes or redoes edits until the first {@code count} are done. */
    public void jumpTo(int count) {
        if (count < 0 || count > commandList.size()) {
            throw new IllegalArgumentException("no point " + count + " in a history of " + commandList.size()
                    + " edits");
        }
        while (doneCount() > count && canUndo()) {
            undo();
        }
        while (doneCount() < count && canRedo()) {
            redo();
        }
    }
}
