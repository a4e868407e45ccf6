package org.parseq.ui.workbench;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.pspj.PspjProject;
import org.parseq.model.pspj.PspjReader;
import org.parseq.model.session.ProjectFile;
import org.parseq.model.session.ProjectFileException;
import org.parseq.ui.session.WorkbenchSession;

/** Opening and saving projects from the workbench, with the dialogs and messages users see. */
public final class ProjectActions {

    static final String EXTENSION = "*.parseq.json";

    private ProjectActions() {
    }

    /**
     * Opens a project in place of the session; a project of another pipeline brings that
     * pipeline's session and views. The caller has asked about unsaved edits.
     */
    public static boolean open(Shell shell, SessionSwitcher switcher, Path file) {
        if (!load(shell, switcher, file)) {
            return false;
        }
        WorkbenchSession workbench = switcher.workbench();
        // saving always writes our own format: a project of the original is saved under a new name
        workbench.setProjectFile(isOriginal(file) ? null : file.toAbsolutePath());
        workbench.markSaved();
        RecentProjects.add(file);
        switcher.ui().update();
        return true;
    }

    /**
     * Reads a project file into the session (of its pipeline), without making it the session's
     * project; a problem is shown to the user.
     */
    static boolean load(Shell shell, SessionSwitcher switcher, Path file) {
        if (isOriginal(file)) {
            return loadOriginal(shell, switcher, file);
        }
        WorkbenchSession workbench = switcher.workbench();
        try {
            String pipelineId = ProjectFile.pipelineOf(file);
            if (!pipelineId.equals(workbench.session().pipeline().id())) {
                PipelineDefinition pipeline = switcher.catalog().registry().pipeline(pipelineId)
                        .orElseThrow(() -> new ProjectFileException(file.toAbsolutePath(), "\"pipeline\"",
                                "it is a project of pipeline '" + pipelineId + "', which is not installed; installed: "
                                        + switcher.catalog().pipelines().stream().map(PipelineDefinition::id).toList()));
                switcher.startNew(pipeline);
            }
            ProjectFile.openInto(workbench.session(), file);
        } catch (ProjectFileException e) {
            MessageDialog.openError(shell, "Open Project", e.getMessage());
            return false;
        }
        // Opening flushed the command stack, which already ran the edit follow-up.
        return true;
    }

    /** Whether a file is a project of the original ParSeq ({@code .pspj}). */
    static boolean isOriginal(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase().endsWith(".pspj");
    }

    /**
     * Reads a project of the original: its tree, formats, parameters and fits; what could not be
     * read (a damaged section, data not found) is listed for the user, the rest opens.
     */
    private static boolean loadOriginal(Shell shell, SessionSwitcher switcher, Path file) {
        WorkbenchSession workbench = switcher.workbench();
        try {
            PspjProject project = new PspjReader(switcher.catalog().registry().pipelines()).read(file);
            if (!project.pipelineId().equals(workbench.session().pipeline().id())) {
                switcher.startNew(project.pipeline());
            }
            project.moveTreeInto(workbench.session());
            if (!project.messages().isEmpty()) {
                MessageDialog.openWarning(shell, "Open Project", "Parts of the project could not be read:\n\n"
                        + String.join("\n", project.messages()));
            }
        } catch (ProjectFileException e) {
            MessageDialog.openError(shell, "Open Project", e.getMessage());
            return false;
        }
        return true;
    }

    static Path askForProjectToOpen(Shell shell, WorkbenchSession workbench) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open Project");
        dialog.setFilterPath(workbench.startFolder().toString());
        dialog.setFilterExtensions(new String[] {EXTENSION + ";*.pspj", EXTENSION, "*.pspj", "*.*"});
        dialog.setFilterNames(new String[] {"Projects (ours and the original's)", "ParSeq for Eclipse projects",
            "Projects of the original ParSeq", "All files"});
        String path = dialog.open();
        return path == null ? null : Path.of(path);
    }

    /** Saves to the project file, asking for one if there is none yet. */
    public static boolean save(Shell shell, WorkbenchSession workbench, SessionUi ui) {
        Path file = workbench.projectFile();
        return file == null ? saveAs(shell, workbench, ui) : saveTo(shell, workbench, ui, file);
    }

    public static boolean saveAs(Shell shell, WorkbenchSession workbench, SessionUi ui) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save Project As");
        dialog.setFilterPath(workbench.startFolder().toString());
        dialog.setFilterExtensions(new String[] {EXTENSION});
        dialog.setFileName(workbench.projectFile() == null ? "project.parseq.json"
                : workbench.projectFile().getFileName().toString());
        dialog.setOverwrite(true);
        String path = dialog.open();
        if (path == null) {
            return false;
        }
        return saveTo(shell, workbench, ui, Path.of(path.endsWith(".json") ? path : path + ".parseq.json"));
    }

    public static boolean saveTo(Shell shell, WorkbenchSession workbench, SessionUi ui, Path file) {
        try {
            ProjectFile.save(workbench.session(), file);
        } catch (ProjectFileException e) {
            MessageDialog.openError(shell, "Save Project", e.getMessage());
            return false;
        }
        workbench.setProjectFile(file.toAbsolutePath());
        workbench.rememberFolder(file.toAbsolutePath().getParent());
        workbench.markSaved();
        RecentProjects.add(file);
        ui.update();
        return true;
    }
}
