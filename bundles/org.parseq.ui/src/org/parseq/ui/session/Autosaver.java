package org.parseq.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.parseq.model.session.AutosaveFolder;
import org.parseq.model.session.ProjectFile;
import org.parseq.model.session.ProjectFileException;

/**
 * Keeps a copy of the unsaved session in the autosave folder: a few seconds after the last edit
 * the data tree is taken in the UI thread (a few milliseconds) and written atomically in a Job,
 * never in the UI thread. A session with nothing unsaved has no copy. A clean exit removes the
 * copy; one left behind by a crash is offered for recovery at the next start.
 */
public final class Autosaver {

    /** Milliseconds from the last edit to the copy; tests shorten it. */
    public static final String DELAY_PROPERTY = "parseq.autosave.delay";
    private static final long DEFAULT_DELAY_MILLIS = 5000;

    private final WorkbenchSession workbench;
    private final AutosaveFolder folder;
    private final Display display;
    private final long delayMillis;
    private final Job job;
    private final CommandStackListener listener = event -> edited();
    private CommandStack watched;
    private volatile boolean stopped;

    public Autosaver(WorkbenchSession workbench, AutosaveFolder folder, Display display) {
        this.workbench = workbench;
        this.folder = folder;
        this.display = display;
        this.delayMillis = Long.getLong(DELAY_PROPERTY, DEFAULT_DELAY_MILLIS);
        this.job = new Job("Autosaving the ParSeq session") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                save();
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
    }

    public AutosaveFolder folder() {
        return folder;
    }

    /** Follows the edits of the workbench's current session; call again after the session is replaced. */
    public void watchCurrentSession() {
        if (watched != null) {
            watched.removeCommandStackListener(listener);
        }
        watched = workbench.session().domain().getCommandStack();
        watched.addCommandStackListener(listener);
        edited();
    }

    /** Brings the copy up to date after the usual delay (or removes it if nothing is unsaved). */
    public void edited() {
        if (!stopped) {
            job.cancel();
            job.schedule(delayMillis);
        }
    }

    /** On a clean exit: no more copies, and the one on disk is removed. */
    public void stop() {
        stopped = true;
        job.cancel();
        if (watched != null) {
            watched.removeCommandStackListener(listener);
        }
        deleteOwnCopy();
    }

    private void save() {
        AtomicReference<ProjectFile.Snapshot> snapshot = new AtomicReference<>();
        AtomicReference<ProjectFileException> failure = new AtomicReference<>();
        try {
            display.syncExec(() -> {
                if (stopped || !workbench.isDirty()) {
                    return;
                }
                try {
                    snapshot.set(ProjectFile.snapshot(workbench.session(), folder.own()));
                } catch (ProjectFileException e) {
                    failure.set(e);
                }
            });
        } catch (SWTException displayGone) {
            return;
        }
        if (failure.get() != null) {
            log().warn("Autosave: " + failure.get().getMessage());
        } else if (snapshot.get() == null) {
            deleteOwnCopy();
        } else {
            try {
                ProjectFile.write(snapshot.get());
            } catch (ProjectFileException e) {
                log().warn("Autosave: " + e.getMessage());
            }
            if (stopped) {
                deleteOwnCopy();
            }
        }
    }

    private void deleteOwnCopy() {
        try {
            Files.deleteIfExists(folder.own());
        } catch (IOException e) {
            log().warn("Autosave: cannot remove " + folder.own() + ": " + e.getMessage());
        }
    }

    private ILog log() {
        return Platform.getLog(getClass());
    }
}
