package org.parseq.workbench.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.parseq.ui.session.WorkbenchSession;

/** Drives the UI from inside its event loop: waits while events are processed, takes screenshots. */
public final class UiDriver {

    private final Display display;
    private final Path screenshots;

    public UiDriver(Display display, Path screenshots) {
        this.display = display;
        this.screenshots = screenshots;
    }

    /** Processes events until the condition holds. */
    public void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                sleep(10);
            }
        }
    }

    /** Processes events for a while, e.g. to let layouts and paints happen. */
    public void settle(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                sleep(10);
            }
        }
    }

    /** Waits until the session has no run pending and the views have had the results. */
    public void waitForResults(WorkbenchSession workbench) {
        waitUntil("results", 120_000, () -> !workbench.isRunning());
        settle(300);
    }

    /**
     * Sends a mouse event of the left button to a control, as a drag sends them: a move carries
     * the pressed button in its state.
     */
    public static void mouse(Control control, int type, int x, int y) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.x = x;
        event.y = y;
        event.button = 1;
        event.stateMask = type == SWT.MouseMove ? SWT.BUTTON1 : 0;
        control.notifyListeners(type, event);
    }

    public void screenshot(Control control, String name) {
        settle(200);
        Point origin = control.toDisplay(0, 0);
        Point size = control.getSize();
        if (size.x <= 0 || size.y <= 0) {
            return;
        }
        Image image = new Image(display, size.x, size.y);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Files.createDirectories(screenshots);
            try (OutputStream out = Files.newOutputStream(screenshots.resolve(name + ".png"))) {
                loader.save(out, SWT.IMAGE_PNG);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot save screenshot " + name + ": " + e, e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
