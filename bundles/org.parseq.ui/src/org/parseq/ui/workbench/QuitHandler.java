package org.parseq.ui.workbench;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Quit: asks about unsaved edits first, as closing the window does. */
public class QuitHandler {

    @Execute
    public void execute(IWorkbench workbench, @Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional MWindow window, @Optional SessionSwitcher switcher) {
        // no shell is active when the window lost the focus to another application
        Shell parent = shell != null ? shell : window != null && window.getWidget() instanceof Shell own ? own : null;
        if (switcher == null || UnsavedChanges.allowReplace(parent, switcher.workbench(), switcher.ui(), "quitting")) {
            workbench.close();
        }
    }
}
