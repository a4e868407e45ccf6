package org.parseq.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.parseq.core.engine.ItemSpec;
import org.parseq.core.engine.RunReport;
import org.parseq.model.session.Session;

/**
 * A session in the workbench: after every edit it takes a snapshot of the data tree in the
 * UI thread and brings the results up to date in an Eclipse Job, so that the UI thread never
 * waits for a computation. A newer edit cancels a run in progress and starts over; the engine
 * keeps what it finished, so nothing is computed twice.
 */
public final class WorkbenchSession {

    private volatile Session session;
    private final ItemSelection selection = new ItemSelection();
    private final AtomicReference<List<ItemSpec>> pending = new AtomicReference<>();
    private final Consumer<RunReport> resultsListener;
    private final Job runJob;
    private volatile RunReport lastReport;
    private Path projectFile;
    /** Set when the session was recovered from an autosave: its edits are in no project yet. */
    private boolean recoveredUnsaved;
    /** The folder the user last saved to or exported into, where the next file dialog starts. */
    private Path lastFolder;
    private Consumer<List<org.parseq.io.tree.TreeEntry>> fileLoader = entries -> {
    };

    /**
     * @param resultsListener called in the Job's thread after each finished run
     */
    public WorkbenchSession(Session session, Consumer<RunReport> resultsListener) {
        this.session = session;
        this.resultsListener = resultsListener;
        this.runJob = new Job("Computing ParSeq results") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<ItemSpec> snapshot = pending.getAndSet(null);
                if (snapshot == null) {
                    return Status.OK_STATUS;
                }
                RunReport report = WorkbenchSession.this.session.run(snapshot, new JobProgressMonitor(monitor));
                if (report.canceled()) {
                    pending.compareAndSet(null, snapshot);
                    return Status.CANCEL_STATUS;
                }
                lastReport = report;
                resultsListener.accept(report);
                return Status.OK_STATUS;
            }
        };
        runJob.setPriority(Job.SHORT);
    }

    public Session session() {
        return session;
    }

    /**
     * Puts a new session in place of this one, e.g. of another pipeline: a run in progress is
     * cancelled and awaited, the selection, the project file and the last report are forgotten,
     * and the old session is closed. Call in the UI thread; then tell the views
     * ({@link ParseqEvents#SESSION_REPLACED}).
     */
    public void replace(Session next) {
        pending.set(null);
        runJob.cancel();
        try {
            runJob.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Session previous = session;
        session = next;
        lastReport = null;
        projectFile = null;
        recoveredUnsaved = false;
        selection.select(List.of());
        previous.close();
    }

    public ItemSelection selection() {
        return selection;
    }

    /** The report of the last finished run, or null before the first. */
    public RunReport lastReport() {
        return lastReport;
    }

    /** Brings results up to date with the tree as it is now; call in the UI thread after edits. */
    public void requestRun() {
        pending.set(session.snapshot());
        if (runJob.getState() == Job.RUNNING) {
            runJob.cancel();
        }
        runJob.schedule();
    }

    /** Waits until no run is pending or running; for tests and for saving. */
    public void awaitResults() throws InterruptedException {
        while (pending.get() != null || runJob.getState() != Job.NONE) {
            runJob.join();
        }
    }

    public boolean isRunning() {
        return pending.get() != null || runJob.getState() != Job.NONE;
    }

    /**
     * Where a save or export dialog starts: the folder last used, else the project's folder,
     * else the folder of the first item's data, else the home folder.
     */
    public Path startFolder() {
        if (lastFolder != null && java.nio.file.Files.isDirectory(lastFolder)) {
            return lastFolder;
        }
        if (projectFile != null && projectFile.toAbsolutePath().getParent() != null) {
            return projectFile.toAbsolutePath().getParent();
        }
        for (org.parseq.model.data.DataItem item : session.items()) {
            if (item.getSource() != null && item.getSource().getLocation() != null) {
                Path folder = Path.of(item.getSource().getLocation()).toAbsolutePath().getParent();
                if (folder != null && java.nio.file.Files.isDirectory(folder)) {
                    return folder;
                }
            }
        }
        return Path.of(System.getProperty("user.home"));
    }

    /** Remembers the folder a file was just saved to, for the next dialog. */
    public void rememberFolder(Path folder) {
        if (folder != null) {
            lastFolder = folder;
        }
    }

    /** Loads file-browser entries dropped on the data tree; set by the file browser. */
    public void setFileLoader(Consumer<List<org.parseq.io.tree.TreeEntry>> loader) {
        this.fileLoader = loader;
    }

    public void loadFiles(List<org.parseq.io.tree.TreeEntry> entries) {
        fileLoader.accept(entries);
    }

    public Path projectFile() {
        return projectFile;
    }

    public void setProjectFile(Path projectFile) {
        this.projectFile = projectFile;
    }

    /** Whether there are edits since the last save (or since the start). */
    public boolean isDirty() {
        return recoveredUnsaved || ((BasicCommandStack) session.domain().getCommandStack()).isSaveNeeded();
    }

    public void markSaved() {
        recoveredUnsaved = false;
        ((BasicCommandStack) session.domain().getCommandStack()).saveIsDone();
    }

    /** The session now holds edits recovered after a crash, which no project file has. */
    public void markRecovered() {
        projectFile = null;
        recoveredUnsaved = true;
    }
}
