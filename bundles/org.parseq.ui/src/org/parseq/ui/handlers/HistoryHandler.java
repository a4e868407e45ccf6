package org.parseq.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Shell;
import org.parseq.model.HistoryCommandStack;

/** Edit &gt; History: lists the session's edits and goes to any point of them. */
public class HistoryHandler {

    @CanExecute
    public boolean canExecute(@Optional EditingDomain domain) {
        return domain != null && domain.getCommandStack() instanceof HistoryCommandStack;
    }

    @Execute
    public void execute(EditingDomain domain, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        new HistoryDialog(shell, (HistoryCommandStack) domain.getCommandStack()).open();
    }
}
