package org.parseq.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.parseq.ui.session.WorkbenchSession;

/** What `./parseq run PROJECT` asks to open at start. */
final class StartupFiles {

    private StartupFiles() {
    }

    /** @return whether a project was opened */
    static boolean open(WorkbenchSession workbench, SessionUi ui, List<String> arguments) {
        for (String argument : arguments) {
            if (argument.startsWith("-")) {
                continue;
            }
            Path file = Path.of(argument);
            if (Files.isRegularFile(file) && argument.endsWith(".json")) {
                return ProjectActions.open(Display.getDefault().getActiveShell(), workbench, ui, file);
            }
        }
        return false;
    }
}
