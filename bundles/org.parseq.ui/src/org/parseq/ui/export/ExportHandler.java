package org.parseq.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.write.ExportItem;
import org.parseq.model.session.Session;
import org.parseq.ui.session.WorkbenchSession;

/**
 * File › Export: asks what to export ({@link ExportDialog}), asks before replacing files of an
 * earlier export, and writes in an Eclipse Job once the results are up to date; a failure is
 * shown with the file and the reason.
 */
public class ExportHandler {

    private static final String PLUGIN_ID = "org.parseq.ui";

    @CanExecute
    public boolean canExecute(WorkbenchSession workbench) {
        return !workbench.session().items().isEmpty();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchSession workbench) {
        Session session = workbench.session();
        ExportDialog dialog = new ExportDialog(shell, session.pipeline(), workbench.selection().items(),
                session.items(), workbench.startFolder());
        if (dialog.open() != Window.OK) {
            return;
        }
        SessionExport.Request request = dialog.request();
        List<Path> existing = SessionExport.existing(request);
        if (!existing.isEmpty() && !MessageDialog.openQuestion(shell, "Export", existing.size()
                + " file(s) of an earlier export are in " + request.folder() + ", e.g. "
                + existing.get(0).getFileName() + ". Replace them?")) {
            return;
        }
        schedule(shell.getDisplay(), workbench, request);
    }

    /** The export as a Job: it waits for the engine, takes the results in the UI thread and writes them. */
    static Job schedule(Display display, WorkbenchSession workbench, SessionExport.Request request) {
        Job job = Job.create("Export to " + request.folder(), monitor -> {
            try {
                workbench.awaitResults();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Status.CANCEL_STATUS;
            }
            AtomicReference<List<ExportItem>> items = new AtomicReference<>();
            AtomicReference<PipelineDefinition> pipeline = new AtomicReference<>();
            display.syncExec(() -> {
                items.set(SessionExport.items(workbench.session(), request.items()));
                pipeline.set(workbench.session().pipeline());
            });
            try {
                SessionExport.write(pipeline.get(), items.get(), request);
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                String message = "Export to " + request.folder() + " failed: " + e.getMessage();
                display.asyncExec(() -> {
                    if (!display.isDisposed()) {
                        MessageDialog.openError(display.getActiveShell(), "Export", message);
                    }
                });
                return new Status(IStatus.ERROR, PLUGIN_ID, message, e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
