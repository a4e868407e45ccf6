package org.parseq.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * The status line at the bottom of the window: what is being computed, a progress bar and a
 * cancel button for the running Job.
 */
public class StatusLine {

    private Label message;
    private ProgressBar bar;
    private Button cancel;
    private volatile Job current;
    private IJobManager jobs;

    @PostConstruct
    public void createControls(Composite parent) {
        Composite line = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 1;
        line.setLayout(layout);
        message = new Label(line, SWT.NONE);
        message.setText("Ready");
        GridData text = new GridData(SWT.FILL, SWT.CENTER, true, false);
        text.widthHint = 420;
        message.setLayoutData(text);
        bar = new ProgressBar(line, SWT.SMOOTH);
        GridData barData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        barData.widthHint = 180;
        bar.setLayoutData(barData);
        cancel = new Button(line, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, event -> {
            Job job = current;
            if (job != null) {
                job.cancel();
            }
        });
        Display display = parent.getDisplay();
        jobs = Job.getJobManager();
        jobs.setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                return job.isSystem() ? new NullProgressMonitor() : new LineMonitor(job, display);
            }
        });
    }

    @PreDestroy
    void dispose() {
        if (jobs != null) {
            jobs.setProgressProvider(null);
        }
    }

    /** The text shown, for tests. */
    public String message() {
        return message.getText();
    }

    private final class LineMonitor extends NullProgressMonitor {
        private final Job job;
        private final Display display;
        private volatile int total;
        private volatile int done;
        private volatile String task = "";
        /** Updates are shown at most ten times a second, however fast the work goes. */
        private volatile long lastShown;

        LineMonitor(Job job, Display display) {
            this.job = job;
            this.display = display;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            task = name == null || name.isEmpty() ? job.getName() : name;
            total = Math.max(totalWork, 0);
            done = 0;
            current = job;
            show();
        }

        @Override
        public void setTaskName(String name) {
            task = name;
            show();
        }

        @Override
        public void worked(int work) {
            done += work;
            show();
        }

        @Override
        public void done() {
            current = null;
            display.asyncExec(() -> {
                if (!message.isDisposed()) {
                    message.setText(isCanceled() ? "Canceled" : "Ready");
                    bar.setSelection(0);
                    cancel.setEnabled(false);
                }
            });
        }

        private void show() {
            long now = System.nanoTime();
            if (now - lastShown < 100_000_000L && done < total) {
                return;
            }
            lastShown = now;
            int shownTotal = total;
            int shownDone = done;
            String shownTask = task;
            display.asyncExec(() -> {
                if (!message.isDisposed()) {
                    message.setText(shownTask + (shownTotal > 0 ? " (" + shownDone + "/" + shownTotal + ")" : ""));
                    bar.setMaximum(Math.max(1, shownTotal));
                    bar.setSelection(shownDone);
                    cancel.setEnabled(true);
                }
            });
        }
    }
}
