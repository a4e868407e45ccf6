package org.parseq.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Edit &gt; Undo: undoes the last edit of the data tree, whatever kind of edit it was. */
public class UndoHandler {

    @CanExecute
    public boolean canExecute(@Optional EditingDomain domain) {
        return domain != null && domain.getCommandStack().canUndo();
    }

    @Execute
    public void execute(EditingDomain domain) {
        domain.getCommandStack().undo();
    }
}
