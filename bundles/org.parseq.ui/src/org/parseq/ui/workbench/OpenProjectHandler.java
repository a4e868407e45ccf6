package org.parseq.ui.workbench;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Open Project. */
public class OpenProjectHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, SessionSwitcher switcher) {
        if (!UnsavedChanges.allowReplace(shell, switcher.workbench(), switcher.ui(), "opening a project")) {
            return;
        }
        Path file = ProjectActions.askForProjectToOpen(shell, switcher.workbench());
        if (file != null) {
            ProjectActions.open(shell, switcher, file);
        }
    }
}
