package org.parseq.ui.workbench;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.parseq.ui.session.WorkbenchSession;

/** File &gt; Save As. */
public class SaveAsHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession workbench, SessionUi ui) {
        ProjectActions.saveAs(shell, workbench, ui);
    }
}
