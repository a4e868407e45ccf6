package org.parseq.ui.workbench;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/** File &gt; New Session: an empty session of a pipeline the user chooses among those installed. */
public class NewSessionHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, SessionSwitcher switcher) {
        if (!UnsavedChanges.allowReplace(shell, switcher.workbench(), switcher.ui(), "starting a new session")) {
            return;
        }
        PipelineDialog dialog = new PipelineDialog(shell, "New Session", switcher.catalog(),
                switcher.workbench().session().pipeline().id());
        if (dialog.open() == PipelineDialog.OK && dialog.chosen() != null) {
            switcher.startNew(dialog.chosen());
        }
    }
}
