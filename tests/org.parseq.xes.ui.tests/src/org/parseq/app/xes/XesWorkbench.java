package org.parseq.app.xes;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.parseq.ui.session.WorkbenchSession;

/**
 * The product's real e4 workbench for a UI test, started in the test's thread as the
 * application tests start it (org.parseq.app.tests), and the means to drive it from inside its
 * event loop: waiting while events are processed, screenshots of a control as PNG.
 */
final class XesWorkbench {

    private static final String PRODUCT_ID = "org.parseq.app.product";

    private final Display display;
    private final Path screenshots;

    XesWorkbench(Display display, Path screenshots) {
        this.display = display;
        this.screenshots = screenshots;
    }

    /** Runs the workbench with these command-line arguments until it closes. */
    static void run(List<String> arguments) throws Exception {
        Bundle e4 = Platform.getBundle("org.eclipse.e4.ui.workbench.swt");
        // E4Application is x-friends of a few platform bundles: reached by name, as an IApplication.
        IApplication application = (IApplication) e4
                .loadClass("org.eclipse.e4.ui.internal.workbench.swt.E4Application").getDeclaredConstructor()
                .newInstance();
        application.start(new Start(arguments.toArray(String[]::new), brandingOfTheProduct()));
    }

    private static Map<String, String> brandingOfTheProduct() {
        IExtension product = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.products",
                PRODUCT_ID);
        if (product == null) {
            throw new IllegalStateException("the product extension " + PRODUCT_ID + " is not installed");
        }
        Map<String, String> branding = new HashMap<>();
        for (IConfigurationElement element : product.getConfigurationElements()) {
            for (IConfigurationElement property : element.getChildren("property")) {
                branding.put(property.getAttribute("name"), property.getAttribute("value"));
            }
            branding.put("name", element.getAttribute("name"));
        }
        return branding;
    }

    void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                pause(10);
            }
        }
    }

    void settle(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                pause(10);
            }
        }
    }

    /** Until no run is pending and the views have had the results. */
    void waitForResults(WorkbenchSession workbench) {
        waitUntil("results", 120_000, () -> !workbench.isRunning());
        settle(400);
    }

    /** What the control shows on screen, as {@code name.png} in the screenshot folder. */
    Path screenshot(Control control, String name) {
        settle(300);
        Point origin = control.toDisplay(0, 0);
        Point size = control.getSize();
        Image image = new Image(display, Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png");
            try (OutputStream out = Files.newOutputStream(file)) {
                loader.save(out, SWT.IMAGE_PNG);
            }
            return file;
        } catch (IOException e) {
            throw new AssertionError("cannot save screenshot " + name + ": " + e, e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Start(String[] arguments, Map<String, String> branding) implements IApplicationContext {
        @Override
        public Map<String, Object> getArguments() {
            return Map.of(APPLICATION_ARGS, arguments);
        }

        @Override
        public void applicationRunning() {
        }

        @Override
        public String getBrandingApplication() {
            return "org.eclipse.e4.ui.workbench.swt.E4Application";
        }

        @Override
        public String getBrandingName() {
            return branding.get("name");
        }

        @Override
        public String getBrandingDescription() {
            return branding.get("name");
        }

        @Override
        public String getBrandingId() {
            return PRODUCT_ID;
        }

        @Override
        public String getBrandingProperty(String key) {
            return branding.get(key);
        }

        @Override
        public Bundle getBrandingBundle() {
            return Platform.getBundle("org.parseq.app");
        }

        @Override
        public void setResult(Object result, IApplication application) {
        }
    }
}
