package org.parseq.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Edit &gt; Redo: re-applies the last undone edit of the data tree. */
public class RedoHandler {

    @CanExecute
    public boolean canExecute(@Optional EditingDomain domain) {
        return domain != null && domain.getCommandStack().canRedo();
    }

    @Execute
    public void execute(EditingDomain domain) {
        domain.getCommandStack().redo();
    }
}
