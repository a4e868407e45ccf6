package org.parseq.workbench.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.parseq.ui.session.WorkbenchSession;
import org.parseq.ui.workbench.SessionSwitcher;

/**
 * Runs a test scenario in the real workbench: starts it with the given command line, waits in
 * its UI thread for the main window and the session, runs the scenario there, then closes the
 * workbench (its edits marked saved, so that no question stops the close) and rethrows what the
 * scenario threw.
 */
public final class WorkbenchScenario {

    /** What a test does once the workbench is up, in its UI thread. */
    public interface Body {
        void run(UiDriver ui, Shell mainWindow, IEclipseContext windowContext) throws Exception;
    }

    private WorkbenchScenario() {
    }

    public static void run(List<String> arguments, Body body) throws Exception {
        Display display = Display.getDefault();
        Path screenshots = Path.of(System.getProperty("parseq.screenshots", "target/screenshots"));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display.asyncExec(() -> {
            UiDriver ui = new UiDriver(display, screenshots);
            IEclipseContext context = null;
            try {
                ui.waitUntil("the main window", 120_000, () -> mainShell(display) != null);
                Shell shell = mainShell(display);
                IEclipseContext windowContext = ((MWindow) shell.getData("modelElement")).getContext();
                context = windowContext;
                ui.waitUntil("the session", 30_000, () -> windowContext.get(SessionSwitcher.class) != null);
                ui.settle(300);
                body.run(ui, shell, windowContext);
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                if (context != null) {
                    context.get(WorkbenchSession.class).markSaved();
                    context.get(IWorkbench.class).close();
                } else {
                    failure.compareAndSet(null, new AssertionError("the workbench window never came"));
                }
            }
        });
        WorkbenchRunner.run(arguments);
        if (failure.get() != null) {
            throw new AssertionError("workbench scenario failed: " + failure.get(), failure.get());
        }
    }

    /** The workbench's main window, once it is visible. */
    public static Shell mainShell(Display display) {
        for (Shell candidate : display.getShells()) {
            if (candidate.isVisible() && candidate.getText().contains("ParSeq for Eclipse")
                    && candidate.getData("modelElement") instanceof MWindow) {
                return candidate;
            }
        }
        return null;
    }
}
