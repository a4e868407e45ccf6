package org.parseq.ui.workbench;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/** Opens the project of a Recent Projects menu item. */
public class OpenRecentProject {

    static final String PROJECT_KEY = "parseq.project";

    @Execute
    public void execute(MDirectMenuItem item, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            SessionSwitcher switcher) {
        if (item.getTransientData().get(PROJECT_KEY) instanceof Path project
                && UnsavedChanges.allowReplace(shell, switcher.workbench(), switcher.ui(), "opening a project")) {
            ProjectActions.open(shell, switcher, project);
        }
    }
}
