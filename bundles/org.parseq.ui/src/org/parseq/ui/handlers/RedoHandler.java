package org.parseq.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Event;
import org.parseq.ui.controls.TextHistory;

/**
 * Edit &gt; Redo: re-applies the last undone edit of the data tree. Pressed in a text field,
 * the redo key redoes the typing there instead (see {@link TypingTarget}).
 */
public class RedoHandler {

    @CanExecute
    public boolean canExecute(@Optional EditingDomain domain, @Optional Event trigger) {
        return TypingTarget.of(trigger) != null || domain != null && domain.getCommandStack().canRedo();
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
                history.redo();
            }
        } else if (domain != null) {
            domain.getCommandStack().redo();
        }
    }
}
