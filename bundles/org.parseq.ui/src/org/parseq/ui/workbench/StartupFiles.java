package org.parseq.ui.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.parseq.model.DataCommands;
import org.parseq.model.Elements;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;
import org.parseq.ui.files.FormatDraft;

/**
 * What {@code ./parseq run} asks to open at start: a project ({@code PROJECT.parseq.json}), or
 * data files read with a data format ({@code --format FORMAT.json FILE...}), loaded as one
 * undoable edit as if picked in the file browser.
 */
final class StartupFiles {

    static final String FORMAT_OPTION = "--format";
    /** Options followed by a value, which is not a file to open. */
    private static final List<String> OPTIONS_WITH_VALUES = List.of(PipelineChoice.OPTION, FORMAT_OPTION);

    private StartupFiles() {
    }

    /** @return whether a project or data were opened */
    static boolean open(SessionSwitcher switcher, List<String> arguments) {
        Optional<Path> project = PipelineChoice.projectArgument(arguments);
        if (project.isPresent()) {
            return ProjectActions.open(Display.getDefault().getActiveShell(), switcher, project.get());
        }
        List<Path> files = dataFiles(arguments);
        if (files.isEmpty()) {
            return false;
        }
        Optional<String> format = value(arguments, FORMAT_OPTION);
        try {
            if (format.isEmpty()) {
                throw new IllegalArgumentException("data files on the command line need " + FORMAT_OPTION
                        + " FORMAT.json (a format saved from the file browser): " + files);
            }
            load(switcher.workbench().session(), files, Files.readString(Path.of(format.get()), StandardCharsets.UTF_8));
            switcher.workbench().selection().select(switcher.workbench().session().items());
            return true;
        } catch (IOException | IllegalArgumentException e) {
            MessageDialog.openError(Display.getDefault().getActiveShell(), "Open Data",
                    "Cannot load the files of the command line: " + e.getMessage());
            return false;
        }
    }

    private static void load(Session session, List<Path> files, String format) {
        String node = FormatDraft.fromJson(format).node();
        List<DataItem> items = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String alias = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            items.add(Elements.newItem(alias, node, file.toAbsolutePath().toString(), null, format));
        }
        session.execute(DataCommands.addItems(session.domain(), session.root(), session.root(), items));
    }

    private static List<Path> dataFiles(List<String> arguments) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (OPTIONS_WITH_VALUES.contains(argument)) {
                i++;
            } else if (!argument.startsWith("-") && !argument.endsWith(".json")
                    && Files.isRegularFile(Path.of(argument))) {
                files.add(Path.of(argument));
            }
        }
        return files;
    }

    private static Optional<String> value(List<String> arguments, String option) {
        int at = arguments.indexOf(option);
        return at >= 0 && at + 1 < arguments.size() ? Optional.of(arguments.get(at + 1)) : Optional.empty();
    }
}
