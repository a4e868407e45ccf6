package org.parseq.ui.workbench;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.parseq.model.session.AutosaveFolder;
import org.parseq.ui.session.Autosaver;

/**
 * At start, offers the session a workbench left behind when it did not exit cleanly:
 * Recover opens it as an unsaved session (Save asks where to put it), Discard deletes it,
 * Not Now keeps it for a later start. {@code --recover} on the command line recovers the
 * newest without asking.
 */
final class AutosaveRecovery {

    static final String RECOVER_OPTION = "--recover";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private AutosaveRecovery() {
    }

    /** @return whether a session was recovered */
    static boolean offer(Shell shell, SessionSwitcher switcher, Autosaver autosaver, List<String> arguments) {
        AutosaveFolder folder = autosaver.folder();
        List<AutosaveFolder.Orphan> orphans = folder.orphans();
        if (orphans.isEmpty()) {
            return false;
        }
        AutosaveFolder.Orphan newest = orphans.get(0);
        int answer = arguments.contains(RECOVER_OPTION) ? 0 : ask(shell, newest, orphans.size());
        try {
            if (answer == 1) {
                folder.discard(newest);
                return false;
            }
            if (answer != 0 || !ProjectActions.load(shell, switcher, newest.file())) {
                return false;
            }
            folder.adopt(newest);
        } catch (IOException e) {
            MessageDialog.openError(shell, "Recover Session", "Cannot take over " + newest.file() + ": "
                    + e.getMessage());
            return false;
        }
        switcher.workbench().markRecovered();
        switcher.workbench().selection().select(switcher.workbench().session().items());
        switcher.ui().update();
        autosaver.watchCurrentSession();
        return true;
    }

    private static int ask(Shell shell, AutosaveFolder.Orphan orphan, int count) {
        String others = count > 1 ? "\n\n(" + (count - 1) + " older unsaved session" + (count > 2 ? "s" : "")
                + " will be offered at later starts.)" : "";
        MessageDialog dialog = new MessageDialog(shell, "Recover Unsaved Session", null,
                "ParSeq did not close properly last time. Its unsaved session was kept at "
                        + WHEN.format(orphan.modified().toInstant()) + ".\n\nRecover it now?" + others,
                MessageDialog.QUESTION, 0, "&Recover", "&Discard", "&Not Now");
        return dialog.open();
    }
}
