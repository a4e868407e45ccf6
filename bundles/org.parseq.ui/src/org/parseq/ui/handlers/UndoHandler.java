package org.parseq.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Event;
import org.parseq.ui.controls.TextHistory;

/**
 * Edit &gt; Undo: undoes the last edit of the data tree, whatever kind of edit it was. Ctrl+Z
 * pressed in a text field undoes the typing there instead (see {@link TypingTarget}).
 */
public class UndoHandler {

    @CanExecute
    public boolean canExecute(@Optional EditingDomain domain, @Optional Event trigger) {
        return TypingTarget.of(trigger) != null || domain != null && domain.getCommandStack().canUndo();
    }

    /** As from the menu. */
    public boolean canExecute(EditingDomain domain) {
        return canExecute(domain, null);
    }

    /** As from the menu. */
    public void execute(EditingDomain domain) {
        execute(domain, null);
    }

    @Execute
    public void execute(@Optional EditingDomain domain, @Optional Event trigger) {
        var field = TypingTarget.of(trigger);
        if (field != null) {
            TextHistory history = TextHistory.of(field);
            if (history != null) {
                history.undo();
            }
        } else if (domain != null) {
            domain.getCommandStack().undo();
        }
    }
}
