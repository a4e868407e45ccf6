package org.parseq.app;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.parseq.ui.session.WorkbenchSession;

/** File &gt; Open Project. */
public class OpenProjectHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession workbench, SessionUi ui) {
        if (workbench.isDirty() && !org.eclipse.jface.dialogs.MessageDialog.openConfirm(shell, "Open Project",
                "The session has unsaved edits; opening a project replaces them. Continue?")) {
            return;
        }
        Path file = ProjectActions.askForProjectToOpen(shell);
        if (file != null) {
            ProjectActions.open(shell, workbench, ui, file);
        }
    }
}
