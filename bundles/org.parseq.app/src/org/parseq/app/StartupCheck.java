package org.parseq.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.parseq.model.data.DataItem;
import org.parseq.model.session.Session;
import org.parseq.model.session.SessionDigest;
import org.parseq.ui.session.WorkbenchSession;

/**
 * A self-test of an installed workbench: started with {@code -Dparseq.startupCheck=DIR}, the
 * product writes what its main window shows (title, menus) to {@code DIR/startup-check.properties}
 * and a screenshot to {@code DIR/main-window.png} once the window is on screen; with
 * {@code -Dparseq.startupCheck.quit=true} it then quits. Facility staff use it to check an
 * installation on a new machine; the product's own tests use it to check the real product.
 */
final class StartupCheck {

    static final String DIRECTORY_PROPERTY = "parseq.startupCheck";
    static final String QUIT_PROPERTY = "parseq.startupCheck.quit";
    static final String REPORT_FILE = "startup-check.properties";
    static final String SCREENSHOT_FILE = "main-window.png";

    /** Lets the window finish its first layout and paint before it is read and captured. */
    private static final int SETTLE_MILLIS = 1500;

    private final Path directory;
    private final boolean quitAfterwards;

    private StartupCheck(Path directory, boolean quitAfterwards) {
        this.directory = directory;
        this.quitAfterwards = quitAfterwards;
    }

    static Optional<StartupCheck> fromSystemProperties() {
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        if (directory == null || directory.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new StartupCheck(Path.of(directory), Boolean.getBoolean(QUIT_PROPERTY)));
    }

    void runWhenWindowIsShown(IEclipseContext workbenchContext) {
        Display display = Display.getDefault();
        display.asyncExec(() -> display.timerExec(SETTLE_MILLIS, () -> whenResultsAreIn(workbenchContext, display)));
    }

    /** The session's fingerprint needs its results: wait for them outside the UI thread. */
    private void whenResultsAreIn(IEclipseContext context, Display display) {
        WorkbenchSession workbench = context.get(WorkbenchSession.class);
        if (workbench == null) {
            run(context, display);
            return;
        }
        Thread waiting = new Thread(() -> {
            try {
                workbench.awaitResults();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            display.asyncExec(() -> run(context, display));
        }, "ParSeq startup check");
        waiting.setDaemon(true);
        waiting.start();
    }

    private void run(IEclipseContext context, Display display) {
        Properties report = new Properties();
        try {
            Shell shell = mainShell(context);
            report.setProperty("title", shell.getText());
            report.setProperty("visible", Boolean.toString(shell.isVisible()));
            Rectangle bounds = shell.getBounds();
            report.setProperty("size", bounds.width + "x" + bounds.height);
            report.setProperty("java.home", System.getProperty("java.home"));
            report.setProperty("java.version", System.getProperty("java.version"));
            recordMenus(shell.getMenuBar(), report);
            recordSession(context.get(WorkbenchSession.class), report);
            Files.createDirectories(directory);
            saveScreenshot(display, shell, directory.resolve(SCREENSHOT_FILE));
            report.setProperty("status", "ok");
        } catch (RuntimeException | IOException e) {
            report.setProperty("status", "failed");
            report.setProperty("error", String.valueOf(e));
        }
        writeReport(report);
        if (quitAfterwards) {
            context.get(IWorkbench.class).close();
        }
    }

    private static Shell mainShell(IEclipseContext context) {
        MApplication application = context.get(MApplication.class);
        EModelService modelService = context.get(EModelService.class);
        MWindow window = (MWindow) modelService.find(WorkbenchLifeCycle.MAIN_WINDOW_ID, application);
        if (window == null || !(window.getWidget() instanceof Shell shell)) {
            throw new IllegalStateException("the main window was not rendered");
        }
        return shell;
    }

    /** What the session holds: its items in tree order, whether it has unsaved edits, its fingerprint. */
    private static void recordSession(WorkbenchSession workbench, Properties report) {
        if (workbench == null) {
            return;
        }
        Session session = workbench.session();
        report.setProperty("session.pipeline", session.pipeline().id());
        report.setProperty("session.items",
                String.join("|", session.items().stream().map(DataItem::getAlias).toList()));
        report.setProperty("session.unsaved", Boolean.toString(workbench.isDirty()));
        report.setProperty("session.digest", SessionDigest.of(session));
    }

    /** Records the menu bar as {@code menus=File|Edit|...} and {@code menu.File=Quit|...}. */
    private static void recordMenus(Menu menuBar, Properties report) {
        if (menuBar == null) {
            report.setProperty("menus", "");
            return;
        }
        List<String> topLevel = new ArrayList<>();
        for (MenuItem item : menuBar.getItems()) {
            String label = withoutMnemonic(item.getText());
            topLevel.add(label);
            Menu submenu = item.getMenu();
            if (submenu != null) {
                // JFace fills menus when they are about to show; this lets it do so unseen.
                submenu.notifyListeners(SWT.Show, new Event());
                List<String> entries = new ArrayList<>();
                for (MenuItem entry : submenu.getItems()) {
                    if ((entry.getStyle() & SWT.SEPARATOR) == 0) {
                        entries.add(withoutMnemonic(entry.getText()));
                    }
                }
                submenu.notifyListeners(SWT.Hide, new Event());
                report.setProperty("menu." + label, String.join("|", entries));
            }
        }
        report.setProperty("menus", String.join("|", topLevel));
    }

    private static String withoutMnemonic(String text) {
        int tab = text.indexOf('\t');
        String label = tab >= 0 ? text.substring(0, tab) : text;
        return label.replace("&", "");
    }

    private static void saveScreenshot(Display display, Shell shell, Path target) throws IOException {
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            Path temporary = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                loader.save(out, SWT.IMAGE_PNG);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private void writeReport(Properties report) {
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(REPORT_FILE);
            Path temporary = directory.resolve(REPORT_FILE + ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                report.store(out, "ParSeq startup check");
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("ParSeq startup check: cannot write " + directory.resolve(REPORT_FILE) + ": " + e);
        }
    }
}
