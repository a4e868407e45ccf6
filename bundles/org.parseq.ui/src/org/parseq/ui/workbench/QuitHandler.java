package org.parseq.ui.workbench;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Quit: asks about unsaved edits first, as closing the window does. */
public class QuitHandler {

    @Execute
    public void execute(IWorkbench workbench, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional SessionSwitcher switcher) {
        if (switcher == null || UnsavedChanges.allowReplace(shell, switcher.workbench(), switcher.ui(), "quitting")) {
            workbench.close();
        }
    }
}
