package org.parseq.ui.workbench;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;

/** What `./parseq run PROJECT` asks to open at start. */
final class StartupFiles {

    private StartupFiles() {
    }

    /** @return whether a project was opened */
    static boolean open(SessionSwitcher switcher, List<String> arguments) {
        java.util.Optional<Path> project = PipelineChoice.projectArgument(arguments);
        return project.isPresent() && ProjectActions.open(Display.getDefault().getActiveShell(), switcher, project.get());
    }
}
