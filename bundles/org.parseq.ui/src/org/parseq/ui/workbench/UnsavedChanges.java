package org.parseq.app;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.parseq.ui.session.WorkbenchSession;

/** Asks before unsaved edits would be lost. */
final class UnsavedChanges {

    private UnsavedChanges() {
    }

    /** Whether the window may close: saved, or the user chose to discard, else false. */
    static boolean allowClose(WorkbenchSession workbench, SessionUi ui, MWindow window) {
        if (!workbench.isDirty()) {
            return true;
        }
        Shell shell = (Shell) window.getWidget();
        MessageDialog dialog = new MessageDialog(shell, "Unsaved Changes", null,
                "The session has edits that are not saved in a project. Save them before closing?",
                MessageDialog.QUESTION, 0, "&Save", "&Don't Save", "&Cancel");
        return switch (dialog.open()) {
            case 0 -> ProjectActions.save(shell, workbench, ui);
            case 1 -> true;
            default -> false;
        };
    }
}
