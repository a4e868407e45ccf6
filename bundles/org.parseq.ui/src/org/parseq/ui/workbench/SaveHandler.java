package org.parseq.ui.workbench;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.parseq.ui.session.WorkbenchSession;

/** File &gt; Save. */
public class SaveHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession workbench, SessionUi ui) {
        ProjectActions.save(shell, workbench, ui);
    }
}
