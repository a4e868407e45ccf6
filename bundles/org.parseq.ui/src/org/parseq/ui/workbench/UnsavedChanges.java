package org.parseq.ui.workbench;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.parseq.ui.session.WorkbenchSession;

/** Asks before unsaved edits would be lost: on closing, quitting, opening a project or a new session. */
final class UnsavedChanges {

    private UnsavedChanges() {
    }

    /** Whether the window may close: saved, or the user chose to discard, else false. */
    static boolean allowClose(WorkbenchSession workbench, SessionUi ui, MWindow window) {
        return allowReplace((Shell) window.getWidget(), workbench, ui, "closing");
    }

    /**
     * Whether the session may be given up: nothing unsaved, saved now, or the user chose to
     * discard the edits.
     *
     * @param doing what would lose the edits, e.g. "closing", for the question
     */
    static boolean allowReplace(Shell shell, WorkbenchSession workbench, SessionUi ui, String doing) {
        if (!workbench.isDirty()) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(shell, "Unsaved Changes", null,
                "The session has edits that are not saved in a project. Save them before " + doing + "?",
                MessageDialog.QUESTION, 0, "&Save", "&Don't Save", "&Cancel");
        return switch (dialog.open()) {
            case 0 -> ProjectActions.save(shell, workbench, ui);
            case 1 -> true;
            default -> false;
        };
    }
}
