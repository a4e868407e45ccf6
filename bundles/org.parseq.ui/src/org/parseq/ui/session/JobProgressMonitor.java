package org.parseq.ui.session;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.parseq.core.engine.ProgressMonitor;

/** Shows an engine run as an Eclipse Job's progress, and passes the Job's cancel on. */
final class JobProgressMonitor implements ProgressMonitor {

    private final IProgressMonitor job;
    private SubMonitor progress;

    JobProgressMonitor(IProgressMonitor job) {
        this.job = job;
        this.progress = SubMonitor.convert(job);
    }

    @Override
    public synchronized void begin(int totalWork) {
        progress = SubMonitor.convert(job, "Computing " + totalWork + " stages", totalWork);
    }

    @Override
    public synchronized void node(String nodeName) {
        progress.subTask(nodeName);
    }

    @Override
    public synchronized void worked(int units) {
        progress.worked(units);
    }

    @Override
    public boolean isCanceled() {
        return job.isCanceled();
    }

    @Override
    public synchronized void done() {
        job.done();
    }
}
